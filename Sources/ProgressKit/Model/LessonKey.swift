/// Which lesson: a module id and a lesson id within it (ids as LessonKit gives them).
public struct LessonKey: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The module's id.
    public var moduleID: String
    /// The lesson's id within the module.
    public var lessonID: String

    /// Creates a key.
    public init(moduleID: String, lessonID: String) {
        self.moduleID = moduleID
        self.lessonID = lessonID
    }

    /// Orders by module, then lesson.
    public static func < (lhs: LessonKey, rhs: LessonKey) -> Bool {
        (lhs.moduleID, lhs.lessonID) < (rhs.moduleID, rhs.lessonID)
    }

    /// `module/lesson`.
    public var description: String { "\(moduleID)/\(lessonID)" }
}
