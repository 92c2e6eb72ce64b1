import TerminalKit

/// Draws `state` into `screen`. Pure: the same state always gives the same cells.
public func render(_ state: AppState, into screen: inout Screen) {
    screen.clear()
    screen.cursor = nil
    if screen.size.width < 60 || screen.size.height < 20 {
        Chrome.renderTooSmall(state, into: &screen)
        return
    }
    switch state.route {
    case .signIn: SignInView.render(state, into: &screen)
    case .newLearner(let form): NewLearnerView.render(form, state, into: &screen)
    case .pinEntry(let entry): PINEntryView.render(entry, state, into: &screen)
    case .home(let home): HomeView.render(home, state, into: &screen)
    case .module(let page): ModulePageView.render(page, state, into: &screen)
    case .reader(let reader): ReaderView.render(reader, state, into: &screen)
    case .quiz(let session): QuizView.render(session, state, into: &screen)
    case .results(let result): ResultsView.render(result, state, into: &screen)
    case .instructorPIN(let entry): InstructorView.renderPIN(entry, state, into: &screen)
    case .instructor(let instructor): InstructorView.render(instructor, state, into: &screen)
    }
    if let overlay = state.overlay {
        screen.cursor = nil
        OverlayView.render(overlay, state, into: &screen)
    }
}

/// A screen of `state.size` with `state` drawn on it.
public func renderScreen(_ state: AppState) -> Screen {
    var screen = Screen(size: state.size)
    render(state, into: &screen)
    return screen
}
