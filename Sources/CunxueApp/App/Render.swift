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
