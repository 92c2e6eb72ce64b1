import Foundation
import Synchronization
import Testing
import ProgressKit
import TerminalKit
@testable import CunxueApp

/// Issue 12, item 3: answers whose save failed (a full disk) are kept, retried, put in a recovery
/// file when the learner leaves, and merged back at the next start. The disk "fills" by taking
/// the `learners` folder away (every write then fails, as root too); putting it back is "space
/// again".
@Suite("Unsaved answers")
struct UnsavedAnswersTests {
    private struct Station {
        let data: URL
        let recovery: URL
        var learners: URL { data.appendingPathComponent("learners") }
        var away: URL { data.appendingPathComponent("learners-away") }

        init() throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-unsaved-\(UUID().uuidString)")
            data = root.appendingPathComponent("data")
            recovery = root.appendingPathComponent("state/recovery")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        }

        func performer(recovery folders: [URL]? = nil, at time: Date = testNow) -> StoreEffects {
            StoreEffects(directory: DataDirectory(url: data), hasher: PINHasher(iterations: 1_000),
                         recovery: RecoveryStore(folders: folders ?? [recovery]), clock: { time })
        }

        func fillDisk() throws { try FileManager.default.moveItem(at: learners, to: away) }
        func freeDisk() throws { try FileManager.default.moveItem(at: away, to: learners) }
        func remove() { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
    }

    /// A record with one answered question, as the quiz screen saves it.
    private func answered(_ record: LearnerRecord, question: String) throws -> LearnerRecord {
        var changed = record
        let attempt = changed.startAttempt(id: "attempt-\(question)", quizID: "q", moduleID: "m", at: testNow)
        try changed.record(Answer(questionID: question, chosen: [1], correct: false, answeredAt: testNow),
                           inAttempt: attempt.id, calendar: utcCalendar)
        return changed
    }

    private func created(_ effects: StoreEffects, name: String = "王芳") throws -> LearnerRecord {
        guard case .signedIn(let record, _) = effects.perform(.createLearner(name: name, pin: nil)).first else {
            throw CancellationError()
        }
        return record
    }

    private func notices(_ events: [Event]) -> [Notice] {
        events.compactMap { if case .notice(let notice) = $0 { notice } else { nil } }
    }

    @Test func signingOutOnAFullDiskKeepsTheAnswersInARecoveryFileAndTheNextStartPutsThemBack() throws {
        let station = try Station()
        defer { station.remove() }
        let effects = station.performer()
        let record = try answered(try created(effects), question: "q1")
        try station.fillDisk()
        #expect(notices(effects.perform(.save(record))).first?.kind == .error)
        // The sign-out the app sends: save, sign out, list again.
        _ = effects.perform(.save(record))
        let said = notices(effects.perform(.signOut(learnerID: record.id)))
        let told = try #require(said.first)
        #expect(told.zh.hasPrefix("磁盘满了，王芳 的答案没能存进学习记录，已经另外存到恢复文件里"))
        #expect(told.zh.contains("告诉老师"))
        let files = RecoveryStore(folders: [station.recovery]).files()
        #expect(files.count == 1)
        let file = try #require(files.first)
        #expect(told.zh.contains(file.url.path))
        #expect(file.url.lastPathComponent.hasPrefix(record.id + "."))
        let mode = try FileManager.default.attributesOfItem(atPath: file.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try RecoveryStore(folders: [station.recovery]).read(file).attempts.first?.answers.map(\.questionID) == ["q1"])
        #expect(effects.messagesAfterExit.count == 1)

        // Space again; the next start merges the file back and says so.
        try station.freeDisk()
        let next = station.performer(at: testNow.addingTimeInterval(60))
        let start = notices(next.prepare())
        #expect(start.map(\.zh) == ["上次磁盘满时没保存上的答案已经找回来，放回了学习记录：王芳。"])
        let loaded = try LearnerStore(directory: DataDirectory(url: station.data)).load(id: record.id, now: testNow).record
        #expect(loaded.attempts.flatMap(\.answers).map(\.questionID) == ["q1"])
        #expect(RecoveryStore(folders: [station.recovery]).files().isEmpty)
        #expect(next.prepare().isEmpty)  // merged once
    }

    @Test func aLaterSaveWritesTheAnswersKeptFromAFailedOne() throws {
        let station = try Station()
        defer { station.remove() }
        let effects = station.performer()
        let first = try answered(try created(effects), question: "q1")
        try station.fillDisk()
        _ = effects.perform(.save(first))
        try station.freeDisk()
        // Any later effect tries again, and says the answers are saved now.
        #expect(notices(effects.perform(.loadLearners)).map(\.zh).contains("之前没保存上的答案，现在已经保存好了。"))
        let store = LearnerStore(directory: DataDirectory(url: station.data))
        #expect(try store.load(id: first.id, now: testNow).record.attempts.count == 1)

        // A failed save, then at once a save of a record without those answers: both are kept.
        try station.fillDisk()
        let second = try answered(first, question: "q2")
        _ = effects.perform(.save(second))
        try station.freeDisk()
        var older = first
        older.learner.preferredLanguage = "en"
        _ = effects.perform(.save(older))
        let saved = try store.load(id: first.id, now: testNow).record
        #expect(Set(saved.attempts.flatMap(\.answers).map(\.questionID)) == ["q1", "q2"])
        #expect(saved.learner.preferredLanguage == "en")
    }

