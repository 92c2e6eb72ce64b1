import CunxueApp
import Foundation
import LessonKit
import ProgressKit
import Synchronization
import TerminalKit

/// Key to painted frame through the real `Runtime` and the real effect performer, while every
/// key saves the signed-in learner, durably, as every answer in a quiz does.
///
/// The learner has `attempts` finished attempts (8 answers each). The key is `L` (switch the
/// language), which changes the record and saves all of it: the same save an answer causes.
/// Keys arrive every `intervalMilliseconds` (a fast typist); a key's latency runs from the moment
/// it arrived (or was due, if the app was still busy) to the paint that follows it. Run twice:
/// effects on the background worker (the app), and inline after the paint (a save then keeps the
/// next key waiting, as the Runtime did before effects moved off the input loop).
struct SaveLatency {
    var presses: Int
    var attempts: Int
    var intervalMilliseconds: Int

    func run() {
        say("save-keys: \(presses) keys, one every \(intervalMilliseconds) ms, each saving a learner with \(attempts) attempts × 8 answers")
        let background = measure(.background)
        let inline = measure(.inline)
        for (name, timings) in [("background worker", background.keys), ("inline after paint", inline.keys)] {
            say("  \(name): key → painted frame median \(format(timings.median, 3)) ms, p99 \(format(timings.percentile(0.99), 3)) ms, worst \(format(timings.worst, 3)) ms")
        }
        say("  file \(format(Double(background.fileBytes) / 1024, 1)) KiB; saves written: \(background.saves) (background), \(inline.saves) (inline)")
        say("savekeys_median_ms=\(format(background.keys.median, 3)) savekeys_worst_ms=\(format(background.keys.worst, 3)) savekeys_inline_median_ms=\(format(inline.keys.median, 3)) savekeys_inline_worst_ms=\(format(inline.keys.worst, 3))")
    }

    private struct Result {
        var keys: Timings
        var saves: Int
        var fileBytes: Int
    }

    private func measure(_ mode: Runtime.EffectMode) -> Result {
        let folder = makeTemporaryFolder("cunxue-save-keys")
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = DataDirectory(url: folder)
        let performer = StoreEffects(directory: directory, hasher: PINHasher(iterations: 1_000))
        _ = performer.prepare()
        guard case .signedIn(let created, _)? = performer.perform(.createLearner(name: "测试学员", pin: nil)).first else {
            fail("could not create the learner in \(folder.path)")
        }
        let record = Self.record(created, attempts: attempts)
        let saved = performer.perform(.save(record))
        guard saved.isEmpty else { fail("the first save failed: \(saved)") }
        var state = AppState(size: Size(width: 80, height: 24), language: .zh, now: Date())
        _ = state.update(.signedIn(record, warnings: []))
        let terminal = TimedKeys(presses: presses, interval: UInt64(intervalMilliseconds) * 1_000_000)
        let runtime = Runtime(state: state, terminal: terminal, performer: CountingPerformer(performer), effects: mode)
        runtime.run(initialEffects: [])
        let bytes = (try? FileManager.default.attributesOfItem(atPath: LearnerStore(directory: directory).fileURL(for: record.id).path)[.size] as? Int) ?? 0
        return Result(keys: terminal.latencies, saves: CountingPerformer.saves.withLock { $0 }, fileBytes: bytes)
    }

    private static func record(_ created: LearnerRecord, attempts: Int) -> LearnerRecord {
        var record = created
        let calendar = Calendar(identifier: .gregorian)
        let start = Date(timeIntervalSince1970: 1_750_000_000)
        for index in 0..<attempts {
            let begin = start.addingTimeInterval(Double(index) * 600)
            let attempt = record.startAttempt(quizID: "quiz-\(index % 12)", moduleID: "module-\(index % 6)", at: begin)
            for question in 0..<8 {
                let answer = Answer(questionID: "module-\(index % 6)/quiz-\(index % 12)/问题\(question)", chosen: [question % 4],
                                    correct: (index + question) % 3 != 0, answeredAt: begin.addingTimeInterval(Double(question) * 20 + 5))
                try? record.record(answer, inAttempt: attempt.id, calendar: calendar)
            }
            try? record.finishAttempt(attempt.id, at: begin.addingTimeInterval(170), scorePercent: 66, passed: false)
        }
        return record
    }
}

/// Counts the saves the performer was asked for.
private final class CountingPerformer: EffectPerformer, @unchecked Sendable {
    static let saves = Mutex(0)
    private let inner: StoreEffects
    init(_ inner: StoreEffects) {
        self.inner = inner
        Self.saves.withLock { $0 = 0 }
    }
    func perform(_ effect: Effect) -> [Event] {
        if case .save = effect { Self.saves.withLock { $0 += 1 } }
        return inner.perform(effect)
    }
}

/// A terminal that delivers `L` every `interval` nanoseconds, then Ctrl-C, and times each key to
/// the paint after it.
private final class TimedKeys: Terminal, @unchecked Sendable {
    let size = Size(width: 80, height: 24)
    let supportsColor = false
    private let presses: Int
    private let interval: UInt64
    private var delivered = 0
    private var nextDue: UInt64 = 0
    private var waitingSince: UInt64?
    private(set) var latencies = Timings()

    init(presses: Int, interval: UInt64) {
        self.presses = presses
        self.interval = interval
    }

    func draw(_ screen: Screen) {
        guard let since = waitingSince else { return }
        latencies.add(milliseconds(since: since))
        waitingSince = nil
    }

    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        let now = monotonicNanoseconds()
        if nextDue == 0 { nextDue = now + interval }
        if now < nextDue {
            let wait = min(nextDue - now, UInt64(max(timeoutMilliseconds ?? 1000, 1)) * 1_000_000)
            usleep(UInt32(wait / 1000))
            if monotonicNanoseconds() < nextDue { return nil }
        }
        guard delivered < presses else { return .key(.control("c")) }
        // The key arrived when it was due; if the app was busy, it has been waiting since then.
        waitingSince = nextDue
        nextDue += interval
        delivered += 1
        return .key(.character("L"))
    }

    func restore() {}
    func suspend() {}
}
