import CCmark
import Glibc
import Synchronization

/// Parses CommonMark with the GitHub extensions (tables, task lists, strikethrough, autolinks)
/// into a `Document`, using cmark-gfm.
///
/// Every string in the result has gone through `TextSanitizer`. Nesting deeper than
/// `maximumDepth` (quotes in quotes in lists ...) is kept as plain text, so hostile input
/// cannot exhaust the stack.
public struct MarkdownParser: Sendable {
    /// How deep blocks and inlines may nest before the rest is flattened to text.
    public static let maximumDepth = 48

    /// Creates a parser.
    public init() {}

    /// Registers cmark-gfm's extensions exactly once per process (cmark's own guard is not
    /// thread-safe; a Swift `static let` initializer is).
    static func registerExtensions() {
        _ = registration
    }

    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Held while cmark-gfm parses. cmark-gfm is not thread-safe: when a parse finishes, its
    /// extensions add their characters (`~`, `|`, `:`, `w` ...) to one table of the whole
    /// process and take them out again at the end, so two parses at once (the loader parses on
    /// all cores) lose strikethrough, autolinks or table cells at random. Every cmark parse in
    /// Cunxue goes through `cmarkDocument`, under this lock; the walk into Swift values, most of
    /// the work, runs outside it.
    private static let cmarkLock = Mutex(())

    /// Parses Markdown into a document.
    /// - Parameter markdown: the Markdown text (without front matter).
    /// - Returns: the document; block lines are lines of `markdown`, from 1.
    public func parse(_ markdown: String) -> Document {
        parseReportingSanitized(markdown).document
    }

    /// Parses Markdown and also returns where sanitizing changed text that cmark produced
    /// (for example from `&#27;`), by line.
    ///
    /// Literals are checked one by one only when they can need it: cmark copies source text and
    /// makes new characters only from entities (`&#27;`), so a clean source without `&` gives
    /// clean literals.
    /// - Parameters:
    ///   - markdown: the Markdown text.
    ///   - sourceIsClean: the caller already knows `markdown` is sanitized.
    func parseReportingSanitized(_ markdown: String, sourceIsClean: Bool = false) -> (document: Document, sanitized: [SanitizedText]) {
        Self.registerExtensions()
        var text = markdown
        let hasAmpersand = text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "&")), buffer.count) != nil
        }
        let checksLiterals = hasAmpersand || !(sourceIsClean || TextSanitizer().isClean(text))
        guard let root = Self.cmarkLock.withLock({ _ in Self.cmarkDocument(&text) }) else { return (Document(), []) }
        defer { cmark_node_free(root) }
        var converter = NodeConverter(checksLiterals: checksLiterals)
        let blocks = converter.blocks(under: root, depth: 0)
        return (Document(blocks: blocks), converter.sanitized)
    }
}

extension MarkdownParser {
    /// cmark-gfm's document for `text`, with the four extensions; free it with
    /// `cmark_node_free`. Call it only holding `cmarkLock`.
    private static func cmarkDocument(_ text: inout String) -> OpaquePointer? {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in ["table", "tasklist", "strikethrough", "autolink"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        return cmark_parser_finish(parser)
    }
}

/// A place where text produced by the Markdown parser had to be sanitized.
struct SanitizedText: Sendable, Equatable {
    /// The 1-based line of the block it came from.
    var line: Int
    /// The first character changed.
    var scalar: Unicode.Scalar
    /// What was done.
    var action: TextSanitizer.Action
}

// MARK: - Conversion from cmark nodes

private struct NodeConverter {
    /// Whether literals may hold characters to sanitize (see `parseReportingSanitized`).
    let checksLiterals: Bool
    var sanitized: [SanitizedText] = []
    private let sanitizer = TextSanitizer()
    private var currentLine = 1

    init(checksLiterals: Bool) {
        self.checksLiterals = checksLiterals
    }

