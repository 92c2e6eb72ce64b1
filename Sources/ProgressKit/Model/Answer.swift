import Foundation

/// One answered question inside an attempt.
public struct Answer: Codable, Sendable, Hashable {
    /// The question's id (as LessonKit names it).
    public var questionID: String
    /// The answers chosen, as indices into the question's answers in the original (unshuffled)
    /// order; for an ordering question, the order the learner put them in.
    public var chosen: [Int]
    /// Whether the answer was right.
    public var correct: Bool
    /// When it was answered.
    public var answeredAt: Date

    /// Creates an answer.
    public init(questionID: String, chosen: [Int], correct: Bool, answeredAt: Date) {
        self.questionID = questionID
        self.chosen = chosen
        self.correct = correct
        self.answeredAt = answeredAt
    }

    /// A total order used to pick one of two different answers to the same question when
    /// merging: the later one, ties broken by content so that merging is commutative.
    static func isPreferred(_ a: Answer, over b: Answer) -> Bool {
        if a.answeredAt != b.answeredAt { return a.answeredAt > b.answeredAt }
        if a.correct != b.correct { return a.correct }
        return a.chosen.lexicographicallyPrecedes(b.chosen)
    }
}
