import TerminalKit

extension NotebookState: ScreenState {
    /// Rows: the round, then one per question.
    static func rowCount(_ context: ScreenContext) -> Int { context.notebookEntries.count + 1 }

    /// Moves through the rows; Enter starts the round (today's due questions, else all of them
    /// as practice) or practises one question; Esc goes home.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        let count = Self.rowCount(context)
        selection = min(selection, count - 1)
        switch input {
        case .key(.escape), .key(.backspace):
            context.show(.home(HomeState(selection: context.homeRows.firstIndex { if case .notebook = $0 { true } else { false } } ?? 0)))
            return []
        case .key(let key):
            let page = NotebookView.listRect(context.size).height
            if case .chose(let index) = ListKeys.apply(key, to: &selection, count: count, page: page) {
                return open(index, context: &context)
            }
            return []
        case .mouse(.click, let point):
            let list = SelectList(NotebookView.items(context), selected: selection)
            guard let index = list.item(at: point, in: NotebookView.listRect(context.size)) else { return [] }
            selection = index
            return open(index, context: &context)
        case .mouse(let action, _):
            _ = ListKeys.apply(action, to: &selection, count: count)
            return []
        case .result:
            return []
        }
    }

    private func open(_ index: Int, context: inout ScreenContext) -> [Effect] {
        let entries = context.notebookEntries
        guard index > 0 else { return QuizSession.startReview(context: &context) }
        guard index - 1 < entries.count else { return [] }
        return QuizSession.startReview(only: entries[index - 1].questionID, context: &context)
    }
}
