import Foundation

/// One go at a quiz: started, answered question by question, finished with a score.
///
/// An attempt is saved after every answer, so one left unfinished (power cut, learner left)
/// keeps the answers given so far.
public struct Attempt: Codable, Sendable, Hashable, Identifiable {
    /// Unique id (a UUID string), so copies of a learner's file merge without counting twice.
    public let id: String
    /// The quiz's id.
    public var quizID: String
    /// The id of the module the quiz belongs to.
    public var moduleID: String
    /// When the attempt began.
    public var startedAt: Date
    /// When it was finished; nil while in progress (or abandoned).
    public var endedAt: Date?
    /// The answers given, in the order given, one per question.
    public private(set) var answers: [Answer]
    /// Score in percent (0–100) once finished.
    public var scorePercent: Int?
    /// Whether the score reached the quiz's passing grade, once finished.
    public var passed: Bool?
    /// The questions in the order they are put, each with its answers' display order; nil in
    /// files written before it was kept.
    public var shown: [ShownQuestion]?
    /// The choice being made on the current question, not yet confirmed.
    public var draft: DraftAnswer?

    /// Starts an attempt.
    /// - Parameters:
    ///   - id: unique id; a new UUID by default.
    ///   - quizID: the quiz's id.
    ///   - moduleID: the module's id.
    ///   - startedAt: now.
    public init(id: String = UUID().uuidString, quizID: String, moduleID: String, startedAt: Date) {
        self.id = id
        self.quizID = quizID
        self.moduleID = moduleID
        self.startedAt = startedAt
        self.endedAt = nil
        self.answers = []
        self.scorePercent = nil
        self.passed = nil
    }

    /// An attempt as read from a file.
    init(id: String, quizID: String, moduleID: String, startedAt: Date, endedAt: Date?, answers: [Answer],
         scorePercent: Int?, passed: Bool?, shown: [ShownQuestion]? = nil, draft: DraftAnswer? = nil) {
        self.id = id
        self.quizID = quizID
        self.moduleID = moduleID
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.answers = answers
        self.scorePercent = scorePercent
        self.passed = passed
        self.shown = shown
        self.draft = draft
    }

    /// Whether the attempt was finished.
    public var isFinished: Bool { endedAt != nil }

    /// How many answers were right.
    public var correctCount: Int { answers.lazy.filter(\.correct).count }

    /// The answer given to a question, if any.
    public func answer(to questionID: String) -> Answer? {
        answers.first { $0.questionID == questionID }
    }

    /// Records an answer; answering the same question again replaces the earlier answer.
    /// Answers are kept in the order they were given (by time, then question id). A draft of the
    /// same question is done with.
    public mutating func record(_ answer: Answer) {
        if draft?.questionID == answer.questionID { draft = nil }
        answers.removeAll { $0.questionID == answer.questionID }
        let index = answers.lastIndex { Self.isOrdered($0, before: answer) }.map { $0 + 1 } ?? 0
        answers.insert(answer, at: index)
    }

    private static func isOrdered(_ lhs: Answer, before rhs: Answer) -> Bool {
        lhs.answeredAt != rhs.answeredAt ? lhs.answeredAt < rhs.answeredAt : lhs.questionID < rhs.questionID
    }

    /// Brings the numbers read from a file into range (see `RecordLimits`): the score, and chosen
    /// answers (an index out of range is dropped).
    mutating func clampNumbers(_ changed: inout Set<String>) {
        if let score = scorePercent { scorePercent = RecordLimits.clamp(score, RecordLimits.score, "scorePercent", &changed) }
        for index in answers.indices where !answers[index].chosen.allSatisfy(RecordLimits.choice.contains) {
            answers[index].chosen.removeAll { !RecordLimits.choice.contains($0) }
            changed.insert("chosen")
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, quizID, moduleID, startedAt, endedAt, answers, scorePercent, passed, shown, draft
    }

    /// Reads an attempt; its answers as strings (schema 2) or objects (schema 1).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        quizID = try container.decode(String.self, forKey: .quizID)
        moduleID = try container.decode(String.self, forKey: .moduleID)
        startedAt = try container.decode(FileDate.self, forKey: .startedAt).date
        endedAt = try container.decodeIfPresent(FileDate.self, forKey: .endedAt)?.date
        answers = try container.decode(AnswerList.self, forKey: .answers).answers
        scorePercent = try container.decodeIfPresent(Int.self, forKey: .scorePercent)
        passed = try container.decodeIfPresent(Bool.self, forKey: .passed)
        shown = try container.decodeIfPresent([ShownQuestion].self, forKey: .shown)
        draft = try container.decodeIfPresent(DraftAnswer.self, forKey: .draft)
    }

