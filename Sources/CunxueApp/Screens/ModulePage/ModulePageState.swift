import LessonKit

/// One module's page: its introduction, lessons and quiz.
public struct ModulePageState: Sendable, Equatable {
    /// The module shown.
    public var moduleID: String
    /// The highlighted row (lessons, then the module quiz).
    public var selection: Int = 0

    /// Opens `moduleID` with row `selection` highlighted.
    public init(moduleID: String, selection: Int = 0) {
        self.moduleID = moduleID
        self.selection = selection
    }

    /// Opens `moduleID` with the row of `lessonID` highlighted, or the module quiz's row (after
    /// the last lesson) when `lessonID` is nil.
    init(moduleID: String, lessonID: String?, in library: Library) {
        let lessons = library.module(moduleID)?.lessons ?? []
        let row = lessonID.flatMap { id in lessons.firstIndex { $0.id == id } }
        self.init(moduleID: moduleID, selection: row ?? lessons.count)
    }
}
