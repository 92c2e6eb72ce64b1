import LessonKit
import Synchronization

/// The loaded course and its lookup tables. Immutable while the app runs; held by reference so
/// that comparing app states (done every frame) does not walk the whole course.
///
/// The app loads the course as an index (`CourseLoader.Mode.index`): titles, counts and module
/// quizzes are in memory, a lesson's body is read from its file when the lesson is opened,
/// through `body(of:in:)`, and the last few bodies are kept (`LessonBodyCache`); a lesson's check
/// is read the first time it is asked for (`Lesson.check`) and kept.
public final class Library: Sendable, Equatable {
    /// The course, as loaded.
    public let course: Course
    let index: CourseIndex
    /// Modules in the order the home screen lists and numbers them: by level (basic, growth,
    /// advanced), in course order within a level. Made once: every paint of the home screen
    /// goes through it.
    let modulesByLevel: [Module]
    /// Where each module is in `course.modules`, by id.
    private let moduleIndex: [String: Int]
    private let bodies: LessonBodyCache
    /// `skippedFiles`, once worked out.
    private let allSkippedFiles = Mutex<[SkippedFile]?>(nil)
    /// The reread advice's pieces of the last module asked for (`rereadPieces(of:)`).
    private let lastRereadPieces = Mutex<(moduleID: String, pieces: [Set<String>])?>(nil)

    /// How many lesson bodies a library keeps by default.
    public static let cachedBodies = 8

    /// Wraps `course`.
    /// - Parameters:
    ///   - course: the course, loaded in full or as an index.
    ///   - cachedBodies: how many lesson bodies read on demand are kept.
    public init(_ course: Course, cachedBodies: Int = Library.cachedBodies) {
        self.course = course
        self.index = CourseIndex(course)
        self.moduleIndex = Dictionary(course.modules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        self.modulesByLevel = Level.allCases.flatMap { level in course.modules.filter { $0.level == level } }
        self.bodies = LessonBodyCache(capacity: cachedBodies)
    }

    /// Modules in course order.
    public var modules: [Module] { course.modules }

    /// The module with `id`.
    public func module(_ id: String) -> Module? {
        moduleIndex[id].map { course.modules[$0] } ?? course.module(id: id)
    }

    /// The body of `lesson` in `language` (the version `Localized.value(for:)` picks): at once
    /// for a course loaded in full; else from the kept bodies, or read from its file, checked
    /// again, and kept.
    /// - Returns: the body, or why its file cannot be shown any more (changed or broken since start).
    public func body(of lesson: Lesson, in language: LanguageTag) -> Result<Document, LessonBodyError> {
        let content = lesson.content.value(for: language)
        guard let file = content.bodyFile else { return .success(content.body) }
        return bodies.body(of: file) { LessonBodyReader().body(of: content) }
    }

    /// What was left out of the course for its errors, as the instructor's list shows it: what
    /// loading found, then what the lessons' checks leave out (a course loaded as an index reads
    /// its checks when first asked for: this reads those not read yet, once).
    public var skippedFiles: [SkippedFile] {
        allSkippedFiles.withLock { kept in
            if let kept { return kept }
            let checks = course.modules.flatMap(\.lessons).compactMap(\.deferredCheck)
            let all = course.skippedFiles + checks.flatMap(\.skippedFiles)
            kept = all
            return all
        }
    }

    /// The files whose bodies are kept now, least recently used first (for tests).
    var cachedBodyFiles: [LessonBodyFile] { bodies.files }

    /// `RereadAdvice`'s pieces of every lesson of `module` (title and body in the course's own
    /// language), worked out once for the last module asked for: the results screen asks on
    /// every frame. Bodies are read without going through the kept ones (a module has up to
    /// 50 lessons); a body that cannot be read counts with its title alone.
    func rereadPieces(of module: Module) -> [Set<String>] {
        lastRereadPieces.withLock { last in
            if let last, last.moduleID == module.id { return last.pieces }
            let pieces = module.lessons.map { lesson in
                let original = lesson.content.original
                let body = (try? LessonBodyReader().body(of: original).get())?.plainText ?? ""
                return RereadAdvice.pieces(original.title + " " + body)
            }
            last = (module.id, pieces)
            return pieces
        }
    }

    public static func == (lhs: Library, rhs: Library) -> Bool { lhs === rhs }
}

extension Library {
    /// The body the reader shows for `lesson`: its text, or when its file cannot be read any
    /// more, what happened and what to do, then the finding for the instructor.
    func bodyToShow(of lesson: Lesson, in language: LanguageTag, strings: Strings) -> Document {
        switch body(of: lesson, in: language) {
        case .success(let body):
            return body
        case .failure(let error):
            let (sentence, detail): (String, String)
            switch error {
            case .changed(let file):
                (sentence, detail) = (strings.lessonChanged, file)
            case .unusable(let diagnostic):
                (sentence, detail) = (strings.lessonUnreadable,
                                      diagnostic.formatted(in: strings.language == .en ? .english : .simplifiedChinese))
            }
            return Document(blocks: [
                Block(.paragraph([.strong([.text(sentence)])]), line: 1),
                Block(.paragraph([.text(strings.forTheInstructor(detail))]), line: 2),
            ])
        }
    }
}
