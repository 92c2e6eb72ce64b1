import Foundation
import TerminalKit

/// Runs the app: reads events from the terminal, applies `update`, performs effects, paints.
///
/// The only place besides `EffectPerformer` that does I/O. Clock and terminal are passed in, so
/// a test drives it with a `MemoryTerminal` and a fixed clock.
public final class Runtime {
    /// The state as it is now.
    public private(set) var state: AppState
    private let terminal: any Terminal
    private let performer: any EffectPerformer
    private let clock: @Sendable () -> Date
    private var drawnState: AppState?

    /// Creates a runtime.
    /// - Parameters:
    ///   - state: the state to start in (its size is replaced by the terminal's).
    ///   - terminal: where to draw and read input.
    ///   - performer: what carries out effects.
    ///   - clock: the time source.
    public init(state: AppState, terminal: any Terminal, performer: any EffectPerformer,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.state = state
        self.terminal = terminal
        self.performer = performer
        self.clock = clock
        self.state.size = terminal.size
    }

    /// Runs until the app finishes, then gives the terminal back.
    /// - Parameters:
    ///   - initialEffects: effects to perform before the first paint (load learners).
    ///   - afterFirstPaint: effects to perform right after it, before any input is read (loading
    ///     the course: the welcome screen does not need it, so the person sees it sooner).
    public func run(initialEffects: [Effect] = [.loadLearners], afterFirstPaint: [Effect] = []) {
        defer { terminal.restore() }
        send(.tick(clock()))
        for effect in initialEffects { perform(effect) }
        paint()
        for effect in afterFirstPaint { perform(effect) }
        paint()
        while !state.isFinished {
            let input = terminal.nextEvent(timeoutMilliseconds: 1000)
            send(.tick(clock()))
            if let input { send(.input(input)) }
            paint()
        }
    }

    /// Applies `event` and everything it leads to.
    public func send(_ event: Event) {
        for effect in state.update(event) { perform(effect) }
    }

    /// Draws the current state if it changed since the last paint.
    public func paint() {
        guard drawnState != state else { return }
        terminal.draw(renderScreen(state))
        drawnState = state
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .suspend:
            terminal.suspend()
            drawnState = nil
        default:
            for event in performer.perform(effect) { send(event) }
        }
    }
}
