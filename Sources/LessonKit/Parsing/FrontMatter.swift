import Yams

/// The `key: value` lines of a front matter or question options block, with their positions.
struct FrontMatter: Sendable, Equatable {
    /// One `key: value` pair.
    struct Entry: Sendable, Equatable {
        var key: String
        var value: YAMLValue
        /// 1-based file line and column of the key.
        var line: Int
        var column: Int
    }

    var entries: [Entry] = []

    /// Splits a file's text into its front matter and its body.
    ///
    /// Front matter exists only when the first line is `---` (trailing spaces allowed); it ends at
    /// the next `---` or `...` line. The body keeps the file's line count: the front matter's lines
    /// are replaced by empty lines, so Markdown lines are file lines.
    /// - Returns: the YAML text (or `nil` when there is no front matter), whether it was left
    ///   open, and the body.
    static func split(_ text: String) -> (yaml: String?, isUnclosed: Bool, body: String) {
        let parts = locate(text)
        return (parts.yaml, parts.isUnclosed, parts.body)
    }

    /// Where a file's front matter and body are, as `split` gives them; the body is made only
    /// when asked for (an index of a course reads the front matter of thousands of lessons and
    /// needs none of their bodies).
    struct Parts {
        /// The YAML text, or `nil` when there is no front matter.
        var yaml: String?
        /// Whether the front matter is never closed.
        var isUnclosed: Bool
        /// The text.
        var text: String
        /// Where the body starts in `text`.
        var bodyStart: String.Index
        /// How many empty lines stand for the front matter before the body.
        var blankLines: Int

        /// The body: the front matter's lines left empty, then the rest of the text.
        var body: String {
            blankLines == 0 && bodyStart == text.startIndex
                ? text : String(repeating: "\n", count: blankLines) + text[bodyStart...]
        }
    }

    /// Finds a file's front matter and body (see `split`).
    static func locate(_ text: String) -> Parts {
        let utf8 = text.utf8
        let none = Parts(yaml: nil, isUnclosed: false, text: text, bodyStart: text.startIndex, blankLines: 0)
        guard utf8.starts(with: "---".utf8) else { return none }
        // Walk line by line over the bytes only as far as the closing delimiter.
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            let line = utf8[lineStart..<lineEnd]
            if lineNumber == 0 {
                guard isDelimiter(line, allowingDots: false) else { return none }
                yamlStart = next
            } else if isDelimiter(line, allowingDots: true), let yamlStart {
                let yaml = yamlStart < lineStart ? String(text[yamlStart..<utf8.index(before: lineStart)]) : ""
                return Parts(yaml: yaml, isUnclosed: false, text: text, bodyStart: next,
                             blankLines: lineEnd < utf8.endIndex ? lineNumber + 1 : lineNumber)
            }
            lineNumber += 1
            lineStart = next
        }
        return Parts(yaml: "", isUnclosed: true, text: text, bodyStart: yamlStart ?? text.endIndex, blankLines: 1)
    }

    /// Whether a line is a `---` delimiter (or `...` when allowed), trailing blanks ignored.
    static func isDelimiter(_ line: Substring, allowingDots: Bool) -> Bool {
        isDelimiter(line.utf8, allowingDots: allowingDots)
    }

    private static func isDelimiter<Bytes: BidirectionalCollection>(_ line: Bytes, allowingDots: Bool) -> Bool
    where Bytes.Element == UInt8 {
        var end = line.endIndex
        while end > line.startIndex {
            let previous = line.index(before: end)
            guard line[previous] == 0x20 || line[previous] == 0x09 else { break }
            end = previous
        }
        let content = line[line.startIndex..<end]
        return content.elementsEqual("---".utf8) || (allowingDots && content.elementsEqual("...".utf8))
    }

    /// Parses YAML into entries.
    /// - Parameters:
    ///   - yaml: the YAML text.
    ///   - firstLine: the file line of the YAML's first line.
    /// - Throws: `FrontMatter.Failure` with the problem and where.
    static func parse(_ yaml: String, firstLine: Int) throws(Failure) -> FrontMatter {
        if yaml.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) { return FrontMatter() }
        if let failure = FrontMatterGuard.check(yaml, firstLine: firstLine) { throw failure }
        if let simple = parseSimple(yaml, firstLine: firstLine) { return simple }
        return try parseWithYams(yaml, firstLine: firstLine)
    }

    /// Parses YAML into entries with Yams (any YAML; `parse` tries `parseSimple` first). Call it
    /// only with YAML `FrontMatterGuard` accepted.
    static func parseWithYams(_ yaml: String, firstLine: Int) throws(Failure) -> FrontMatter {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw explained(Self.failure(from: error, firstLine: firstLine), yaml: yaml, firstLine: firstLine)
        } catch {
            throw Failure(problem: .invalidYAML(detail: "\(error)"), line: firstLine, column: 1)
        }
        guard let node else { return FrontMatter() }
        if case .scalar(let scalar) = node, scalar.style == .plain, YAMLValue.isNull(scalar.string) {
            return FrontMatter()
        }
        guard case .mapping(let mapping) = node else {
            let mark = node.mark
            let failure = Failure(problem: .frontMatterNotMapping, line: firstLine - 1 + (mark?.line ?? 1), column: mark?.column ?? 1)
            throw explained(failure, yaml: yaml, firstLine: firstLine)
        }
        var result = FrontMatter()
        for (keyNode, valueNode) in mapping {
            let mark = keyNode.mark
            result.entries.append(Entry(
                key: keyText(keyNode),
                value: YAMLValue(valueNode, firstLine: firstLine),
                line: firstLine - 1 + (mark?.line ?? 1),
                column: mark?.column ?? 1
            ))
        }
        return result
    }

    /// A mapping key as text (a key that is not a scalar is shown as Yams prints it).
    static func keyText(_ keyNode: Node) -> String {
        if case .scalar(let scalar) = keyNode { return scalar.string }
        return "\(keyNode)"
    }

    /// Why YAML could not be read, and where (file line and column).
    struct Failure: Error, Equatable {
        var problem: Diagnostic.Problem
        var line: Int
        var column: Int
        /// Further problems found at the same time (each line with a full-width colon).
        var more: [Failure] = []

        /// This problem and the further ones, in order.
        var all: [Failure] {
            var first = self
            first.more = []
            return [first] + more
        }
    }

    /// The parser's failure, or, when full-width colons explain it (`title：新单元` is not
    /// `key: value` to YAML), one finding for each such line instead of the parser's English.
    private static func explained(_ failure: Failure, yaml: String, firstLine: Int) -> Failure {
        let colons = FrontMatterGuard.fullWidthColons(in: yaml, firstLine: firstLine)
        guard var first = colons.first else { return failure }
        first.more = Array(colons.dropFirst())
        return first
    }

    private static func failure(from error: YamlError, firstLine: Int) -> Failure {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // Point at the start of the construct that failed (where the author should look),
            // else where the parser noticed.
            let position = context?.mark ?? mark
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Failure(problem: .invalidYAML(detail: detail), line: firstLine - 1 + position.line, column: position.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let detail = "duplicated key: " + duplicates.joined(separator: ", ")
            return Failure(problem: .invalidYAML(detail: detail), line: firstLine - 1 + context.mark.line, column: context.mark.column)
        case .reader(let problem, _, _, _):
            return Failure(problem: .invalidYAML(detail: problem), line: firstLine, column: 1)
        default:
            return Failure(problem: .invalidYAML(detail: "\(error)"), line: firstLine, column: 1)
        }
    }
}

