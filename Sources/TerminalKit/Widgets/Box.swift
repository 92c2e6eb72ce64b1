/// A frame of box-drawing lines with an optional title in the top edge, drawn with the screen's
/// `Glyphs` (`┌─┐│`, or `+-|` where ambiguous characters are drawn wide).
public struct Box: Sendable {
    /// The title shown in the top edge, cut with `…` when too long.
    public var title: String?
    /// The style of the frame and title.
    public var style: Style

    /// Creates a box.
    public init(title: String? = nil, style: Style = .plain) {
        self.title = title
        self.style = style
    }

    /// Draws the frame around `rect`.
    /// - Returns: the inner rectangle, one cell in from each side.
    @discardableResult
    public func render(in rect: Rect, screen: inout Screen) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let g = screen.glyphs
        let horizontal = String(repeating: g.horizontal, count: rect.width - 2)
        screen.put(g.topLeft + horizontal + g.topRight, x: rect.x, y: rect.y, style: style, clip: rect)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            screen.put(g.vertical, x: rect.x, y: y, style: style, clip: rect)
            screen.put(g.vertical, x: rect.maxX - 1, y: y, style: style, clip: rect)
        }
        screen.put(g.bottomLeft + horizontal + g.bottomRight, x: rect.x, y: rect.maxY - 1, style: style, clip: rect)
        if let title, rect.width > 6 {
            let shown = LineWrapper.truncate(title, width: rect.width - 6, ambiguous: screen.ambiguousWidth)
            screen.put(" \(shown) ", x: rect.x + 2, y: rect.y, style: style.merged(with: Style(bold: true)), clip: rect)
        }
        return rect.inset(horizontal: 1, vertical: 1)
    }
}
