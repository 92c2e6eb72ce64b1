/// One finding about a lesson file: where it is, how bad it is, and what to do.
///
/// Printed as `FILE:LINE:COLUMN: error|warning: MESSAGE`. The words `error` and `warning` stay in
/// English in every language, as compilers do, so tools can parse the line; the message is in
/// the reader's language (simplified Chinese by default, English when asked).
public struct Diagnostic: Sendable, Equatable {
    /// The file, as a path relative to what the user passed in (e.g. `Lessons/01-x/module.md`).
    public var file: String
    /// The 1-based line (1 when no line applies).
    public var line: Int
    /// The 1-based column, counted in Unicode scalars (1 when no column applies).
    public var column: Int
    /// What was found, with the details the message needs.
    public var problem: Problem

    /// Creates a diagnostic.
    /// - Parameters:
    ///   - file: the path as reported.
    ///   - line: 1-based line.
    ///   - column: 1-based column.
    ///   - problem: what was found.
    public init(file: String, line: Int = 1, column: Int = 1, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// Error or warning (decided by the problem).
    public var severity: Severity { problem.severity }
    /// The stable code for the kind of finding.
    public var code: DiagnosticCode { problem.code }

    /// The message in the given language (English when the tag matches `en`, else simplified Chinese).
    /// - Parameter language: the reader's language.
    public func message(in language: LanguageTag = .simplifiedChinese) -> String {
        problem.message(english: language.matches(.english))
    }

    /// The finding as one line: `FILE:LINE:COLUMN: error|warning: MESSAGE`.
    /// - Parameter language: the language of the message part.
    public func formatted(in language: LanguageTag = .simplifiedChinese) -> String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message(in: language))"
    }

    /// Whether `lhs` comes before `rhs` in report order: by file path, line, column.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8) }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.column < rhs.column
    }
}

/// How serious a finding is.
public enum Severity: String, Sendable, Equatable, Codable, CaseIterable {
    /// The file or question cannot be used; it is skipped.
    case error
    /// It loads, but the author should look.
    case warning
}
