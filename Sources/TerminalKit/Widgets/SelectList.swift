/// A list to choose from, with numbers 1–9 beside the first nine items and the chosen one
/// highlighted (reverse video and a `▶` mark — `>` where ambiguous characters are drawn wide —,
/// so it shows without colour too).
public struct SelectList: Sendable {
    /// One row of the list.
    public struct Item: Hashable, Sendable {
        /// The main text.
        public var label: StyledLine
        /// Optional text shown right-aligned (a score, a mark).
        public var detail: StyledLine?
        /// Whether the item can be chosen.
        public var isEnabled: Bool

        /// Creates an item.
        public init(_ label: StyledLine, detail: StyledLine? = nil, isEnabled: Bool = true) {
            self.label = label
            self.detail = detail
            self.isEnabled = isEnabled
        }

        /// Creates an item of plain text.
        public init(_ label: String, detail: String? = nil, isEnabled: Bool = true) {
            self.init(StyledLine(label), detail: detail.map { StyledLine($0) }, isEnabled: isEnabled)
        }
    }

    /// The items.
    public var items: [Item]
    /// The highlighted item, if any.
    public var selected: Int?
    /// Whether to show numbers beside the first nine items.
    public var numbered: Bool
    /// The style of the highlighted row.
    public var highlight: Style

    /// Creates a list.
    public init(_ items: [Item], selected: Int? = nil, numbered: Bool = true,
                highlight: Style = Style(bold: true, reverse: true)) {
        self.items = items
        self.selected = selected
        self.numbered = numbered
        self.highlight = highlight
    }

    /// The first item shown when `rect` has room for `height` rows, keeping the selection visible.
    public func firstVisible(height: Int) -> Int {
        guard let selected, height > 0, items.count > height, selected >= height else { return 0 }
        return min(selected - height + 1, items.count - height)
    }

    /// Draws the list into `rect`, one item a row.
    public func render(in rect: Rect, screen: inout Screen) {
        let first = firstVisible(height: rect.height)
        for row in 0..<min(rect.height, items.count - first) {
            let index = first + row
            let item = items[index]
            let isSelected = index == selected
            let y = rect.y + row
            var base = isSelected ? highlight : Style.plain
            if !item.isEnabled { base.dim = true }
            screen.clear(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base)
            let ambiguous = screen.ambiguousWidth
            var prefix = isSelected ? screen.glyphs.pointer + " " : "  "
            if numbered { prefix += index < 9 ? "\(index + 1). " : "   " }
            var x = screen.put(prefix, x: rect.x, y: y, style: base, clip: rect)
            var detailWidth = 0
            if let detail = item.detail {
                detailWidth = min(detail.width(ambiguous: ambiguous), max(0, rect.width / 2))
                let shown = LineWrapper.truncate(detail, width: detailWidth, ambiguous: ambiguous)
                let styled = StyledLine(shown.spans.map { Span($0.text, style: base.merged(with: $0.style)) })
                screen.put(styled, x: rect.maxX - shown.width(ambiguous: ambiguous) - 1, y: y, clip: rect)
            }
            let room = rect.maxX - x - (detailWidth > 0 ? detailWidth + 2 : 1)
            let label = LineWrapper.truncate(item.label, width: max(0, room), ambiguous: ambiguous)
            x = screen.put(StyledLine(label.spans.map { Span($0.text, style: base.merged(with: $0.style)) }),
                           x: x, y: y, clip: rect)
        }
    }

    /// The item drawn at `point` when the list is rendered in `rect`, for mouse clicks.
    public func item(at point: Point, in rect: Rect) -> Int? {
        guard rect.contains(point) else { return nil }
        let index = firstVisible(height: rect.height) + (point.y - rect.y)
        return index < items.count ? index : nil
    }
}
