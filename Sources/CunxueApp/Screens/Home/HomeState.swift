/// The home screen's selection.
public struct HomeState: Sendable, Equatable {
    /// The highlighted row among the choosable ones.
    public var selection: Int = 0
    /// Creates the state.
    public init(selection: Int = 0) { self.selection = selection }
}
