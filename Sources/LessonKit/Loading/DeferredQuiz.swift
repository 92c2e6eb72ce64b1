import Synchronization

/// A lesson's check that a course loaded as an index (`CourseLoader.Mode.index`) has not read
/// yet: its files are read, parsed and assembled the first time the check is asked for
/// (`Lesson.check`), and the result is kept. A station's course is read at every start and a
/// large one has thousands of checks; a learner opens a few.
///
/// What it gives is what a full load gives for the same files: the same questions, the same
/// translations, `nil` when the check has no usable question, and the same files and questions
/// left out (`skippedFiles`, for the instructor's list; `cunxue validate` reads everything).
public final class DeferredQuiz: Sendable {
    /// The quiz's id, `module/lesson.quiz`: known without reading the files.
    public let id: String
    /// The original file first, then its translations, as the folder listing found them.
    let files: [ModuleFolder.FileEntry]
    /// The module's language.
    let language: LanguageTag
    /// What reading the files gave, once they are read.
    private let loaded = Mutex<Read?>(nil)

    /// The check and what was left out of it.
    private struct Read: Sendable {
        var quiz: Quiz?
        var skippedFiles: [SkippedFile]
    }

    /// Creates a check to read when asked.
    init(id: String, files: [ModuleFolder.FileEntry], language: LanguageTag) {
        self.id = id
        self.files = files
        self.language = language
    }

    /// The check: read and assembled the first time, then kept.
    public var quiz: Quiz? { read().quiz }

    /// The files and questions of the check left out for their errors, as a full load lists them
    /// in `Course.skippedFiles` (reading the check, the first time).
    public var skippedFiles: [SkippedFile] { read().skippedFiles }

    private func read() -> Read {
        loaded.withLock { kept in
            if let kept { return kept }
            let parser = FileParser()
            var assembler = QuizAssembler(files: files.map { parser.parse($0) }, language: language)
            let quiz = assembler.assemble(id: id)
            let read = Read(quiz: quiz, skippedFiles: SkippedFile.left(outOf: assembler.files) + assembler.skippedQuestions)
            kept = read
            return read
        }
    }

    /// Whether the files have been read.
    public var isRead: Bool { loaded.withLock { $0 != nil } }
}
