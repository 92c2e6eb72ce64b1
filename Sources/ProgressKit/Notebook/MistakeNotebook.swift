import Foundation

/// The mistake notebook (错题本): questions answered wrongly come back for review after 1, 3, 7
/// and 14 days (Leitner boxes 1–4).
///
/// A wrong answer puts the question in box 1 (or back there); a right answer to a question that
/// is due moves it up a box, and a right answer at box 4 takes it out. A right answer before the
/// question is due changes nothing (no cramming). Due dates fall at the start of a day in the
/// given calendar, so "tomorrow" means any time tomorrow. All functions are pure: time and
/// calendar are passed in.
public struct MistakeNotebook: Codable, Sendable, Hashable {
    /// Days until the next review, by box (index 0 is box 1).
    public static let intervalsInDays = [1, 3, 7, 14]
    /// The highest box.
    public static var lastBox: Int { intervalsInDays.count }

    /// Every question ever in the notebook, by question id, retired ones included.
    public private(set) var entries: [String: MistakeEntry]

    /// An empty notebook.
    public init() {
        entries = [:]
    }

    /// A notebook holding `entries` (a later one with the same question id wins).
    public init(entries: [MistakeEntry]) {
        var byID: [String: MistakeEntry] = [:]
        for entry in entries { byID[entry.questionID] = entry }
        self.entries = byID
    }

    /// The questions in the notebook now, soonest due first.
    public var active: [MistakeEntry] {
        entries.values.filter(\.isActive).sorted(by: Self.dueOrder)
    }

    /// The questions due for review at `now`, soonest due first.
    public func due(at now: Date) -> [MistakeEntry] {
        active.filter { $0.isDue(at: now) }
    }

    /// The entry for a question if it is in the notebook now.
    public func entry(for questionID: String) -> MistakeEntry? {
        entries[questionID].flatMap { $0.isActive ? $0 : nil }
    }

    /// Notes an answer to a question (from a quiz or from a review).
    /// - Parameters:
    ///   - questionID: the question.
    ///   - quizID: its quiz.
    ///   - moduleID: its module.
    ///   - correct: whether the answer was right.
    ///   - now: when it was answered.
    ///   - calendar: the calendar whose days the intervals count (the station's time zone).
    public mutating func record(questionID: String, quizID: String, moduleID: String,
                                correct: Bool, at now: Date, calendar: Calendar) {
        let existing = entries[questionID]
        if !correct {
            entries[questionID] = MistakeEntry(
                questionID: questionID, quizID: quizID, moduleID: moduleID, box: 1,
                dueAt: Self.dueDate(box: 1, after: now, calendar: calendar),
                lastAnsweredAt: now,
                wrongCount: (existing?.wrongCount ?? 0) + 1)
            return
        }
        guard var entry = existing, entry.isActive, entry.isDue(at: now) else { return }
        entry.lastAnsweredAt = now
        if entry.box >= Self.lastBox {
            entry.retiredAt = now
        } else {
            entry.box += 1
            entry.dueAt = Self.dueDate(box: entry.box, after: now, calendar: calendar)
        }
        entries[questionID] = entry
    }

    /// Puts `entry` in place of the entry for its question (used to repair numbers read from a file).
    mutating func replace(_ entry: MistakeEntry) {
        entries[entry.questionID] = entry
    }

    /// When a question put in `box` at `now` comes back: the start of the day `box`'s interval
    /// after `now`'s day.
    public static func dueDate(box: Int, after now: Date, calendar: Calendar) -> Date {
        let index = min(max(box, 1), lastBox) - 1
        let days = intervalsInDays[index]
        let today = calendar.startOfDay(for: now)
        return calendar.date(byAdding: .day, value: days, to: today) ?? today.addingTimeInterval(Double(days) * 86_400)
    }

    /// Two notebooks combined: per question, the version answered last wins (retired versions
    /// included, so a question taken out on one copy is not brought back by an older copy).
    /// Commutative, associative and idempotent.
    public static func merge(_ a: MistakeNotebook, _ b: MistakeNotebook) -> MistakeNotebook {
        var result = a
        for (questionID, entry) in b.entries {
            if let mine = result.entries[questionID] {
                if mine != entry, MistakeEntry.isPreferred(entry, over: mine) {
                    result.entries[questionID] = entry
                }
            } else {
                result.entries[questionID] = entry
            }
        }
        return result
    }

    private static func dueOrder(_ lhs: MistakeEntry, _ rhs: MistakeEntry) -> Bool {
        lhs.dueAt != rhs.dueAt ? lhs.dueAt < rhs.dueAt : lhs.questionID < rhs.questionID
    }

    /// Reads the notebook from a list of entries.
    public init(from decoder: any Decoder) throws {
        let list = try decoder.singleValueContainer().decode([MistakeEntry].self)
        self.init(entries: list)
    }

    /// Writes the notebook as a list of entries sorted by question id.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(entries.values.sorted { $0.questionID < $1.questionID })
    }
}
