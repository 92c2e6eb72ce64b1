/// A Markdown document as a small tree of blocks, independent of the parser that built it.
///
/// Every string in it has gone through `TextSanitizer`: no control characters other than
/// newline and tab, no bidirectional override characters.
public struct Document: Sendable, Equatable {
    /// The top-level blocks in source order.
    public var blocks: [Block]

    /// Creates a document.
    /// - Parameter blocks: the top-level blocks.
    public init(blocks: [Block] = []) {
        self.blocks = blocks
    }

    /// Whether the document has no blocks.
    public var isEmpty: Bool { blocks.isEmpty }

    /// The first heading's text, if there is a heading at the top level.
    public var firstHeadingText: String? {
        for block in blocks {
            if case .heading(_, let content) = block.kind { return content.plainText }
        }
        return nil
    }

    /// The document's text without formatting: blocks separated by blank lines.
    public var plainText: String {
        blocks.map(\.plainText).joined(separator: "\n\n")
    }
}
