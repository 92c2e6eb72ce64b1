/// An inline element of a paragraph, heading, table cell or answer.
public indirect enum Inline: Sendable, Equatable {
    /// Plain text.
    case text(String)
    /// `*emphasis*`
    case emphasis([Inline])
    /// `**strong**`
    case strong([Inline])
    /// `~~strikethrough~~`
    case strikethrough([Inline])
    /// `` `code` ``
    case code(String)
    /// A link (also an autolink): shown as its text with the address after it.
    case link(destination: String, children: [Inline])
    /// An image: shown as `[图片: alt]`.
    case image(alt: String, destination: String)
    /// A line break in the source that is not a hard break (shown as a space or a join).
    case softBreak
    /// A hard line break (two spaces or a backslash at the end of a line).
    case lineBreak
    /// Raw inline HTML, to be shown as text.
    case htmlInline(String)

    /// The element's text without formatting (links give their text, images their alt text).
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text), .htmlInline(let text):
            return text
        case .emphasis(let children), .strong(let children), .strikethrough(let children),
             .link(_, let children):
            return children.plainText
        case .image(let alt, _):
            return alt
        case .softBreak:
            return " "
        case .lineBreak:
            return "\n"
        }
    }
}

extension Array where Element == Inline {
    /// The inlines' text without formatting, concatenated.
    public var plainText: String {
        map(\.plainText).joined()
    }
}
