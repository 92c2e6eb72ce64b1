/// The welcome screen: the learners on this PC, then "new learner".
public struct SignInState: Sendable, Equatable {
    /// The highlighted row (the last row is "new learner").
    public var selection: Int

    /// The screen with row `selection` highlighted.
    public init(selection: Int = 0) {
        self.selection = selection
    }
}
