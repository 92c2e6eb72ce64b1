/// The characters frames, bars and markers are drawn with: one set for terminals that draw East
/// Asian ambiguous characters one column wide, one for those that draw them two wide.
///
/// The narrow set is box drawing, blocks and geometric shapes (┌─┐ █░ ▶ ● ▲▼ ⓘ ·), which are
/// ambiguous: drawn two columns wide, every box and bar made of them breaks. The wide set uses only
/// characters every terminal draws alike — ASCII (`+ - | # > ^ v *`), and `・` (U+30FB, always two
/// columns) for the separator — so everything lines up whichever way the terminal draws. `✓` and
/// `✗` are not ambiguous (East Asian Width "N") and stay in both. This is the one table of them:
/// a screen or widget takes `Glyphs.for(screen.ambiguousWidth)` (or `screen.glyphs`).
public struct Glyphs: Hashable, Sendable {
    /// Frame corners, top left and right, bottom left and right: `┌ ┐ └ ┘`.
    public var topLeft, topRight, bottomLeft, bottomRight: String
    /// Frame edges: `─` and `│`.
    public var horizontal, vertical: String
    /// Table joints: `┬ ┴ ├ ┤ ┼`.
    public var teeDown, teeUp, teeRight, teeLeft, cross: String
    /// A progress bar's filled and empty cells: `█` and `░`.
    public var barFilled, barEmpty: String
    /// The mark before the highlighted row: `▶`.
    public var pointer: String
    /// Rows scrolled away above or below: `▲` and `▼`.
    public var moreAbove, moreBelow: String
    /// Before a remark: `ⓘ`.
    public var info: String
    /// List bullets by nesting depth: `•`, `◦`, `▪`.
    public var bullets: [String]
    /// A chosen single-choice answer's mark inside `( )`, and a PIN digit typed: `●`.
    public var dot: String
    /// Done, right: `✓`. Wrong: `✗`.
    public var check, crossMark: String
    /// Between parts of a title: `·`.
    public var separator: String
    /// In front of quoted lines: `│`.
    public var quoteBar: String

    /// The set for terminals that draw ambiguous characters one column wide (most of them).
    public static let narrow = Glyphs(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤", cross: "┼",
        barFilled: "█", barEmpty: "░", pointer: "▶", moreAbove: "▲", moreBelow: "▼", info: "ⓘ",
        bullets: ["•", "◦", "▪"], dot: "●", check: "✓", crossMark: "✗", separator: "·", quoteBar: "│")

    /// The set for terminals that draw ambiguous characters two columns wide: no ambiguous character.
    public static let wide = Glyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        teeDown: "+", teeUp: "+", teeRight: "+", teeLeft: "+", cross: "+",
        barFilled: "#", barEmpty: ".", pointer: ">", moreAbove: "^", moreBelow: "v", info: "(i)",
        bullets: ["*", "-", "+"], dot: "*", check: "✓", crossMark: "✗", separator: "・", quoteBar: "|")

    /// The set that lines up on a terminal drawing ambiguous characters `width`.
    public static func `for`(_ width: AmbiguousWidth) -> Glyphs {
        width == .wide ? wide : narrow
    }
}
