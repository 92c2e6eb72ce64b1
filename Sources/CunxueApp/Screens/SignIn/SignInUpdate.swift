import TerminalKit

extension SignInState: ScreenState {
    /// Rows on the list: every learner, then "new learner".
    static func rowCount(_ context: ScreenContext) -> Int { context.learners.count + 1 }

    /// Moves through the list, opens a row, asks before leaving (Esc), or asks for the
    /// instructor's PIN (F2). Letters do nothing here, so typing a name changes nothing.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        let count = Self.rowCount(context)
        selection = min(selection, count - 1)  // the list may have become shorter
        switch input {
        case .key(let key):
            return handle(key, count: count, context: &context)
        case .mouse(let action, let point):
            if action == .click {
                let list = SelectList(SignInView.items(context), selected: selection)
                guard let index = list.item(at: point, in: SignInView.listRect(for: context.size, itemCount: count)) else { return [] }
                return choose(index, context: &context)
            }
            _ = ListKeys.apply(action, to: &selection, count: count)
            return []
        case .result:
            return []
        }
    }

    private mutating func handle(_ key: Key, count: Int, context: inout ScreenContext) -> [Effect] {
        let page = SignInView.listRect(for: context.size, itemCount: count).height
        switch ListKeys.apply(key, to: &selection, count: count, page: page) {
        case .chose(let index): return choose(index, context: &context)
        case .moved: return []
        case .ignored: break
        }
        switch key {
        case .escape:
            context.askToQuit()
        case .function(2):
            context.show(.pinEntry(PINEntryState(purpose: .instructor)))
            return [.loadInstructorStatus]
        case .character(let c) where !c.isNumber && !c.isWhitespace:
            // Someone typing her name here: no letter does anything; say where names are typed.
            context.say(.info) { $0.noTypingHere }
        default:
            break
        }
        return []
    }

    /// Opens row `index`: a learner signs in (after their PIN, if they have one); the last row
    /// adds a new learner.
    private mutating func choose(_ index: Int, context: inout ScreenContext) -> [Effect] {
        selection = index
        guard index < context.learners.count else {
            context.show(.newLearner(NewLearnerForm()))
            return []
        }
        let learner = context.learners[index]
        if learner.hasPIN {
            context.show(.pinEntry(PINEntryState(purpose: .learner(learner))))
            return []
        }
        return [.signIn(learnerID: learner.id)]
    }
}
