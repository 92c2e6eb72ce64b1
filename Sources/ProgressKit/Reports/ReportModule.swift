/// A module as a report sees it: its id, title and lessons, and which quiz decides "passed".
/// (The `cunxue` command fills these from the course; ProgressKit knows nothing of lesson files.)
public struct ReportModule: Sendable, Hashable, Codable {
    /// The module's id.
    public var id: String
    /// Its title, in the report's language where the course has it.
    public var title: String
    /// The ids of its lessons, in course order.
    public var lessonIDs: [String]
    /// The id of its module quiz (e.g. `platform-registration/quiz`), nil when it has none;
    /// then a learner passes by reading every lesson.
    public var quizID: String?
    /// Whether the module is in the course (false for a module found only in progress files,
    /// e.g. one since removed; its lessons are those seen there).
    public var isInCourse: Bool

    /// Creates a report module.
    public init(id: String, title: String, lessonIDs: [String], quizID: String?, isInCourse: Bool = true) {
        self.id = id
        self.title = title
        self.lessonIDs = lessonIDs
        self.quizID = quizID
        self.isInCourse = isInCourse
    }

    /// Whether `id` could be a module id a course makes (a folder name or an `id:` in
    /// `module.md`): 1–100 letters of any script, digits, `-`, `_` or `.`. An id read from a
    /// progress file that is not one (escape sequences, formulas, slashes) is left out of reports.
    public static func isPlausibleID(_ id: String) -> Bool {
        guard !id.isEmpty, id.unicodeScalars.count <= 100, id.first != "." else { return false }
        return id.unicodeScalars.allSatisfy { scalar in
            scalar == "-" || scalar == "_" || scalar == "." || scalar.properties.numericType == .decimal
                || scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
        }
    }
}
