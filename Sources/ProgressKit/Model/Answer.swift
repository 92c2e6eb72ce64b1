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

// MARK: - In a learner file

extension Answer {
    /// The answer as one string of a learner file (schema 2):
    /// `<answeredAt> right|wrong <chosen> <questionID>`, the chosen indices joined by commas (`-`
    /// when none), e.g. `2025-06-15T15:06:45.000Z wrong 0,2 shop-data/quiz#哪个对？`. One string
    /// instead of an object of four keys keeps a learner with thousands of answers quick to save.
    var fileText: String {
        let chosenText = chosen.isEmpty ? "-" : chosen.map(String.init).joined(separator: ",")
        return ISO8601Time.format(answeredAt) + (correct ? " right " : " wrong ") + chosenText + " " + questionID
    }

    /// An answer read from its `fileText`; nil when the text is not one.
    init?(fileText: String) {
        let parts = fileText.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, let date = ISO8601Time.parse(String(parts[0])) else { return nil }
        let correct: Bool
        switch parts[1] {
        case "right": correct = true
        case "wrong": correct = false
        default: return nil
        }
        var chosen: [Int] = []
        if parts[2] != "-" {
            for item in parts[2].split(separator: ",", omittingEmptySubsequences: false) {
                guard let index = Int(item) else { return nil }
                chosen.append(index)
            }
        }
        self.init(questionID: String(parts[3]), chosen: chosen, correct: correct, answeredAt: date)
    }
}

/// The answers of an attempt in a learner file: strings (`Answer.fileText`, schema 2) or, in
/// files of schema 1, objects with `questionID`, `chosen`, `correct` and `answeredAt`.
struct AnswerList: Codable {
    var answers: [Answer]

    init(_ answers: [Answer]) {
        self.answers = answers
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        answers = []
        if let count = container.count { answers.reserveCapacity(count) }
        while !container.isAtEnd {
            if let text = try? container.decode(String.self) {
                guard let answer = Answer(fileText: text) else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an answer: \(text)")
                }
                answers.append(answer)
            } else {
                answers.append(try container.decode(Answer.self))  // schema 1
            }
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for answer in answers { try container.encode(answer.fileText) }
    }
}
