import Foundation
import Synchronization
import ProgressKit

/// The app's one effect performer: every `Effect` has its case in `perform(_:)` (no `default:`),
/// learner files, locks and PINs here, the instructor's effects through `InstructorEffects`.
/// The Runtime calls it from its effect worker, one effect at a time, in order.
///
/// Holds the lock of the signed-in learner for as long as they are signed in, so a second copy
/// of the app can say who holds it instead of overwriting.
public final class StoreEffects: EffectPerformer {
    let store: LearnerStore
    let clock: @Sendable () -> Date
    private let hasher: PINHasher
    var locks: [String: LearnerLock] = [:]
    /// Where records that cannot be saved go when their learner leaves; nil: nowhere (tests).
    let recovery: RecoveryStore?
    /// Records whose last save failed, by learner id, kept until a save succeeds or they are in a
    /// recovery file. Every later effect tries them again.
    var unsaved: [String: LearnerRecord] = [:]
    /// What the person must still be told when the app has ended (printed after the terminal is
    /// given back): where answers were kept, or that they could not be kept.
    public internal(set) var messagesAfterExit: [Notice] = []
    /// Reads text aloud; nil where the app has no speech (tests).
    public var speaker: Speaker?
    private var post: @Sendable ([Event]) -> Void = { _ in }
    /// The number of the utterance being read; a newer start or a stop moves it on.
    private let utterances = UtteranceCounter()
    /// Performs the instructor's effects (class, PIN, import); nil where the app has none.
    public var instructor: InstructorEffects?

    /// Creates a performer for `directory`.
    /// - Parameters:
    ///   - hasher: how new PINs are hashed (tests use fewer iterations).
    ///   - recovery: where answers that cannot be saved are kept when their learner leaves
    ///     (`RecoveryStore.standard` in the app).
    public init(directory: DataDirectory, hasher: PINHasher = PINHasher(), recovery: RecoveryStore? = nil,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = LearnerStore(directory: directory)
        self.hasher = hasher
        self.recovery = recovery
        self.clock = clock
    }

    deinit { releaseAll() }

    /// Creates the data folders, removes temporary files left by a killed process, and merges
    /// recovery files (answers a full disk kept out of a learner's file) back.
    /// - Returns: notices for the person (nothing when all is well).
    public func prepare() -> [Event] {
        do {
            _ = try store.prepare(now: clock())
            return mergeRecoveryFiles(now: clock())
        } catch {
            return [.notice(Notice(.error, error.message(now: clock())))]
        }
    }

    public func perform(_ effect: Effect) -> [Event] {
        let now = clock()
        let retried = retryUnsaved(before: effect, now: now)
        return retried + performOne(effect, now: now)
    }

