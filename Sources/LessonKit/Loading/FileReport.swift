/// The findings about one file, collected while it is read.
struct FileReport: Sendable, Equatable {
    /// The file as reported.
    var file: String
    var diagnostics: [Diagnostic] = []
    /// How many `unknownKey` findings are listed one by one in a file, at most.
    static let unknownKeysListedAtMost = 20
    /// The unknown keys listed one by one so far.
    private var unknownKeysListed = 0
    /// Where the finding that counts the unknown keys past the first ones is, once there is one.
    private var moreUnknownKeysIndex: Int?

    init(file: String) {
        self.file = file
    }

    /// Whether any finding is an error (the file cannot be used).
    var hasError: Bool { diagnostics.contains { $0.severity == .error } }

    /// Adds a finding about this file.
    mutating func add(_ problem: Diagnostic.Problem, line: Int = 1, column: Int = 1) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, problem: problem))
    }

    /// Adds the findings of a front matter that could not be read.
    mutating func add(_ failure: FrontMatter.Failure) {
        for each in failure.all { add(each.problem, line: each.line, column: each.column) }
    }

    // MARK: - Reading typed front matter values

    /// A text value (sanitized); `nil` for null. Lists and mappings are a wrong type.
    mutating func text(_ entry: FrontMatter.Entry) -> String? {
        switch entry.value {
        case .scalar(let text, let isPlain, let line, let column):
            if isPlain && YAMLValue.isNull(text) { return nil }
            return sanitized(text, line: line, column: column)
        default:
            add(.wrongType(key: entry.key, expected: .text), line: entry.line, column: entry.column)
            return nil
        }
    }

    /// A `true`/`false` value; `nil` for null or a wrong type (reported).
    mutating func boolean(_ entry: FrontMatter.Entry) -> Bool? {
        if entry.value.isNull { return nil }
        if case .scalar(let text, true, _, _) = entry.value {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        add(.wrongType(key: entry.key, expected: .boolean), line: entry.line, column: entry.column)
        return nil
    }

    /// A whole number; `nil` for null or a wrong type (reported as expecting `expected`).
    mutating func integer(_ entry: FrontMatter.Entry, expected: Diagnostic.ExpectedValue) -> Int? {
        if entry.value.isNull { return nil }
        if case .scalar(let text, true, _, _) = entry.value, let number = Self.integer(text) {
            return number
        }
        add(.wrongType(key: entry.key, expected: expected), line: entry.line, column: entry.column)
        return nil
    }

    /// Reports a key nobody reads, with the nearest of `known`.
    mutating func unknownKey(_ entry: FrontMatter.Entry, known: [String]) {
        // A file of hundreds of unknown keys (a pasted configuration, a hostile file) would bury
        // every other finding: past the first ones, a single finding counts the rest.
        if unknownKeysListed == Self.unknownKeysListedAtMost {
            if let index = moreUnknownKeysIndex, case .moreUnknownKeys(let count) = diagnostics[index].problem {
                diagnostics[index].problem = .moreUnknownKeys(count: count + 1)
            } else {
                moreUnknownKeysIndex = diagnostics.count
                add(.moreUnknownKeys(count: 1), line: entry.line, column: entry.column)
            }
            return
        }
        unknownKeysListed += 1
        let suggestion = KeySuggestion(knownKeys: known).nearest(to: entry.key)
        add(.unknownKey(key: sanitized(entry.key, line: entry.line, column: entry.column), suggestion: suggestion),
            line: entry.line, column: entry.column)
    }

    /// Sanitizes a value from YAML (escapes such as `"\e"` can produce control characters),
    /// reporting where it changed something.
    mutating func sanitized(_ text: String, line: Int, column: Int) -> String {
        let sanitizer = TextSanitizer()
        if sanitizer.isClean(text) { return text }
        if let scalar = text.unicodeScalars.first(where: { TextSanitizer.action(for: $0) != nil }) {
            report(scalar, line: line, column: column)
        }
        return sanitizer.sanitize(text)
    }

    /// Reports one sanitized character.
    mutating func report(_ scalar: Unicode.Scalar, line: Int, column: Int) {
        switch TextSanitizer.action(for: scalar) {
        case .remove: add(.controlCharacter(scalar: scalar.value), line: line, column: column)
        case .replace: add(.bidiCharacter(scalar: scalar.value), line: line, column: column)
        case nil: break
        }
    }

    /// Parses a decimal integer with an optional sign (`_` and other YAML forms are not numbers here).
    static func integer(_ text: String) -> Int? {
        var digits = Substring(text)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }
}
