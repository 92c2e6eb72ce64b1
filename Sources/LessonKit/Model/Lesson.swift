/// A lesson: one Markdown file (and its translations), with an optional check quiz.
public struct Lesson: Sendable, Equatable, Identifiable {
    /// The stable id within its module: the file name without `.md`, e.g. `01-choose-a-platform`.
    public var id: String
    /// The id of the module it belongs to.
    public var moduleID: String
    /// Title, reading time and body, per language.
    public var content: Localized<LessonContent>
    /// The check quiz taken right after the lesson (`NAME.quiz.md`), if there is one and it loaded.
    public var check: Quiz?

    /// Creates a lesson.
    public init(id: String, moduleID: String, content: Localized<LessonContent>, check: Quiz? = nil) {
        self.id = id
        self.moduleID = moduleID
        self.content = content
        self.check = check
    }

    /// `moduleID/id`, unique in a course.
    public var qualifiedID: String { "\(moduleID)/\(id)" }
    /// The title per language.
    public var title: Localized<String> { content.map(\.title) }
    /// The body per language.
    public var body: Localized<Document> { content.map(\.body) }
}

/// One language's version of a lesson.
public struct LessonContent: Sendable, Equatable {
    /// `title` from front matter, else the first heading, else the file name without `.md`.
    public var title: String
    /// Estimated reading time in minutes, if given.
    public var minutes: Int?
    /// The Markdown body.
    public var body: Document
    /// The file this came from, as reported in diagnostics.
    public var sourcePath: String

    /// Creates lesson content.
    public init(title: String, minutes: Int? = nil, body: Document, sourcePath: String) {
        self.title = title
        self.minutes = minutes
        self.body = body
        self.sourcePath = sourcePath
    }
}