    private func performOne(_ effect: Effect, now: Date) -> [Event] {
        do {
            switch effect {
            case .loadLearners:
                let listing = try store.list(now: now)
                let learners = listing.learners.sorted { a, b in
                    (a.lastActiveAt ?? a.createdAt) > (b.lastActiveAt ?? b.createdAt)
                }.map(LearnerSummary.init(overview:))
                return [.learnersLoaded(learners)] + listing.warnings.prefix(1).map { .notice(Notice(.warning, $0.briefMessage)) }
            case .createLearner(let name, let pin):
                // The sign-in list may be older than the folder (another station, the CLI).
                let names = try store.list(now: now).learners.map(\.displayName)
                if let clash = DisplayName.clash(of: name, with: names) {
                    return [.notice(Notice(.warning) { $0.nameClash(clash) })]
                }
                var record = try store.add(displayName: name, at: now)
                let lock = try store.lock(id: record.id, displayName: record.learner.displayName, at: now)
                if let pin { record.learner.pin = try? hasher.hash(pin) }
                try store.save(record, with: lock)
                locks[record.id] = lock
                return [.signedIn(record, warnings: [])]
            case .signIn(let id):
                let lock = try locks[id] ?? store.lock(id: id, displayName: nil, at: now)
                locks[id] = lock
                let loaded = try store.load(id: id, now: now)
                // Answers still waiting for a save (this process) belong to her record.
                return [.signedIn(withUnsaved(loaded.record), warnings: loaded.warnings.map { Notice(.warning, $0.message) })]
            case .checkPIN(let id, let pin):
                let lock = try locks[id] ?? store.lock(id: id, displayName: nil, at: now)
                var record = try store.load(id: id, now: now).record
                guard let stored = record.learner.pin else {
                    locks[id] = lock
                    return [.pinChecked(learnerID: id, correct: true, failures: 0, waitUntil: nil)]
                }
                guard PINHasher.isUsable(stored) else {
                    if locks[id] == nil { lock.release() }
                    throw StoreError.damagedPIN(path: store.fileURL(for: id).path, instructor: false)
                }
                let before = record.learner.pinFailures
                let outcome = PINThrottle().check(pin, against: stored, failures: &record.learner.pinFailures, at: now)
                if record.learner.pinFailures != before { try store.save(record, with: lock) }
                switch outcome {
                case .accepted:
                    locks[id] = lock
                    return [.pinChecked(learnerID: id, correct: true, failures: 0, waitUntil: nil)]
                case .rejected(let failures, let wait):
                    // A lock this process already held (answers still waiting for a save) stays.
                    if locks[id] == nil { lock.release() }
                    return [.pinChecked(learnerID: id, correct: false, failures: failures, waitUntil: wait?.until)]
                case .mustWait(let wait):
                    if locks[id] == nil { lock.release() }
                    return [.pinChecked(learnerID: id, correct: false, failures: record.learner.pinFailures.count, waitUntil: wait.until)]
                }
            case .save(let record):
                guard let lock = locks[record.id] else { throw StoreError.lockNotHeld(id: record.id) }
                let full = withUnsaved(record)
                let hadUnsaved = unsaved[record.id] != nil
                do {
                    try store.save(full, with: lock)
                    unsaved[record.id] = nil
                } catch {
                    unsaved[record.id] = full
                    throw error
                }
                return hadUnsaved ? [.notice(Notice(.info) { $0.unsavedNowSaved })] : []
            case .signOut(let id):
                if let kept = keepUnsaved(of: id, now: now, leaving: false) { return kept }
                locks.removeValue(forKey: id)?.release()
                return []
            case .speak(let text, let language, let rate):
                return speak(text, language: language, rate: rate)
            case .stopSpeaking:
                utterances.withLock { $0 += 1 }
                speaker?.stop()
                return []
            case .quit:
                speaker?.stop()
                let kept = unsaved.keys.sorted().flatMap { keepUnsaved(of: $0, now: now, leaving: true) ?? [] }
                releaseAll()
                return kept
            case .suspend:
                return []  // the Runtime suspends the terminal itself; nothing to do here
            case .loadCourse:
                return instructor?.loadCourse() ?? []
            case .checkLessons:
                return instructor?.checkLessons() ?? []
            case .loadInstructorStatus:
                return instructor?.loadStatus(now: now) ?? []
            case .checkInstructorPIN(let pin):
                return instructor?.checkPIN(pin, now: now) ?? []
            case .loadClass:
                return instructor?.loadClass(now: now) ?? []
            case .resetPIN(let id):
                return instructor?.resetPIN(id, now: now) ?? []
            case .rename(let id, let name):
                return instructor?.rename(id, to: name, now: now) ?? []
            case .remove(let id):
                return instructor?.remove(id, now: now) ?? []
            case .previewImport(let path):
                return instructor?.previewImport(path) ?? []
            case .runImport(let path, let replace):
                return instructor?.runImport(path, replace: replace) ?? []
            case .suggestExportFolder:
                return instructor?.suggestExportFolder() ?? []
            case .exportSheets(let id, let folder, let language):
                return instructor?.exportSheets(id, into: folder, language: language) ?? []
            case .listFolders(let path):
                return instructor?.listFolders(path) ?? []
            case .changeInstructorPIN(let current, let new):
                return instructor?.changePIN(current: current, new: new, now: now) ?? []
            }
        } catch let error as StoreError {
            return failed(effect, Notice(.error, error.message(now: now)))
        } catch {
            return failed(effect, Notice(.error, zh: "出错了：\(error)", en: "Something went wrong: \(error)"))
        }
    }

    /// What an effect that threw says: a PIN check ends the PIN screen's wait with the message.
    private func failed(_ effect: Effect, _ notice: Notice) -> [Event] {
        if case .checkPIN = effect { return [.pinCheckFailed(notice)] }
        return [.notice(notice)]
    }

    public func connect(_ post: @escaping @Sendable ([Event]) -> Void) {
        self.post = post
    }

    /// Starts reading aloud; the end comes back later as `.speechEnded`.
    private func speak(_ text: String, language: UILanguage, rate: Int) -> [Event] {
        guard let speaker, speaker.engine != nil else {
            return [.speechEnded(spokenToTheEnd: false), .notice(Notice(.warning) { $0.noSpeechEngine })]
        }
        let post = self.post
        // Only the utterance still wanted may report its end: a stopped or replaced one ending
        // late must not end the reading that followed it (R, R, R pressed quickly).
        let utterance = utterances.withLock { $0 += 1; return $0 }
        let utterances = self.utterances
        let started = speaker.speak(text, language: language, rate: rate) { spokenToTheEnd in
            if utterances.withLock({ $0 }) == utterance { post([.speechEnded(spokenToTheEnd: spokenToTheEnd)]) }
        }
        return started ? [] : [.speechEnded(spokenToTheEnd: false), .notice(Notice(.warning) { $0.speechFailed })]
    }

    private func releaseAll() {
        for lock in locks.values { lock.release() }
        locks.removeAll()
    }
}

/// A counter shared with the speech engine's finishing thread.
private final class UtteranceCounter: Sendable {
    private let value = Mutex(0)
    func withLock<R>(_ body: (inout Int) -> R) -> R { value.withLock { body(&$0) } }
}
