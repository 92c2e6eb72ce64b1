/// One quiz question, in its original language and its translations.
public struct Question: Sendable, Equatable, Identifiable {
    /// Stable id: module id, quiz file (without language part) and the original heading text,
    /// e.g. `platform-registration/quiz#开淘宝店，第一步要做什么？`.
    public var id: String
    /// Single choice, choose all that apply, or put in order.
    public var kind: Kind
    /// The question's own `shuffleAnswers` option (from its options block), if given.
    public var shuffleAnswers: Bool?
    /// Heading, body, hint and answers per language. Every translation has the same number of
    /// answers, in the same places, with the same `isCorrect`.
    public var content: Localized<QuestionContent>
    /// The 1-based line of the question's heading in the original file.
    public var line: Int

    /// Creates a question.
    public init(id: String, kind: Kind, shuffleAnswers: Bool? = nil, content: Localized<QuestionContent>, line: Int) {
        self.id = id
        self.kind = kind
        self.shuffleAnswers = shuffleAnswers
        self.content = content
        self.line = line
    }

    /// Whether answers should be shown in random order: the question's option, else the quiz's.
    /// Ordering questions are always shuffled by the app itself; this only reports the options.
    /// - Parameter quizOptions: the options of the quiz the question belongs to.
    public func shufflesAnswers(in quizOptions: QuizOptions) -> Bool {
        shuffleAnswers ?? quizOptions.shuffleAnswers
    }

    /// The kinds of question.
    public enum Kind: String, Sendable, Equatable, CaseIterable, Codable {
        /// `1. [x]` / `1. [ ]`: exactly one right answer.
        case single
        /// `- [x]` / `- [ ]`: choose all that apply; at least one right answer.
        case multiple
        /// `1.` items without boxes: put in order; the written order is right.
        case ordering
    }
}

/// One language's version of a question.
public struct QuestionContent: Sendable, Equatable {
    /// The heading: the question itself.
    public var heading: [Inline]
    /// Paragraphs and code between the heading and the answers (and any non-quote blocks after them).
    public var body: Document
    /// The hint: the question-level block quote(s), shown when the learner asks.
    public var hint: Document?
    /// The answers in written order (for ordering questions, the right order).
    public var answers: [Answer]

    /// Creates question content.
    public init(heading: [Inline], body: Document = Document(), hint: Document? = nil, answers: [Answer]) {
        self.heading = heading
        self.body = body
        self.hint = hint
        self.answers = answers
    }

    /// The heading as plain text.
    public var headingText: String { heading.plainText }
}

/// One answer of a question.
public struct Answer: Sendable, Equatable {
    /// The answer's text.
    public var text: [Inline]
    /// Whether it is ticked `[x]`; `true` for every item of an ordering question.
    public var isCorrect: Bool
    /// The comment (a block quote indented under the answer), shown after answering when chosen.
    public var comment: Document?

    /// Creates an answer.
    public init(text: [Inline], isCorrect: Bool, comment: Document? = nil) {
        self.text = text
        self.isCorrect = isCorrect
        self.comment = comment
    }

    /// The answer's text without formatting.
    public var plainText: String { text.plainText }
}
