/// One lesson file of a module folder after reading and parsing, with its findings.
struct ParsedFile: Sendable, Equatable {
    /// The file name, e.g. `01-a.en.md`.
    var name: String
    /// What the file is, from its name.
    var role: FileRole
    /// Findings about the file.
    var report: FileReport
    /// The content, or `nil` when the file could not be read.
    var content: Content?
    /// The file's stamp when it was read (`nil` when it could not be read).
    var stamp: FileStamp?

    /// The content of a file, by role.
    enum Content: Sendable, Equatable {
        case worksheet(WorksheetFile)
        case module(ModuleFile)
        case lesson(LessonFile)
        case quiz(QuizFile)
        case scenario(ScenarioFile)
    }

    /// Whether the file can be used (it was read and has no error).
    var isUsable: Bool { content != nil && !report.hasError }
}

/// What `module.md` (or a translation of it) says.
struct ModuleFile: Sendable, Equatable {
    var title: String?
    var summary: String?
    /// The `id` and where it is written.
    var id: (value: String, line: Int, column: Int)?
    var level: Level = .basic
    /// `requires` ids with their positions.
    var requires: [(id: String, line: Int, column: Int)] = []
    var language: LanguageTag?
    var introduction = Document()

    static func == (lhs: ModuleFile, rhs: ModuleFile) -> Bool {
        lhs.title == rhs.title && lhs.summary == rhs.summary && lhs.id?.value == rhs.id?.value
            && lhs.level == rhs.level && lhs.requires.map(\.id) == rhs.requires.map(\.id)
            && lhs.language == rhs.language && lhs.introduction == rhs.introduction
    }
}

/// What a lesson file says.
struct LessonFile: Sendable, Equatable {
    var title: String?
    /// `id` from the front matter (see `ContentID`), if given.
    var id: String?
    var minutes: Int?
    /// The body; empty when the file was read for an index (`FileParser.parsesLessonBodies`).
    var body = Document()
    /// The body's first heading, for a lesson without a `title` (for an index too: the body of
    /// such a lesson is then parsed for it and not kept).
    var firstHeadingText: String?
}
