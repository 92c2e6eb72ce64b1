import LessonKit

/// One module's page: its introduction, lessons and quiz.
public struct ModulePageState: Sendable, Equatable {
    /// The module shown.
    public var moduleID: String
    /// The highlighted row (lessons, then rehearsals, then the module quiz).
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
        let scenarios = library.module(moduleID)?.scenarios.count ?? 0
        self.init(moduleID: moduleID, selection: row ?? lessons.count + scenarios)
    }

    /// Opens `moduleID` with the row of the rehearsal `scenarioID` highlighted.
    init(moduleID: String, scenarioID: String, in library: Library) {
        let module = library.module(moduleID)
        let row = module?.scenarios.firstIndex { $0.id == scenarioID }
        self.init(moduleID: moduleID, selection: (module?.lessons.count ?? 0) + (row ?? 0))
    }
}