    /// Writes the attempt, each answer as one string (`Answer.fileText`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(quizID, forKey: .quizID)
        try container.encode(moduleID, forKey: .moduleID)
        try container.encode(FileDate(startedAt), forKey: .startedAt)
        try container.encodeIfPresent(endedAt.map(FileDate.init), forKey: .endedAt)
        try container.encode(AnswerList(answers), forKey: .answers)
        try container.encodeIfPresent(scorePercent, forKey: .scorePercent)
        try container.encodeIfPresent(passed, forKey: .passed)
        try container.encodeIfPresent(shown, forKey: .shown)
        try container.encodeIfPresent(draft, forKey: .draft)
    }

    /// Finishes the attempt.
    /// - Parameters:
    ///   - endedAt: now.
    ///   - scorePercent: the score, 0–100 (clamped).
    ///   - passed: whether it reached the passing grade.
    public mutating func finish(at endedAt: Date, scorePercent: Int, passed: Bool) {
        self.endedAt = endedAt
        self.scorePercent = min(100, max(0, scorePercent))
        self.passed = passed
        draft = nil
    }

    /// A score in whole percent, rounded down: `correct` of `total` (0 when `total` is 0).
    public static func scorePercent(correct: Int, total: Int) -> Int {
        guard total > 0 else { return 0 }
        return min(100, max(0, correct * 100 / total))
    }

    /// Two copies of the same attempt combined: answers united by question id, the earliest
    /// start, and the end, score and pass from the finished copy (the later end if both are).
    /// Commutative; `a.id` is kept (the ids are equal when called from `LearnerRecord.merge`).
    public static func merge(_ a: Attempt, _ b: Attempt) -> Attempt {
        var result = a
        result.startedAt = min(a.startedAt, b.startedAt)
        if a.quizID != b.quizID || a.moduleID != b.moduleID {
            // Should never differ; keep a deterministic choice so the merge stays commutative.
            let pick = (a.quizID, a.moduleID) <= (b.quizID, b.moduleID) ? a : b
            result.quizID = pick.quizID
            result.moduleID = pick.moduleID
        }
        var byQuestion: [String: Answer] = [:]
        var order: [String] = []
        for answer in a.answers + b.answers {
            if let existing = byQuestion[answer.questionID] {
                if answer != existing, Answer.isPreferred(answer, over: existing) {
                    byQuestion[answer.questionID] = answer
                }
            } else {
                byQuestion[answer.questionID] = answer
                order.append(answer.questionID)
            }
        }
        result.answers = order.compactMap { byQuestion[$0] }.sorted(by: isOrdered)
        let ending: Attempt?
        switch (a.endedAt, b.endedAt) {
        case (nil, nil): ending = nil
        case (_?, nil): ending = a
        case (nil, _?): ending = b
        case let (x?, y?):
            if x != y { ending = x > y ? a : b }
            else if a.scorePercent != b.scorePercent { ending = (a.scorePercent ?? -1) > (b.scorePercent ?? -1) ? a : b }
            else { ending = (a.passed ?? false) ? a : b }
        }
        result.endedAt = ending?.endedAt
        result.scorePercent = ending?.scorePercent
        result.passed = ending?.passed
        result.shown = mergedShown(a.shown, b.shown)
        result.draft = mergedDraft(a.draft, b.draft, answered: Set(result.answers.map(\.questionID)))
        return result
    }

    /// The questions as shown: they are fixed when an attempt starts, so copies agree; should
    /// they not, the longer list wins, then the smaller by content (commutative).
    private static func mergedShown(_ a: [ShownQuestion]?, _ b: [ShownQuestion]?) -> [ShownQuestion]? {
        guard let a, let b else { return a ?? b }
        if a == b || a.count != b.count { return a.count >= b.count ? a : b }
        let key = { (list: [ShownQuestion]) in list.map { $0.questionID + ":" + $0.order.map(String.init).joined(separator: ",") } }
        return key(a).lexicographicallyPrecedes(key(b)) ? a : b
    }

    /// The later draft, unless its question has been answered in either copy.
    private static func mergedDraft(_ a: DraftAnswer?, _ b: DraftAnswer?, answered: Set<String>) -> DraftAnswer? {
        let pick: DraftAnswer?
        switch (a, b) {
        case let (x?, y?): pick = x == y || DraftAnswer.isPreferred(x, over: y) ? x : y
        default: pick = a ?? b
        }
        guard let pick, !answered.contains(pick.questionID) else { return nil }
        return pick
    }
}
