import Foundation

/// Carries out effects one after another, away from the input loop, and keeps their results
/// until the Runtime takes them — as Bubble Tea runs a `Cmd` and sends back its `Msg`.
///
/// Effects run in the order they were submitted (a save submitted before a quit is written before
/// the locks are let go). A save still waiting to start is replaced by a newer save of the same
/// learner submitted right after it: the newer record holds everything the older one did, so a
/// learner answering faster than the disk writes never builds a queue. The performer is only ever called from the worker's own serial queue,
/// or, in `.inline` mode, from the caller's thread; never from two threads at once.
final class EffectWorker: @unchecked Sendable {
    /// Where effects run.
    enum Mode: Sendable {
        /// On a background serial queue (the app).
        case background
        /// Right away on the caller's thread, results kept for the next `takeResults()` (tests:
        /// the same order as the background, without threads).
        case inline
    }

    private let performer: any EffectPerformer
    private let mode: Mode
    private let queue = DispatchQueue(label: "cunxue.effects", qos: .userInitiated)
    private let lock = NSLock()
    private var results: [Event] = []
    private var waiting: [Effect] = []
    private var running = 0
    private var isDraining = false

    init(performer: any EffectPerformer, mode: Mode) {
        self.performer = performer
        self.mode = mode
        performer.connect { [weak self] events in self?.post(events) }
    }

    /// Keeps events that arrive after their effect has returned (the end of reading aloud).
    func post(_ events: [Event]) {
        lock.withLock { results.append(contentsOf: events) }
    }

    /// Starts `effect`; its events come back through `takeResults()`.
    func submit(_ effect: Effect) {
        switch mode {
        case .inline:
            lock.withLock { running += 1 }
            finish(performer.perform(effect))
        case .background:
            let startDrain = lock.withLock { () -> Bool in
                if case .save(let newer) = effect, case .save(let older)? = waiting.last, older.id == newer.id {
                    waiting[waiting.count - 1] = effect
                    return false
                }
                waiting.append(effect)
                running += 1
                defer { isDraining = true }
                return !isDraining
            }
            if startDrain { queue.async { [self] in drain() } }
        }
    }

    /// Performs waiting effects one by one until none is left.
    private func drain() {
        while let effect = lock.withLock({ () -> Effect? in
            guard !waiting.isEmpty else { isDraining = false; return nil }
            return waiting.removeFirst()
        }) {
            finish(performer.perform(effect))
        }
    }

    /// Whether an effect is still running or waiting to run.
    var isBusy: Bool { lock.withLock { running > 0 } }

    /// The events of finished effects, oldest first, removed from the worker.
    func takeResults() -> [Event] {
        lock.withLock {
            defer { results.removeAll() }
            return results
        }
    }

    /// Blocks until every submitted effect has run (used when the app ends).
    func waitUntilIdle() {
        if case .background = mode { queue.sync {} }
    }

    private func finish(_ events: [Event]) {
        lock.withLock {
            results.append(contentsOf: events)
            running -= 1
        }
    }
}
