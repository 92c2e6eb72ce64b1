/// The bar at the bottom of every screen that says which keys do what: `↑↓ 选择  Enter 确定`.
///
/// Keys are shown in reverse video, labels plain. When the bar is too narrow, hints are dropped
/// from the end, so the first (most important) ones always show.
public struct KeyHintBar: Sendable {
    /// One key and what it does.
    public struct Hint: Hashable, Sendable {
        /// The key as printed: `Enter`, `Esc`, `1-9`.
        public var key: String
        /// What it does, in the person's language.
        public var label: String

        /// Creates a hint.
        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }
    }

    /// The hints, most important first.
    public var hints: [Hint]

    /// Creates a bar.
    public init(_ hints: [Hint]) {
        self.hints = hints
    }

    /// The bar as one styled line of at most `width` columns (`↑↓` two columns each where
    /// ambiguous characters are drawn wide).
    public func line(width: Int, ambiguous: AmbiguousWidth = .narrow) -> StyledLine {
        var spans: [Span] = []
        var used = 0
        for (i, hint) in hints.enumerated() {
            let gap = i == 0 ? 0 : 2
            let w = gap + DisplayWidth.of(hint.key, ambiguous: ambiguous) + 2 + DisplayWidth.of(hint.label, ambiguous: ambiguous)
            if used + w > width { break }
            if gap > 0 { spans.append(Span("  ")) }
            spans.append(Span(" \(hint.key) ", style: Style(bold: true, reverse: true)))
            spans.append(Span(hint.label))
            used += w
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
