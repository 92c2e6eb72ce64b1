import Foundation

/// What a report needs to check in a record read from a file.
extension LearnerRecord {
    /// Every module id the record mentions: in reading states, attempts and the notebook.
    var moduleIDs: Set<String> {
        var ids = Set(reading.keys.map(\.moduleID))
        ids.formUnion(attempts.map(\.moduleID))
        ids.formUnion(notebook.entries.values.map(\.moduleID))
        return ids
    }

    /// The record without anything of the modules `ids`.
    func withoutModules(_ ids: Set<String>) -> LearnerRecord {
        LearnerRecord(learner: learner,
                      reading: reading.filter { !ids.contains($0.key.moduleID) },
                      attempts: attempts.filter { !ids.contains($0.moduleID) },
                      notebook: MistakeNotebook(entries: notebook.entries.values.filter { !ids.contains($0.moduleID) }))
    }

    /// Every date in the record.
    var allDates: [Date] {
        var dates = [learner.createdAt] + [learner.lastActiveAt, learner.pinFailures.lastFailureAt].compactMap { $0 }
        for state in reading.values { dates += [state.openedAt, state.finishedAt, state.lastReadAt].compactMap { $0 } }
        for attempt in attempts {
            dates.append(attempt.startedAt)
            if let ended = attempt.endedAt { dates.append(ended) }
            dates += attempt.answers.map(\.answeredAt)
        }
        for entry in notebook.entries.values { dates += [entry.dueAt, entry.lastAnsweredAt] + [entry.retiredAt].compactMap { $0 } }
        return dates
    }
}
