/// A JSON value, read by the small parser below (enough for Twee's `StoryData`).
///
/// LessonKit reads only a few fields of one small JSON document per scenario file, so it has its
/// own strict reader (RFC 8259) instead of Foundation's: nesting is limited to `maximumDepth`,
/// and every error carries the line and column where reading stopped.
indirect enum JSONValue: Sendable, Equatable {
    /// An object; keys in the order written, each with the 1-based line it is written on.
    case object([(key: String, line: Int, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number, kept as written.
    case number(String)
    case bool(Bool)
    case null

    /// How deep arrays and objects may nest.
    static let maximumDepth = 64

    /// The value of `key` in an object, with its line (the first one when a key repeats).
    func member(_ key: String) -> (value: JSONValue, line: Int)? {
        guard case .object(let members) = self, let found = members.first(where: { $0.key == key }) else { return nil }
        return (found.value, found.line)
    }

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let left), .object(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let left), .array(let right)): return left == right
        case (.string(let left), .string(let right)): return left == right
        case (.number(let left), .number(let right)): return left == right
        case (.bool(let left), .bool(let right)): return left == right
        case (.null, .null): return true
        default: return false
        }
    }

    /// Why a text is not JSON, and where (1-based, columns in Unicode scalars).
    struct SyntaxError: Error, Equatable {
        var line: Int
        var column: Int
    }

    /// Parses a whole JSON document.
    /// - Parameter text: the document; whitespace around the value is allowed.
    /// - Throws: `SyntaxError` at the first place that is not JSON.
    static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        var reader = JSONReader(scalars: Array(text.unicodeScalars))
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        if !reader.isAtEnd { throw reader.error() }
        return value
    }
}

/// A cursor over the scalars of a JSON text.
private struct JSONReader {
    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var lineStart = 0

    var isAtEnd: Bool { index >= scalars.count }

    func error() -> JSONValue.SyntaxError {
        JSONValue.SyntaxError(line: line, column: index - lineStart + 1)
    }

    mutating func skipWhitespace() {
        while index < scalars.count {
            switch scalars[index] {
            case " ", "\t", "\r": index += 1
            case "\n":
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard index < scalars.count, depth < JSONValue.maximumDepth else { throw error() }
        switch scalars[index] {
        case "{": return try object(depth: depth)
        case "[": return try array(depth: depth)
        case "\"": return .string(try string())
        case "t": try literal("true"); return .bool(true)
        case "f": try literal("false"); return .bool(false)
        case "n": try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func object(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        index += 1
        var members: [(key: String, line: Int, value: JSONValue)] = []
        skipWhitespace()
        if index < scalars.count, scalars[index] == "}" {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < scalars.count, scalars[index] == "\"" else { throw error() }
            let keyLine = line
            let key = try string()
            skipWhitespace()
            guard index < scalars.count, scalars[index] == ":" else { throw error() }
            index += 1
            skipWhitespace()
            members.append((key, keyLine, try value(depth: depth + 1)))
            skipWhitespace()
            guard index < scalars.count else { throw error() }
            if scalars[index] == "," { index += 1; continue }
            if scalars[index] == "}" { index += 1; return .object(members) }
            throw error()
        }
    }

    private mutating func array(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < scalars.count, scalars[index] == "]" {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            guard index < scalars.count else { throw error() }
            if scalars[index] == "," { index += 1; continue }
            if scalars[index] == "]" { index += 1; return .array(items) }
            throw error()
        }
    }

    private mutating func literal(_ word: String) throws(JSONValue.SyntaxError) {
        for expected in word.unicodeScalars {
            guard index < scalars.count, scalars[index] == expected else { throw error() }
            index += 1
        }
    }

    private mutating func number() throws(JSONValue.SyntaxError) -> String {
        let start = index
        if index < scalars.count, scalars[index] == "-" { index += 1 }
        guard digits() > 0 else { throw error() }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            guard digits() > 0 else { throw error() }
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { index += 1 }
            guard digits() > 0 else { throw error() }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<index])
        return String(text)
    }

    private mutating func digits() -> Int {
        let start = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        return index - start
    }

    private mutating func string() throws(JSONValue.SyntaxError) -> String {
        index += 1
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\"":
                index += 1
                return String(text)
            case "\\":
                index += 1
                guard index < scalars.count else { throw error() }
                let escaped = scalars[index]
                index += 1
                switch escaped {
                case "\"", "\\", "/": text.append(escaped)
                case "b": text.append("\u{8}")
                case "f": text.append("\u{C}")
                case "n": text.append("\n")
                case "r": text.append("\r")
                case "t": text.append("\t")
                case "u": text.append(try unicodeEscape())
                default:
                    index -= 1
                    throw error()
                }
            default:
                guard scalar.value >= 0x20 else { throw error() }
                text.append(scalar)
                index += 1
            }
        }
        throw error()
    }

    /// The scalar of a `\uXXXX` escape (after the `u`), joining a surrogate pair; a lone
    /// surrogate becomes U+FFFD.
    private mutating func unicodeEscape() throws(JSONValue.SyntaxError) -> Unicode.Scalar {
        let first = try hexQuad()
        if (0xD800...0xDBFF).contains(first), index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" {
            let save = index
            index += 2
            let second = try hexQuad()
            if (0xDC00...0xDFFF).contains(second) {
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) ?? "\u{FFFD}"
            }
            index = save
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }

    private mutating func hexQuad() throws(JSONValue.SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < scalars.count, let digit = Self.hexDigit(scalars[index]) else { throw error() }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }
}
