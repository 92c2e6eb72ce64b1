import TerminalKit

extension AppState {
    /// Rows on the sign-in list: every learner, then "new learner".
    var signInRowCount: Int { learners.count + 1 }

    mutating func handleSignInKey(_ key: Key) -> [Effect] {
        switch key {
        case .up: signInSelection = max(0, signInSelection - 1)
        case .down: signInSelection = min(signInRowCount - 1, signInSelection + 1)
        case .home: signInSelection = 0
        case .end: signInSelection = signInRowCount - 1
        case .character(let c) where c.wholeNumberValue.map { (1...9).contains($0) } ?? false:
            let index = (c.wholeNumberValue ?? 1) - 1
            if index < signInRowCount { signInSelection = index; return chooseSignInRow(index) }
        case .enter: return chooseSignInRow(signInSelection)
        case .character("n"), .character("N"): return chooseSignInRow(learners.count)
        case .escape, .character("q"), .character("Q"): requestQuit()
        case .character("i"), .character("I"):
            route = .instructorPIN(InstructorPINState())
            return [.loadInstructorStatus]
        default: break
        }
        return []
    }

    mutating func handleSignInMouse(_ action: MouseAction, at point: Point) -> [Effect] {
        let rect = SignInView.listRect(for: size, itemCount: signInRowCount)
        switch action {
        case .click:
            let list = SelectList(SignInView.items(self), selected: signInSelection)
            guard let index = list.item(at: point, in: rect) else { return [] }
            signInSelection = index
            return chooseSignInRow(index)
        case .wheelUp: signInSelection = max(0, signInSelection - 1)
        case .wheelDown: signInSelection = min(signInRowCount - 1, signInSelection + 1)
        }
        return []
    }

    /// Opens the row: a learner signs in, the last row starts a new learner.
    mutating func chooseSignInRow(_ index: Int) -> [Effect] {
        signInSelection = index
        guard index < learners.count else {
            route = .newLearner(NewLearnerForm())
            return []
        }
        let learner = learners[index]
        if learner.hasPIN {
            route = .pinEntry(PINEntryState(learner: learner))
            return []
        }
        return [.signIn(learnerID: learner.id)]
    }
}