/// A YAML value, copied out of Yams so it is `Sendable`. Scalars keep whether they were plain
/// (unquoted), since only plain scalars are numbers, booleans or null. Mappings keep their
/// entries in written order (worksheet fields are lists of mappings).
indirect enum YAMLValue: Sendable, Equatable {
    case scalar(String, isPlain: Bool, line: Int, column: Int)
    case sequence([YAMLValue], line: Int, column: Int)
    case mapping([FrontMatter.Entry], line: Int, column: Int)

    init(_ node: Node, firstLine: Int) {
        let line = firstLine - 1 + (node.mark?.line ?? 1)
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, isPlain: scalar.style == .plain, line: line, column: column)
        case .sequence(let sequence):
            self = .sequence(sequence.map { YAMLValue($0, firstLine: firstLine) }, line: line, column: column)
        case .mapping(let mapping):
            let entries = mapping.map { keyNode, valueNode in
                FrontMatter.Entry(key: FrontMatter.keyText(keyNode), value: YAMLValue(valueNode, firstLine: firstLine),
                                  line: firstLine - 1 + (keyNode.mark?.line ?? 1), column: keyNode.mark?.column ?? 1)
            }
            self = .mapping(entries, line: line, column: column)
        default:
            self = .mapping([], line: line, column: column)
        }
    }

    /// Whether a plain scalar means null (`~`, `null`, or nothing).
    static func isNull(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// `true` when the value is a plain null.
    var isNull: Bool {
        if case .scalar(let text, true, _, _) = self { return Self.isNull(text) }
        return false
    }

    /// The value's position.
    var position: (line: Int, column: Int) {
        switch self {
        case .scalar(_, _, let line, let column), .sequence(_, let line, let column), .mapping(_, let line, let column):
            return (line, column)
        }
    }

    /// The value as written, for messages.
    var displayText: String {
        switch self {
        case .scalar(let text, _, _, _): return text
        case .sequence(let items, _, _): return "[" + items.map(\.displayText).joined(separator: ", ") + "]"
        case .mapping: return "{…}"
        }
    }
}
