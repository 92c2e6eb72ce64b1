import Foundation

/// A question the learner got wrong, in the mistake notebook.
public struct MistakeEntry: Codable, Sendable, Hashable, Identifiable {
    /// The question's id (the notebook's key).
    public let questionID: String
    /// The quiz the question is in.
    public var quizID: String
    /// The module the quiz is in.
    public var moduleID: String
    /// The Leitner box, 1–4: the review interval is 1, 3, 7 or 14 days.
    public var box: Int
    /// When the question comes back for review.
    public var dueAt: Date
    /// When the learner last answered it (the entry's last change).
    public var lastAnsweredAt: Date
    /// How many times it was answered wrongly.
    public var wrongCount: Int
    /// When it left the notebook (right at the last box); nil while it is in it. Kept so that
    /// merging with an older copy does not bring it back.
    public var retiredAt: Date?

    /// The notebook's key.
    public var id: String { questionID }

    /// Whether the question is still in the notebook.
    public var isActive: Bool { retiredAt == nil }

    /// Whether the question is due for review at `now`: its due date has come, or it is further
    /// off than its box's interval (and a day) can explain — the clock was far ahead when the
    /// mistake was made (or is set back now), and it must come back now, not years later.
    public func isDue(at now: Date) -> Bool {
        let days = MistakeNotebook.intervalsInDays[min(max(box, 1), MistakeNotebook.lastBox) - 1]
        return dueAt <= now || dueAt.timeIntervalSince(now) > Double(days + 1) * 86_400
    }

    /// Creates an entry.
    public init(questionID: String, quizID: String, moduleID: String, box: Int, dueAt: Date,
                lastAnsweredAt: Date, wrongCount: Int = 1, retiredAt: Date? = nil) {
        self.questionID = questionID
        self.quizID = quizID
        self.moduleID = moduleID
        self.box = box
        self.dueAt = dueAt
        self.lastAnsweredAt = lastAnsweredAt
        self.wrongCount = wrongCount
        self.retiredAt = retiredAt
    }

    /// A total order between two versions of the same question's entry: the one answered later
    /// wins; ties are broken by content so that merging is commutative.
    static func isPreferred(_ a: MistakeEntry, over b: MistakeEntry) -> Bool {
        if a.lastAnsweredAt != b.lastAnsweredAt { return a.lastAnsweredAt > b.lastAnsweredAt }
        if a.wrongCount != b.wrongCount { return a.wrongCount > b.wrongCount }
        if (a.retiredAt == nil) != (b.retiredAt == nil) { return a.retiredAt == nil }
        if a.box != b.box { return a.box < b.box }
        if a.dueAt != b.dueAt { return a.dueAt < b.dueAt }
        if a.retiredAt != b.retiredAt { return (a.retiredAt ?? .distantPast) < (b.retiredAt ?? .distantPast) }
        return (a.quizID, a.moduleID) < (b.quizID, b.moduleID)
    }
}
