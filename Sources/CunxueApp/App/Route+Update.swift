extension AppState.Route {
    /// Hands `input` to the screen's own `update` and keeps the screen's new state here, so no
    /// screen has to write itself back. (A screen that asked for another one in `context` is
    /// replaced by the app afterwards.)
    /// - Returns: the screen's effects.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        switch self {
        case .signIn(var screen):
            defer { self = .signIn(screen) }
            return screen.update(input, context: &context)
        case .newLearner(var screen):
            defer { self = .newLearner(screen) }
            return screen.update(input, context: &context)
        case .pinEntry(var screen):
            defer { self = .pinEntry(screen) }
            return screen.update(input, context: &context)
        case .home(var screen):
            defer { self = .home(screen) }
            return screen.update(input, context: &context)
        case .module(var screen):
            defer { self = .module(screen) }
            return screen.update(input, context: &context)
        case .reader(var screen):
            defer { self = .reader(screen) }
            return screen.update(input, context: &context)
        case .quiz(var screen):
            defer { self = .quiz(screen) }
            return screen.update(input, context: &context)
        case .results(var screen):
            defer { self = .results(screen) }
            return screen.update(input, context: &context)
        case .instructor(var screen):
            defer { self = .instructor(screen) }
            return screen.update(input, context: &context)
        }
    }

    /// Whether the screen takes typed text, so that letters are text there and not commands
    /// such as `L` or `?`.
    var isTypingText: Bool {
        switch self {
        case .newLearner(let form): return form.step == .name
        case .instructor(let screen): return screen.isTypingText
        default: return false
        }
    }
}
