/// A bar of `█` and `░` (`#` and `.` where ambiguous characters are drawn wide: `Glyphs`) with the
/// percentage after it: readable without colour.
public struct ProgressBar: Sendable {
    /// How much is done, from 0 to 1.
    public var fraction: Double
    /// Whether to show ` 40%` after the bar.
    public var showsPercent: Bool
    /// The style of the filled part.
    public var filledStyle: Style

    /// Creates a bar; `fraction` is clamped to 0…1.
    public init(fraction: Double, showsPercent: Bool = true, filledStyle: Style = Style(foreground: .green)) {
        self.fraction = fraction.isFinite ? min(1, max(0, fraction)) : 0
        self.showsPercent = showsPercent
        self.filledStyle = filledStyle
    }

    /// The percentage text, e.g. `40%`.
    public var percentText: String { "\(Int((fraction * 100).rounded()))%" }

    /// The bar as a styled line `width` columns wide, drawn with `glyphs`.
    public func line(width: Int, glyphs: Glyphs = .narrow) -> StyledLine {
        // The label always takes five columns (" 100%"), so bars in a column line up.
        let label = showsPercent ? String(repeating: " ", count: max(0, 4 - percentText.count)) + " " + percentText : ""
        let barWidth = max(0, width - DisplayWidth.of(label))
        var filled = Int((fraction * Double(barWidth)).rounded(.down))
        if fraction > 0 && filled == 0 && barWidth > 0 { filled = 1 }
        if fraction < 1 && filled == barWidth && barWidth > 0 { filled = barWidth - 1 }
        return StyledLine([
            Span(String(repeating: glyphs.barFilled, count: filled), style: filledStyle),
            Span(String(repeating: glyphs.barEmpty, count: barWidth - filled), style: Style(dim: true)),
            Span(label),
        ].filter { !$0.text.isEmpty })
    }

    /// Draws the bar on the first row of `rect`.
    public func render(in rect: Rect, screen: inout Screen) {
        guard !rect.isEmpty else { return }
        screen.put(line(width: rect.width, glyphs: screen.glyphs), x: rect.x, y: rect.y, clip: rect)
    }
}
