import Foundation
import ProgressKit

/// Answers whose save failed (a full disk): kept by the performer, tried again before every later
/// effect, merged into every later save of the same learner, and — when the learner leaves and
/// they still cannot be written — put in a recovery file elsewhere, which the next start merges
/// back. An answer acknowledged on screen never disappears without a word.
extension StoreEffects {
    /// `record` with the answers still waiting for a save merged in.
    func withUnsaved(_ record: LearnerRecord) -> LearnerRecord {
        guard let pending = unsaved[record.id], let merged = try? LearnerRecord.merge(pending, record) else { return record }
        return merged
    }

    /// Tries again to save every record still waiting (but one the effect saves itself).
    /// - Returns: a notice when some were saved now.
    func retryUnsaved(before effect: Effect, now: Date) -> [Event] {
        var saved = false
        for (id, record) in unsaved.sorted(by: { $0.key < $1.key }) {
            guard let lock = locks[id] else { continue }
            // A save of the same learner saves the two merged itself.
            if case .save(let newer) = effect, newer.id == id { continue }
            if (try? store.save(record, with: lock)) != nil {
                unsaved[id] = nil
                saved = true
            }
        }
        return saved ? [.notice(Notice(.info) { $0.unsavedNowSaved })] : []
    }

    /// A learner leaves (signs out, or the app ends) while her last answers are still unsaved:
    /// they go to a recovery file and the lock is released; when no recovery file can be
    /// written either, the record stays here (and the lock held) for later tries.
    /// - Parameter leaving: the app is ending (the message is also kept for after it).
    /// - Returns: nil when nothing was waiting for `id`; else what to tell the learner.
    func keepUnsaved(of id: String, now: Date, leaving: Bool) -> [Event]? {
        guard let record = unsaved[id] else { return nil }
        let name = record.learner.displayName
        if let recovery, let url = try? recovery.write(record, now: now) {
            unsaved[id] = nil
            locks.removeValue(forKey: id)?.release()
            let notice = Notice(.error) { $0.answersInRecoveryFile(name, path: SafeText.clean(url.path)) }
            messagesAfterExit.append(notice)
            return [.notice(notice)]
        }
        if leaving {
            messagesAfterExit.append(Notice(.error) { $0.answersLostAtExit(name) })
        }
        return [.notice(Notice(.error) { $0.answersOnlyInMemory(name) })]
    }

    /// Merges the recovery files of learners of this data directory back into their files.
    /// Files of learners not here (another data directory) are left alone; a file that cannot
    /// be merged yet stays for the next start.
    /// - Returns: what to tell the person at the sign-in screen.
    func mergeRecoveryFiles(now: Date) -> [Event] {
        guard let recovery else { return [] }
        var merged: [String] = []
        var problems: [Notice] = []
        for file in recovery.files() where FileManager.default.fileExists(atPath: store.fileURL(for: file.learnerID).path) {
            do throws(StoreError) {
                let record = try recovery.read(file)
                let lock = try store.lock(id: file.learnerID, displayName: record.learner.displayName, at: now)
                defer { lock.release() }
                let saved = try store.merge(record, with: lock, now: now)
                recovery.remove(file)
                if !merged.contains(saved.learner.displayName) { merged.append(saved.learner.displayName) }
            } catch {
                let reason = error.message(now: now)
                let path = SafeText.clean(file.url.path)
                problems.append(Notice(.warning, zh: Strings(.zh).recoveryNotMerged(path, reason: reason.zh),
                                       en: Strings(.en).recoveryNotMerged(path, reason: reason.en)))
            }
        }
        var events = problems.prefix(1).map { Event.notice($0) }
        if !merged.isEmpty { events.append(.notice(Notice(.info) { $0.recoveredAnswers(merged) })) }
        return events
    }
}
