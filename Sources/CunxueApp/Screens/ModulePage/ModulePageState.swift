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
}