    mutating func blocks(under parent: OpaquePointer, depth: Int) -> [Block] {
        var result: [Block] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node, depth: depth) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func block(_ node: OpaquePointer, depth: Int) -> Block? {
        let line = Int(cmark_node_get_start_line(node))
        currentLine = max(line, 1)
        if depth >= MarkdownParser.maximumDepth {
            return Block(.paragraph([.text(clean(flattenedText(node)))]), line: currentLine)
        }
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(inlines(under: node, depth: depth + 1)), line: line)
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return Block(.heading(level: level, content: inlines(under: node, depth: depth + 1)), line: line)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(.blockQuote(blocks(under: node, depth: depth + 1)), line: line)
        case CMARK_NODE_LIST:
            return Block(.list(list(node, depth: depth)), line: line)
        case CMARK_NODE_CODE_BLOCK:
            let info = clean(string(cmark_node_get_fence_info(node)))
            return Block(.codeBlock(info: info, text: clean(literal(node))), line: line)
        case CMARK_NODE_HTML_BLOCK:
            return Block(.htmlBlock(clean(literal(node))), line: line)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.thematicBreak, line: line)
        default:
            if typeString(node) == "table" {
                return Block(.table(table(node, depth: depth)), line: line)
            }
            let text = flattenedText(node)
            return text.isEmpty ? nil : Block(.paragraph([.text(clean(text))]), line: line)
        }
    }

    private mutating func list(_ node: OpaquePointer, depth: Int) -> ListBlock {
        let isOrdered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        var items: [ListItem] = []
        var child = cmark_node_first_child(node)
        while let item = child {
            let line = Int(cmark_node_get_start_line(item))
            var task: TaskState?
            if typeString(item) == "tasklist" {
                task = cmark_gfm_extensions_get_tasklist_item_checked(item) ? .checked : .unchecked
            }
            items.append(ListItem(task: task, blocks: blocks(under: item, depth: depth + 2), line: line))
            child = cmark_node_next(item)
        }
        return ListBlock(
            isOrdered: isOrdered,
            start: isOrdered ? Int(cmark_node_get_list_start(node)) : 1,
            isTight: cmark_node_get_list_tight(node) != 0,
            items: items
        )
    }

    private mutating func table(_ node: OpaquePointer, depth: Int) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let pointer = cmark_gfm_extensions_get_table_alignments(node) {
            for index in 0..<columns {
                switch UInt8(pointer[index]) {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        } else {
            alignments = Array(repeating: .none, count: columns)
        }
        var header: [TableCell] = []
        var rows: [[TableCell]] = []
        var rowNode = cmark_node_first_child(node)
        while let row = rowNode {
            var cells: [TableCell] = []
            var cellNode = cmark_node_first_child(row)
            while let cell = cellNode {
                cells.append(TableCell(inlines(under: cell, depth: depth + 2)))
                cellNode = cmark_node_next(cell)
            }
            if typeString(row) == "table_header" || cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
            rowNode = cmark_node_next(row)
        }
        return Table(alignments: alignments, header: header, rows: rows)
    }

    private mutating func inlines(under parent: OpaquePointer, depth: Int) -> [Inline] {
        var result: [Inline] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let inline = inline(node, depth: depth) {
                if case .text(let text) = inline, case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                } else {
                    result.append(inline)
                }
            }
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func inline(_ node: OpaquePointer, depth: Int) -> Inline? {
        if depth >= MarkdownParser.maximumDepth {
            return .text(clean(flattenedText(node)))
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            return .text(clean(literal(node)))
        case CMARK_NODE_SOFTBREAK:
            return .softBreak
        case CMARK_NODE_LINEBREAK:
            return .lineBreak
        case CMARK_NODE_CODE:
            return .code(clean(literal(node)))
        case CMARK_NODE_HTML_INLINE:
            return .htmlInline(clean(literal(node)))
        case CMARK_NODE_EMPH:
            return .emphasis(inlines(under: node, depth: depth + 1))
        case CMARK_NODE_STRONG:
            return .strong(inlines(under: node, depth: depth + 1))
        case CMARK_NODE_LINK:
            let destination = clean(string(cmark_node_get_url(node)))
            return .link(destination: destination, children: inlines(under: node, depth: depth + 1))
        case CMARK_NODE_IMAGE:
            let destination = clean(string(cmark_node_get_url(node)))
            return .image(alt: clean(flattenedText(node)), destination: destination)
        default:
            if typeString(node) == "strikethrough" {
                return .strikethrough(inlines(under: node, depth: depth + 1))
            }
            let text = flattenedText(node)
            return text.isEmpty ? nil : .text(clean(text))
        }
    }

    // MARK: - Text helpers

    /// The literal text of every node under `node`, without recursion (for deep or unknown nodes).
    private func flattenedText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                if let pointer = cmark_node_get_literal(current) { text += String(cString: pointer) }
            }
        }
        return text
    }

    private func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private func typeString(_ node: OpaquePointer) -> String {
        guard let pointer = cmark_node_get_type_string(node) else { return "" }
        return String(cString: pointer)
    }

    private mutating func clean(_ text: String) -> String {
        if !checksLiterals || sanitizer.isClean(text) { return text }
        for scalar in text.unicodeScalars {
            if let action = TextSanitizer.action(for: scalar) {
                sanitized.append(SanitizedText(line: currentLine, scalar: scalar, action: action))
                break
            }
        }
        return sanitizer.sanitize(text)
    }
}
