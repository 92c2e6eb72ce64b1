import TerminalKit

/// How the parts of a lesson look on the terminal.
///
/// Colour is only ever an addition: each style also says what it is with bold, underline,
/// reverse or dim, or with marks kept in the text, so a lesson reads the same on a monochrome
/// terminal (where `Style.monochrome` turns a coloured foreground into bold).
///
/// - Emphasis is italic *and* underlined: many terminals (the Linux console, older PuTTY) show no
///   italic, and Chinese fonts have none, so the underline is what most learners see.
/// - Terminals rarely support strikethrough: struck text is dim and keeps its `~~` marks.
/// - Inline code keeps its backticks and is coloured (bold without colour).
/// - Code blocks are coloured and indented by two columns.
enum ReadingStyle {
    /// Headings of level 1 and 2.
    static let majorHeading = Style(bold: true, underline: true, foreground: .cyan)
    /// Headings of level 3 to 6.
    static let minorHeading = Style(bold: true)
    /// `**strong**`
    static let strong = Style(bold: true)
    /// `*emphasis*`
    static let emphasis = Style(underline: true, italic: true)
    /// `~~strikethrough~~`, shown with its marks.
    static let strikethrough = Style(dim: true)
    /// `` `code` ``, shown with its backticks.
    static let code = Style(foreground: .magenta)
    /// A link's text.
    static let link = Style(underline: true, foreground: .blue)
    /// A link's address, after its text.
    static let address = Style(dim: true)
    /// The `[图片: ...]` label of an image.
    static let image = Style(dim: true)
    /// Raw HTML, shown as text.
    static let html = Style(dim: true)
    /// Fenced and indented code blocks.
    static let codeBlock = Style(foreground: .green)
    /// A thematic break.
    static let rule = Style(dim: true)
    /// The `│` bar in front of quoted lines.
    static let quoteBar = Style(dim: true)
    /// A ticked task box `[✓]`.
    static let checkedBox = Style(bold: true, foreground: .green)
    /// The lines of a table's grid.
    static let tableBorder = Style(dim: true)
    /// A table's header row.
    static let tableHeader = Style(bold: true)
}
