/// Styled text wrapped to its rectangle, shown from a scroll offset.
public struct TextBlock: Sendable {
    /// The paragraphs; each is wrapped separately.
    public var paragraphs: [StyledLine]
    /// How many wrapped lines are scrolled off the top.
    public var scroll: Int

    /// Creates a text block.
    public init(_ paragraphs: [StyledLine], scroll: Int = 0) {
        self.paragraphs = paragraphs
        self.scroll = scroll
    }

    /// Creates a text block of one plain paragraph.
    public init(_ text: String, style: Style = .plain) {
        self.init([StyledLine(text, style: style)])
    }

    /// The wrapped lines for `width` columns.
    public func lines(width: Int, ambiguous: AmbiguousWidth = .narrow) -> [StyledLine] {
        paragraphs.flatMap { LineWrapper.wrap($0, width: width, ambiguous: ambiguous) }
    }

    /// Draws the visible lines into `rect`.
    /// - Returns: how many wrapped lines there are in all.
    @discardableResult
    public func render(in rect: Rect, screen: inout Screen) -> Int {
        let all = lines(width: rect.width, ambiguous: screen.ambiguousWidth)
        for (row, line) in all.dropFirst(max(0, scroll)).prefix(rect.height).enumerated() {
            screen.put(line, x: rect.x, y: rect.y + row, clip: rect)
        }
        return all.count
    }
}
