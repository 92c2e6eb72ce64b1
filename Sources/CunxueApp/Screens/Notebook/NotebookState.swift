/// The mistake notebook (错题本): the questions answered wrongly, when each comes back, and a
/// round of practice or review.
public struct NotebookState: Sendable, Equatable {
    /// The highlighted row: 0 starts a round, the others are the questions.
    public var selection: Int

    /// The notebook with row `selection` highlighted.
    public init(selection: Int = 0) {
        self.selection = selection
    }
}
