/// One question of an attempt as it was put to the learner: which question, and the order its
/// answers were shown in. Kept so that an attempt left half-way resumes exactly as it was.
public struct ShownQuestion: Codable, Sendable, Hashable {
    /// The question's id (as LessonKit names it).
    public var questionID: String
    /// Display order: `order[i]` is the original index of the answer shown as number i+1.
    public var order: [Int]

    /// Creates a shown question.
    public init(questionID: String, order: [Int]) {
        self.questionID = questionID
        self.order = order
    }
}
