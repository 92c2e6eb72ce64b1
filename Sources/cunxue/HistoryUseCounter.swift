import Foundation
import LessonKit
import ProgressKit

/// Counts the learners on this PC with history of a lesson or question, for what an import or a
/// removal says it detaches. Learner files are only read (never written); an unreadable one is
/// left out of the counts.
struct HistoryUseCounter {
    private var records: [LearnerRecord] = []

    /// Reads every learner of `directory`.
    init(directory: DataDirectory) {
        let store = LearnerStore(directory: directory)
        guard let listing = try? store.list(now: Date()) else { return }
        records = listing.learners.compactMap { try? LearnerStore.readRecord(at: store.fileURL(for: $0.id)) }
    }

    /// How many learners have history of `use`.
    func count(_ use: HistoryUse) -> Int {
        switch use {
        case .lesson(let moduleID, let lessonID):
            let key = LessonKey(moduleID: moduleID, lessonID: lessonID)
            return records.filter { $0.reading[key] != nil }.count
        case .question(let id):
            return records.filter { record in
                record.notebook.entries[id] != nil || record.attempts.contains { $0.answer(to: id) != nil }
            }.count
        }
    }

    /// How many learners have any history of the module `moduleID`.
    func count(moduleID: String) -> Int {
        records.filter { record in
            record.reading.keys.contains { $0.moduleID == moduleID } || record.attempts.contains { $0.moduleID == moduleID }
        }.count
    }
}
