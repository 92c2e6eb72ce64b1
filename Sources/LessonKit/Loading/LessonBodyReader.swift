/// Reads a lesson's body when it is opened, for a course loaded as an index
/// (`CourseLoader.Mode.index`).
///
/// The file is read again through the loader's safe reader (no links, regular files only, at most
/// 1 MiB, UTF-8) and parsed and checked as a full load would. A file that is no longer the one
/// the course was loaded from (replaced or written to since: its `FileStamp` differs), or that
/// can no longer be read or used, gives a `LessonBodyError` instead of a body.
public struct LessonBodyReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The body of one language's version of a lesson.
    /// - Parameter content: the lesson content, from `Lesson.content`.
    /// - Returns: the body (at once, without reading, when the course was loaded in full), or
    ///   why it cannot be shown.
    public func body(of content: LessonContent) -> Result<Document, LessonBodyError> {
        guard let file = content.bodyFile else { return .success(content.body) }
        let text: String
        switch FileReader().readFile(at: file.path) {
        case .failure(let failure):
            return .failure(.unusable(Diagnostic(file: content.sourcePath, line: failure.line, column: failure.column,
                                                 problem: failure.problem)))
        case .success(let read):
            guard read.stamp == file.stamp else { return .failure(.changed(file: content.sourcePath)) }
            text = read.text
        }
        var report = FileReport(file: content.sourcePath)
        let lesson = FileParser().parseLesson(text: text, role: file.role, report: &report)
        if let error = report.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(.unusable(error))
        }
        return .success(lesson.body)
    }
}

/// Why a lesson's body could not be read when it was opened.
public enum LessonBodyError: Error, Sendable, Equatable {
    /// The file was replaced or written to after the course was loaded: its title, check and
    /// place in the module may no longer be what the app shows. Starting the app again reads it.
    case changed(file: String)
    /// The file can no longer be used (gone, unreadable, too large, not UTF-8, or it now fails
    /// a check): the finding, as `cunxue validate` would report it.
    case unusable(Diagnostic)

    /// The file, as reported in diagnostics.
    public var file: String {
        switch self {
        case .changed(let file): return file
        case .unusable(let diagnostic): return diagnostic.file
        }
    }
}
