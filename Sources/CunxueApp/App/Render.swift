import TerminalKit

/// Draws `state` into `screen`. Pure: the same state always gives the same cells.
public func render(_ state: AppState, into screen: inout Screen) {
    screen.clear()
    screen.cursor = nil
    let context = state.screenContext
    if Chrome.isTooSmall(screen.size) {
        Chrome.renderTooSmall(context, into: &screen)
        return
    }
    switch state.route {
    case .signIn(let signIn): SignInView.render(signIn, context, into: &screen)
    case .newLearner(let form): NewLearnerView.render(form, context, into: &screen)
    case .pinEntry(let entry): PINEntryView.render(entry, context, into: &screen)
    case .home(let home): HomeView.render(home, context, into: &screen)
    case .module(let page): ModulePageView.render(page, context, into: &screen)
    case .notebook(let notebook): NotebookView.render(notebook, context, into: &screen)
    case .reader(let reader): ReaderView.render(reader, context, into: &screen)
    case .quiz(let session): QuizView.render(session, context, into: &screen)
    case .results(let result): ResultsView.render(result, context, into: &screen)
    case .scenario(let scenario): ScenarioView.render(scenario, context, into: &screen)
    case .instructor(let instructor): InstructorView.render(instructor, context, into: &screen)
    case .worksheet(let sheet): WorksheetView.render(sheet, context, into: &screen)
    }
    if let overlay = state.overlay {
        screen.cursor = nil
        OverlayView.render(overlay, route: state.route, idleSecondsLeft: state.idleSecondsLeft, context, into: &screen)
    }
}

/// A screen of `state.size` with `state` drawn on it.
public func renderScreen(_ state: AppState) -> Screen {
    var screen = Screen(size: state.size)
    render(state, into: &screen)
    return screen
}
