import TerminalKit

/// The app's styles. Each still reads without colour (see `Style.monochrome`).
enum Theme {
    static let titleBar = Style(bold: true, foreground: .white, background: .blue)
    static let heading = Style(bold: true, foreground: .cyan)
    static let emphasis = Style(bold: true)
    static let muted = Style(dim: true)
    static let selected = Style(bold: true, reverse: true)
    static let good = Style(bold: true, foreground: .green)
    static let bad = Style(bold: true, foreground: .red)
    static let warning = Style(bold: true, foreground: .yellow)
    static let frame = Style(foreground: .cyan)
}
