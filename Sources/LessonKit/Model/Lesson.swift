/// A lesson: one Markdown file (and its translations), with an optional check quiz.
public struct Lesson: Sendable, Equatable, Identifiable {
    /// The stable id within its module: the file name without `.md`, e.g. `01-choose-a-platform`.
    public var id: String
    /// The id of the module it belongs to.
    public var moduleID: String
    /// Title, reading time and body, per language.
    public var content: Localized<LessonContent>
    /// Where the check comes from: read with the course, or read when first asked for.
    var checkSource: CheckSource?

    /// The check quiz taken right after the lesson (`NAME.quiz.md`), if there is one and it
    /// loaded. For a course loaded as an index, its files are read the first time this is asked
    /// (`DeferredQuiz`), and kept.
    public var check: Quiz? {
        get { checkSource?.quiz }
        set { checkSource = newValue.map(CheckSource.read) }
    }

    /// The check when it is left to be read when first asked for (a course loaded as an index);
    /// `nil` when it was read with the course, or there is none.
    public var deferredCheck: DeferredQuiz? {
        guard case .deferred(let check)? = checkSource else { return nil }
        return check
    }

    /// The id the check has or would have, `module/lesson.quiz`, when the lesson has a check
    /// file; known without reading it.
    public var checkID: String? { checkSource?.id }

    /// Creates a lesson.
    public init(id: String, moduleID: String, content: Localized<LessonContent>, check: Quiz? = nil) {
        self.id = id
        self.moduleID = moduleID
        self.content = content
        self.checkSource = check.map(CheckSource.read)
    }

    /// Creates a lesson whose check is read when first asked for.
    init(id: String, moduleID: String, content: Localized<LessonContent>, deferredCheck: DeferredQuiz) {
        self.id = id
        self.moduleID = moduleID
        self.content = content
        self.checkSource = .deferred(deferredCheck)
    }

    /// The same lesson: the same id, content and check (a check not read yet is read to compare,
    /// unless both lessons share it).
    public static func == (lhs: Lesson, rhs: Lesson) -> Bool {
        guard lhs.id == rhs.id, lhs.moduleID == rhs.moduleID, lhs.content == rhs.content else { return false }
        if case .deferred(let left)? = lhs.checkSource, case .deferred(let right)? = rhs.checkSource, left === right { return true }
        return lhs.check == rhs.check
    }

    /// `moduleID/id`, unique in a course.
    public var qualifiedID: String { "\(moduleID)/\(id)" }
    /// The title per language.
    public var title: Localized<String> { content.map(\.title) }
    /// The body per language; empty for a course loaded as an index (`CourseLoader.Mode.index`),
    /// whose bodies `LessonBodyReader` reads when a lesson is opened.
    public var body: Localized<Document> { content.map(\.body) }
}

/// One language's version of a lesson.
public struct LessonContent: Sendable, Equatable {
    /// `title` from front matter, else the first heading, else the file name without `.md`.
    public var title: String
    /// Estimated reading time in minutes, if given.
    public var minutes: Int?
    /// The Markdown body; empty when `bodyFile` says where to read it.
    public var body: Document
    /// The file this came from, as reported in diagnostics.
    public var sourcePath: String
    /// For a course loaded as an index: the file the body is read from when the lesson is
    /// opened (with `LessonBodyReader`); `nil` when `body` holds the body.
    public var bodyFile: LessonBodyFile?

    /// Creates lesson content.
    /// - Parameters:
    ///   - title: the title.
    ///   - minutes: the reading time, if given.
    ///   - body: the body (empty when `bodyFile` is given).
    ///   - sourcePath: the file, as reported in diagnostics.
    ///   - bodyFile: where the body is read on demand; `nil` when `body` holds it.
    public init(title: String, minutes: Int? = nil, body: Document, sourcePath: String, bodyFile: LessonBodyFile? = nil) {
        self.title = title
        self.minutes = minutes
        self.body = body
        self.sourcePath = sourcePath
        self.bodyFile = bodyFile
    }

    /// Whether `body` holds the body (always, unless the course was loaded as an index).
    public var isBodyLoaded: Bool { bodyFile == nil }
}

/// Where a lesson's body is read from on demand, and what the file was when the course was
/// loaded (so a file changed since is noticed). Made by `CourseLoader` in index mode.
public struct LessonBodyFile: Sendable, Hashable {
    /// The path the loader opened (resolved against its working directory).
    var path: String
    /// The file as the loader read it.
    var stamp: FileStamp
    /// What the file is (a lesson, in which language).
    var role: FileRole
}

/// A lesson's check: read with the course, or left to be read when first asked for.
enum CheckSource: Sendable, Equatable {
    /// Read and assembled with the course.
    case read(Quiz)
    /// Read the first time it is asked for.
    case deferred(DeferredQuiz)

    /// The check (reading it, the first time, when deferred).
    var quiz: Quiz? {
        switch self {
        case .read(let quiz): return quiz
        case .deferred(let deferred): return deferred.quiz
        }
    }

    /// The check's id.
    var id: String {
        switch self {
        case .read(let quiz): return quiz.id
        case .deferred(let deferred): return deferred.id
        }
    }

    /// The same check: the same deferred one, or equal quizzes (a deferred one is read to compare).
    static func == (lhs: CheckSource, rhs: CheckSource) -> Bool {
        if case .deferred(let left) = lhs, case .deferred(let right) = rhs, left === right { return true }
        return lhs.quiz == rhs.quiz
    }
}
