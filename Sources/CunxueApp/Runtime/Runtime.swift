import Foundation
import TerminalKit

/// Runs the app: reads events from the terminal, applies `update`, paints the state it returned,
/// and only then starts the effects it asked for. Slow effects (PIN hashing, saves, loading the
/// course, an import) run on an `EffectWorker` off the input loop; their results come back as
/// events, so a key is never kept waiting by the disk and in-between states ("正在核对…") are
/// drawn.
///
/// The only place besides the effect performer that does I/O. Clock and terminal are passed in,
/// so a test drives it with a `MemoryTerminal`, a fixed clock and `.inline` effects.
public final class Runtime {
    /// Where effects run: `.background` in the app, `.inline` in tests.
    public enum EffectMode: Sendable {
        /// On a background thread, results picked up between keys.
        case background
        /// On the Runtime's thread right after the paint, results applied before the next key.
        case inline
    }

    /// The state as it is now.
    public private(set) var state: AppState
    private let terminal: any Terminal
    private let worker: EffectWorker
    private let clock: @Sendable () -> Date
    private let monotonic: MonotonicClock
    /// The wall time and the monotonic clock at start: `steady` time is the one plus the other's
    /// progress since.
    private let start: (wall: Date, monotonic: UInt64)
    private var drawnState: AppState?

    /// How long to wait for a key while effects are running, so their results are shown soon.
    static let busyPollMilliseconds = 10
    /// How long to wait for a key while reading aloud, so the next paragraph follows soon.
    static let speakingPollMilliseconds = 100
    /// How long to wait for a key when nothing runs (the clock ticks at least this often).
    static let idlePollMilliseconds = 1000

    /// Creates a runtime.
    /// - Parameters:
    ///   - state: the state to start in (its size is replaced by the terminal's).
    ///   - terminal: where to draw and read input.
    ///   - performer: what carries out effects.
    ///   - effects: where effects run.
    ///   - clock: the time source (the wall clock: stamps in the learner's file).
    ///   - monotonic: the clock idle time and waits are counted on.
    public init(state: AppState, terminal: any Terminal, performer: any EffectPerformer,
                effects: EffectMode = .background, clock: @escaping @Sendable () -> Date = { Date() },
                monotonic: MonotonicClock = .system) {
        self.state = state
        self.terminal = terminal
        self.worker = EffectWorker(performer: performer, mode: effects == .inline ? .inline : .background)
        self.clock = clock
        self.monotonic = monotonic
        self.start = (clock(), monotonic.now())
        self.state.size = terminal.size
        self.state.ambiguousWidth = terminal.ambiguousWidth  // learned once, at start
    }

    /// Runs until the app finishes, waits for the effects still running (saves), then gives the
    /// terminal back.
    /// - Parameters:
    ///   - initialEffects: effects to finish before the first paint (the list of learners).
    ///   - afterFirstPaint: effects to start right after it (loading the course: the welcome
    ///     screen does not need it, so the person sees it sooner).
    public func run(initialEffects: [Effect] = [.loadLearners], afterFirstPaint: [Effect] = []) {
        defer { terminal.restore() }
        apply(tick())
        initialEffects.forEach(start)
        worker.waitUntilIdle()
        applyResults()
        paint()
        afterFirstPaint.forEach(start)
        while !state.isFinished {
            applyResults()
            if state.isFinished { break }
            let wait = worker.isBusy ? Self.busyPollMilliseconds
                : state.readAloud != nil ? Self.speakingPollMilliseconds : Self.idlePollMilliseconds
            let input = terminal.nextEvent(timeoutMilliseconds: wait)
            send(tick())
            if let input { send(.input(input)) }
        }
        worker.waitUntilIdle()
    }

    /// Applies `event`, paints the result, then starts the effects it asked for.
    public func send(_ event: Event) {
        let effects = state.update(event)
        paint()
        effects.forEach(start)
    }

    /// Draws the current state if it changed since the last paint.
    public func paint() {
        guard drawnState != state else { return }
        terminal.draw(renderScreen(state))
        drawnState = state
    }

    /// The clock now: the wall time, and the steady time for idle time and waits.
    public func tick() -> Event {
        let elapsed = Double(monotonic.now() &- start.monotonic) / 1_000_000_000
        return .tick(clock(), steady: start.wall.addingTimeInterval(elapsed))
    }

    /// Applies `event` without painting (before the first paint).
    private func apply(_ event: Event) {
        state.update(event).forEach(start)
    }

    /// Feeds the results of finished effects back into `update`, painting after each.
    private func applyResults() {
        for event in worker.takeResults() { send(event) }
    }

    /// Starts one effect. Suspending belongs to the terminal, on this thread; everything else
    /// goes to the worker, in order.
    private func start(_ effect: Effect) {
        if case .suspend = effect {
            terminal.suspend()
            drawnState = nil
        } else {
            worker.submit(effect)
        }
    }
}
