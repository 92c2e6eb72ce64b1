/// How a screen laid out for a terminal that draws ambiguous characters two columns wide reaches
/// that terminal through ncurses, whose cursor bookkeeping counts them one column (glibc's
/// `wcwidth`).
///
/// Sent as they are, ncurses and the terminal would disagree on where the cursor is after each
/// one, and everything after it on the line would land a column off. So ncurses is given a
/// placeholder both agree is two columns wide (the ideographic space U+3000), and once ncurses has
/// painted, the real characters are written over their placeholders directly: the cursor and the
/// attributes are saved (`ESC 7`), each character is drawn at its own position in its own style,
/// and the cursor and attributes are restored (`ESC 8`), so ncurses' idea of the terminal stays
/// true. All of them are written again after every paint, because ncurses may repaint a
/// placeholder it believes unchanged.
public enum AmbiguousCells {
    /// What ncurses is given in place of an ambiguous character drawn wide.
    public static let placeholder = "\u{3000}"

    /// Whether the cell at `x`, `y` of `screen` holds an ambiguous character drawn two columns wide
    /// (only on a screen laid out with `ambiguousWidth == .wide`).
    public static func isWideAmbiguous(_ screen: Screen, x: Int, y: Int) -> Bool {
        guard screen.ambiguousWidth == .wide, screen[x + 1, y].isContinuation, x + 1 < screen.size.width else { return false }
        let text = screen[x, y].text
        return DisplayWidth.containsAmbiguous(text) && DisplayWidth.of(text) < 2
    }

    /// The bytes that draw every wide ambiguous character of `screen` over its placeholder.
    /// - Parameter supportsColor: false to send the styles without colours (`Style.monochrome`).
    /// - Returns: nothing when the screen has none.
    public static func overlay(for screen: Screen, supportsColor: Bool) -> [UInt8] {
        var text = ""
        for y in 0..<screen.size.height {
            for x in 0..<screen.size.width where isWideAmbiguous(screen, x: x, y: y) {
                let cell = screen[x, y]
                text += "\u{1B}[\(y + 1);\(x + 1)H" + sgr(supportsColor ? cell.style : cell.style.monochrome) + cell.text
            }
        }
        return text.isEmpty ? [] : Array(("\u{1B}7" + text + "\u{1B}8").utf8)
    }

    /// Select graphic rendition for `style`, from a reset.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if style.foreground != .default { codes.append("\(30 + style.foreground.rawValue)") }
        if style.background != .default { codes.append("\(40 + style.background.rawValue)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