    @Test func whenNothingCanBeWrittenTheAppKeepsTheAnswersAndSaysSo() throws {
        let station = try Station()
        defer { station.remove() }
        // The only recovery place is under a file: it cannot be made.
        let blocker = station.data.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let effects = station.performer(recovery: [blocker.appendingPathComponent("recovery")])
        let record = try answered(try created(effects), question: "q1")
        try station.fillDisk()
        _ = effects.perform(.save(record))
        let said = notices(effects.perform(.signOut(learnerID: record.id)))
        #expect(said.first?.zh.contains("请不要关掉村学") == true)
        // The lock is kept (nobody else may write her file meanwhile) and space brings them in.
        try station.freeDisk()
        _ = effects.perform(.loadLearners)
        let store = LearnerStore(directory: DataDirectory(url: station.data))
        #expect(try store.load(id: record.id, now: testNow).record.attempts.count == 1)
        // Leaving for good with nothing writable says the answers are lost, after the app ends.
        let other = try answered(record, question: "q2")
        _ = effects.perform(.signIn(learnerID: record.id))
        try station.fillDisk()
        _ = effects.perform(.save(other))
        _ = effects.perform(.quit)
        #expect(effects.messagesAfterExit.map(\.zh).contains { $0.contains("没有留下来") })
        try station.freeDisk()
    }

    /// The idle sign-out through the Runtime, as the app runs it: no key for two minutes.
    @Test func theIdleSignOutOnAFullDiskKeepsTheAnswers() throws {
        let station = try Station()
        defer { station.remove() }
        let clock = TestClock(testNow)
        let effects = StoreEffects(directory: DataDirectory(url: station.data), hasher: PINHasher(iterations: 1_000),
                                   recovery: RecoveryStore(folders: [station.recovery]), clock: { clock.now })
        let record = try created(effects)
        var state = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary,
                             idleMinutes: 1, calendar: utcCalendar, seed: 42)
        _ = state.update(.signedIn(try answered(record, question: "q1"), warnings: []))
        try station.fillDisk()
        let terminal = IdleTerminal(clock: clock, turns: 20)
        let runtime = Runtime(state: state, terminal: terminal, performer: effects, effects: .inline,
                              clock: { clock.now }, monotonic: clock.monotonic)
        runtime.run(initialEffects: [])
        #expect(runtime.state.isFinished)
        #expect(terminal.screens.contains { $0.contains("磁盘满了，王芳 的答案没能存进学习记录") })
        #expect(RecoveryStore(folders: [station.recovery]).files().count == 1)
        try station.freeDisk()
    }
}

/// A terminal where nobody presses a key: each wait moves the clock on 10 seconds; after
/// `turns` waits, Ctrl-C.
final class IdleTerminal: Terminal {
    let size = Size(width: 80, height: 24)
    let supportsColor = false
    let clock: TestClock
    var turns: Int
    var screens: [String] = []
    init(clock: TestClock, turns: Int) {
        self.clock = clock
        self.turns = turns
    }
    func draw(_ screen: Screen) { screens.append(screen.text) }
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        turns -= 1
        if turns < 0 { return .key(.control("c")) }
        clock.advance(10)
        return nil
    }
    func restore() {}
    func suspend() {}
}

/// A clock a test moves by hand.
final class TestClock: Sendable {
    private let time: Mutex<Date>
    init(_ start: Date) { time = Mutex(start) }
    var now: Date { time.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { time.withLock { $0 = $0.addingTimeInterval(seconds) } }
    /// A monotonic clock that moves with this one (set the wall clock with `step`, not `advance`,
    /// to move only the wall clock).
    var monotonic: MonotonicClock {
        MonotonicClock { [self] in UInt64(max(0, (self.now.timeIntervalSince(testNow) - self.stepped) * 1e9)) + 1_000_000_000 }
    }
    private let steps = Mutex(0.0)
    /// How far the wall clock was stepped (it moves `now`, but not `monotonic`).
    var stepped: TimeInterval { steps.withLock { $0 } }
    /// Steps the wall clock by `seconds` (an NTP step, a person setting the date).
    func step(_ seconds: TimeInterval) {
        steps.withLock { $0 += seconds }
        advance(seconds)
    }
}
