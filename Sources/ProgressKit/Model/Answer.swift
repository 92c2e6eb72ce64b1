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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(40 + questionID.utf8.count)
        ISO8601Time.append(answeredAt, to: &bytes)
        bytes += correct ? Array(" right ".utf8) : Array(" wrong ".utf8)
        if chosen.isEmpty { bytes.append(0x2D) }
        for (position, index) in chosen.enumerated() {
            if position > 0 { bytes.append(0x2C) }
            bytes += Array(String(index).utf8)
        }
        bytes.append(0x20)
        bytes += Array(questionID.utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An answer read from its `fileText`; nil when the text is not one.
    init?(fileText: String) {
        let bytes = Array(fileText.utf8)
        var spaces: [Int] = []
        for index in bytes.indices where bytes[index] == 0x20 {
            spaces.append(index)
            if spaces.count == 3 { break }
        }
        guard spaces.count == 3, let date = ISO8601Time.parse(bytes: bytes[..<spaces[0]]) else { return nil }
        let verdict = bytes[(spaces[0] + 1)..<spaces[1]]
        let correct: Bool
        if verdict.elementsEqual("right".utf8) { correct = true }
        else if verdict.elementsEqual("wrong".utf8) { correct = false }
        else { return nil }
        var chosen: [Int] = []
        let list = bytes[(spaces[1] + 1)..<spaces[2]]
        if !list.elementsEqual("-".utf8) {
            for item in list.split(separator: 0x2C, omittingEmptySubsequences: false) {
                guard let index = Int(String(decoding: item, as: UTF8.self)) else { return nil }
                chosen.append(index)
            }
        }
        self.init(questionID: String(decoding: bytes[(spaces[2] + 1)...], as: UTF8.self), chosen: chosen,
                  correct: correct, answeredAt: date)
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
