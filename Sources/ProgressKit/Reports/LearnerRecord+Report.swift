import Foundation

/// What a report needs to check in a record read from a file.
extension LearnerRecord {
    /// Every module id the record mentions: in reading states, attempts, the notebook,
    /// rehearsal runs and worksheets.
    var moduleIDs: Set<String> {
        var ids = Set(reading.keys.map(\.moduleID))
        ids.formUnion(attempts.map(\.moduleID))
        ids.formUnion(notebook.entries.values.map(\.moduleID))
        ids.formUnion(scenarioRuns.map(\.moduleID))
        ids.formUnion(worksheets.map { String($0.id.prefix { $0 != "/" }) })
        return ids
    }

    /// The record without anything of the modules `ids`.
    func withoutModules(_ ids: Set<String>) -> LearnerRecord {
        var result = LearnerRecord(learner: learner,
                                   reading: reading.filter { !ids.contains($0.key.moduleID) },
                                   attempts: attempts.filter { !ids.contains($0.moduleID) },
                                   notebook: MistakeNotebook(entries: notebook.entries.values.filter { !ids.contains($0.moduleID) }))
        result.worksheets = worksheets.filter { !ids.contains(String($0.id.prefix { $0 != "/" })) }
        for run in scenarioRuns where !ids.contains(run.moduleID) { result.insertOrMerge(run) }
        return result
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
        for run in scenarioRuns { dates += [run.startedAt] + run.steps.map(\.at) }
        for sheet in worksheets { dates += [sheet.updatedAt] + [sheet.startedAt, sheet.finishedAt].compactMap { $0 } }
        return dates
    }
}
