/// A module: one folder of lessons with a `module.md`, an optional module quiz, and rehearsals.
public struct Module: Sendable, Equatable, Identifiable {
    /// The stable id progress is kept under (`id` in `module.md`, else the folder name without
    /// its leading `NN-`, lower-cased).
    public var id: String
    /// The folder's name, e.g. `01-platform-registration`.
    public var folderName: String
    /// The folder's path as reported in diagnostics.
    public var path: String
    /// The track the module belongs to.
    public var level: Level
    /// Ids of modules to finish first (advisory).
    public var requires: [String]
    /// The language of files with no language part.
    public var language: LanguageTag
    /// Title, summary and introduction, per language.
    public var content: Localized<ModuleContent>
    /// The lessons, ordered by file name.
    public var lessons: [Lesson]
    /// The worksheets (`NAME.sheet.md`) that loaded, ordered by file name.
    public var worksheets: [Worksheet] = []
    /// The module quiz (`quiz.md`), if there is one and it loaded.
    public var quiz: Quiz?
    /// The rehearsals (`NAME.twee`) that loaded, ordered by file name.
    public var scenarios: [Scenario]

    /// Creates a module.
    public init(
        id: String, folderName: String, path: String, level: Level = .basic, requires: [String] = [],
        language: LanguageTag, content: Localized<ModuleContent>, lessons: [Lesson] = [], quiz: Quiz? = nil,
        scenarios: [Scenario] = []
    ) {
        self.id = id
        self.folderName = folderName
        self.path = path
        self.level = level
        self.requires = requires
        self.language = language
        self.content = content
        self.lessons = lessons
        self.quiz = quiz
        self.scenarios = scenarios
    }

    /// The module's title per language.
    public var title: Localized<String> { content.map(\.title) }
    /// The module's one-line summary per language (`nil` where not given).
    public var summary: Localized<String?> { content.map(\.summary) }
    /// The module's introduction (the body of `module.md`) per language.
    public var introduction: Localized<Document> { content.map(\.introduction) }
}

/// What `module.md` (or a translation such as `module.en.md`) says in one language.
public struct ModuleContent: Sendable, Equatable {
    /// The module's name.
    public var title: String
    /// One line shown under the title, if given.
    public var summary: String?
    /// The body of the file.
    public var introduction: Document
    /// The file this came from, as reported in diagnostics.
    public var sourcePath: String

    /// Creates module content.
    public init(title: String, summary: String? = nil, introduction: Document = Document(), sourcePath: String) {
        self.title = title
        self.summary = summary
        self.introduction = introduction
        self.sourcePath = sourcePath
    }
}

/// The track a module belongs to.
public enum Level: String, Sendable, Equatable, CaseIterable, Codable {
    /// 入门: getting started.
    case basic
    /// 成长: growing a shop.
    case growth
    /// 进阶: advanced.
    case advanced
}
