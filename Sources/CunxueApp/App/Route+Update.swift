/// A screen: a state that only its own `update` changes (see docs/architecture.md).
protocol ScreenState: Sendable, Equatable {
    /// Applies a key, a click or an effect's result to the screen.
    /// - Parameters:
    ///   - input: what happened.
    ///   - context: what screens share; the screen may change the record, the random source and
    ///     the notice, and ask for another screen, signing out, quitting or an overlay.
    /// - Returns: the effects for the Runtime to perform, in order.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect]
}

extension AppState.Route {
    /// Hands `input` to the screen's own `update` and keeps the screen's new state here, so no
    /// screen has to write itself back. (A screen that asked for another one in `context` is
    /// replaced by the app afterwards.)
    /// - Returns: the screen's effects.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        switch self {
        case .signIn(let screen): return step(screen, Self.signIn, input, &context)
        case .newLearner(let screen): return step(screen, Self.newLearner, input, &context)
        case .pinEntry(let screen): return step(screen, Self.pinEntry, input, &context)
        case .home(let screen): return step(screen, Self.home, input, &context)
        case .module(let screen): return step(screen, Self.module, input, &context)
        case .notebook(let screen): return step(screen, Self.notebook, input, &context)
        case .reader(let screen): return step(screen, Self.reader, input, &context)
        case .quiz(let screen): return step(screen, Self.quiz, input, &context)
        case .results(let screen): return step(screen, Self.results, input, &context)
        case .scenario(let screen): return step(screen, Self.scenario, input, &context)
        case .instructor(let screen): return step(screen, Self.instructor, input, &context)
        case .worksheet(let screen): return step(screen, Self.worksheet, input, &context)
        case .settings(let screen): return step(screen, Self.settings, input, &context)
        }
    }

    /// Runs `screen`'s update and stores the result as the route `wrap` makes of it.
    private mutating func step<S: ScreenState>(_ screen: S, _ wrap: (S) -> Self, _ input: ScreenInput,
                                               _ context: inout ScreenContext) -> [Effect] {
        var screen = screen
        defer { self = wrap(screen) }
        return screen.update(input, context: &context)
    }

    /// Whether this is the sign-in screen, where no letter does anything (a person may type
    /// her name there).
    var isSignIn: Bool {
        if case .signIn = self { return true }
        return false
    }

    /// Whether the screen takes typed text, so that letters are text there and not commands
    /// such as `L` or `?`.
    var isTypingText: Bool {
        switch self {
        case .newLearner(let form): return form.step == .name
        case .instructor(let screen): return screen.isTypingText
        case .worksheet(let screen): return screen.isTypingText
        default: return false
        }
    }
}
