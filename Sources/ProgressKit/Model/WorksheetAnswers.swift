import Foundation

/// A learner's answers to one worksheet (实操单), kept in their record.
public struct WorksheetAnswers: Codable, Sendable, Hashable, Identifiable {
    /// The worksheet: `moduleID/sheetID`.
    public var id: String
    /// Field id → the text as typed (computed fields are not kept).
    public var answers: [String: String]
    /// When an answer was last changed.
    public var updatedAt: Date
    /// When the learner marked the sheet finished; nil while it is being filled in.
    public var finishedAt: Date?
    /// When the first answer was saved (nil in files written before it was kept; then the
    /// first save after it takes the last change before), so a report sees the day a sheet was
    /// begun as well as the day it was last changed.
    public var startedAt: Date?

    /// Creates answers to worksheet `id`.
    public init(id: String, answers: [String: String] = [:], updatedAt: Date, finishedAt: Date? = nil,
                startedAt: Date? = nil) {
        self.id = id
        self.answers = answers
        self.updatedAt = updatedAt
        self.finishedAt = finishedAt
        self.startedAt = startedAt
    }

    /// The id under which a module's worksheet is kept: `moduleID/sheetID`.
    public static func id(moduleID: String, sheetID: String) -> String { moduleID + "/" + sheetID }

    /// Whether the learner marked it finished.
    public var isFinished: Bool { finishedAt != nil }

    /// Two copies of the same sheet combined: the one changed last wins (ties broken by
    /// content, so `merge(a, b)` equals `merge(b, a)`).
    /// The earlier `startedAt` of the two is kept.
    public static func merge(_ a: WorksheetAnswers, _ b: WorksheetAnswers) -> WorksheetAnswers {
        var winner = pick(a, b)
        switch (a.startedAt, b.startedAt) {
        case let (x?, y?): winner.startedAt = min(x, y)
        default: winner.startedAt = a.startedAt ?? b.startedAt
        }
        return winner
    }

    private static func pick(_ a: WorksheetAnswers, _ b: WorksheetAnswers) -> WorksheetAnswers {
        if a.updatedAt != b.updatedAt { return a.updatedAt > b.updatedAt ? a : b }
        let left = a.answers.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }.joined(separator: "\u{1F}")
        let right = b.answers.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }.joined(separator: "\u{1F}")
        if left != right { return left > right ? a : b }
        return (a.finishedAt ?? .distantPast) >= (b.finishedAt ?? .distantPast) ? a : b
    }
}

extension LearnerRecord {
    /// The learner's answers to worksheet `id` (`moduleID/sheetID`), if they started it.
    public func worksheetAnswers(id: String) -> WorksheetAnswers? {
        worksheets.first { $0.id == id }
    }

    /// Stores `answers` (replacing the sheet with the same id) and notes activity at its
    /// `updatedAt`.
    /// The sheet's `startedAt` is kept from the first save.
    public mutating func saveWorksheet(_ answers: WorksheetAnswers) {
        var answers = answers
        if let index = worksheets.firstIndex(where: { $0.id == answers.id }) {
            let earlier = worksheets[index].startedAt ?? worksheets[index].updatedAt
            answers.startedAt = min(earlier, answers.startedAt ?? earlier)
            worksheets[index] = answers
        } else {
            if answers.startedAt == nil { answers.startedAt = answers.updatedAt }
            worksheets.append(answers)
            worksheets.sort { $0.id < $1.id }
        }
        learner.touch(at: answers.updatedAt)
    }

    /// Worksheets of both copies united by id, the one changed last winning.
    static func mergeWorksheets(_ a: [WorksheetAnswers], _ b: [WorksheetAnswers]) -> [WorksheetAnswers] {
        var byID: [String: WorksheetAnswers] = [:]
        for sheet in a + b {
            byID[sheet.id] = byID[sheet.id].map { WorksheetAnswers.merge($0, sheet) } ?? sheet
        }
        return byID.values.sorted { $0.id < $1.id }
    }
}
