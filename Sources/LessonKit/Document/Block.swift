/// A block of a `Document`: a heading, paragraph, list, quote, code block, rule, table or HTML.
public struct Block: Sendable, Equatable {
    /// What the block is, with its content.
    public var kind: Kind
    /// The 1-based line in the source file where the block starts (front matter included).
    public var line: Int

    /// Creates a block.
    /// - Parameters:
    ///   - kind: what the block is.
    ///   - line: its 1-based source line.
    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    /// The kinds of block.
    public indirect enum Kind: Sendable, Equatable {
        /// A heading of `level` 1 to 6.
        case heading(level: Int, content: [Inline])
        /// A paragraph.
        case paragraph([Inline])
        /// A bulleted or numbered list.
        case list(ListBlock)
        /// A block quote holding further blocks.
        case blockQuote([Block])
        /// Code: `info` is the fence's info string (e.g. `swift`, empty when none), `text` the code
        /// with its final newline.
        case codeBlock(info: String, text: String)
        /// A thematic break (`---`, `***`).
        case thematicBreak
        /// A GitHub table.
        case table(Table)
        /// Raw HTML, to be shown as text, never interpreted.
        case htmlBlock(String)
    }

    /// The block's text without formatting.
    public var plainText: String {
        switch kind {
        case .heading(_, let content), .paragraph(let content):
            return content.plainText
        case .list(let list):
            return list.items.map { $0.blocks.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .blockQuote(let blocks):
            return blocks.map(\.plainText).joined(separator: "\n")
        case .codeBlock(_, let text), .htmlBlock(let text):
            return text
        case .thematicBreak:
            return ""
        case .table(let table):
            return ([table.header] + table.rows)
                .map { $0.map(\.content.plainText).joined(separator: " ") }
                .joined(separator: "\n")
        }
    }
}
