/// The bar at the bottom of every screen that says which keys do what: `↑↓ 选择  Enter 确定`.
///
/// Keys are shown in reverse video, labels plain. When the bar is too narrow, hints are dropped
/// from the end, so the first (most important) ones show; but a hint that `stays` (the way back,
/// the key that erases) is never dropped for another: the others give way first, from the end.
public struct KeyHintBar: Sendable {
    /// One key and what it does.
    public struct Hint: Hashable, Sendable {
        /// The key as printed: `Enter`, `Esc`, `1-9`.
        public var key: String
        /// What it does, in the person's language.
        public var label: String
        /// Whether the hint stays when the bar is too narrow, while hints that do not stay give way.
        public var stays: Bool

        /// Creates a hint; `stays` keeps it in view on a narrow bar (the way back, erasing).
        public init(_ key: String, _ label: String, stays: Bool = false) {
            self.key = key
            self.label = label
            self.stays = stays
        }
    }

    /// The hints, most important first.
    public var hints: [Hint]

    /// Creates a bar.
    public init(_ hints: [Hint]) {
        self.hints = hints
    }

    /// The hints shown in `width` columns: all when they fit; else those that do not stay give way
    /// from the end until the rest fit; if the staying hints alone are too wide, they are cut from the end.
    public func fitting(width: Int, ambiguous: AmbiguousWidth = .narrow) -> [Hint] {
        var shown = hints
        while Self.width(of: shown, ambiguous: ambiguous) > width, let last = shown.lastIndex(where: { !$0.stays }) {
            shown.remove(at: last)
        }
        while Self.width(of: shown, ambiguous: ambiguous) > width { shown.removeLast() }
        return shown
    }

    /// The columns `hints` take on the bar: each ` key label`, two spaces between.
    static func width(of hints: [Hint], ambiguous: AmbiguousWidth) -> Int {
        hints.enumerated().reduce(0) { used, item in
            used + (item.offset == 0 ? 0 : 2) + DisplayWidth.of(item.element.key, ambiguous: ambiguous) + 2
                + DisplayWidth.of(item.element.label, ambiguous: ambiguous)
        }
    }

    /// The bar as one styled line of at most `width` columns (`↑↓` two columns each where
    /// ambiguous characters are drawn wide), with the hints that fit (see `fitting`).
    public func line(width: Int, ambiguous: AmbiguousWidth = .narrow) -> StyledLine {
        var spans: [Span] = []
        for (i, hint) in fitting(width: width, ambiguous: ambiguous).enumerated() {
            if i > 0 { spans.append(Span("  ")) }
            spans.append(Span(" \(hint.key) ", style: Style(bold: true, reverse: true)))
            spans.append(Span(hint.label))
        }
        return StyledLine(spans)
    }

    /// Draws the bar on the first row of `rect`.
    public func render(in rect: Rect, screen: inout Screen) {
        guard !rect.isEmpty else { return }
        screen.clear(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        screen.put(line(width: rect.width, ambiguous: screen.ambiguousWidth), x: rect.x, y: rect.y, clip: rect)
    }
}
