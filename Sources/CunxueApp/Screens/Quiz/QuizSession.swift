import Foundation

/// A quiz in progress, or a mistake-notebook review (the same screens ask the questions).
public struct QuizSession: Sendable, Equatable {
    /// What is being taken.
    public enum Mode: Sendable, Equatable {
        /// A lesson check (`lessonID` set) or a module quiz, saved as an attempt.
        case quiz(quizID: String, moduleID: String, lessonID: String?, attemptID: String)
        /// Due questions of the mistake notebook.
        case review
    }

    /// Whether the learner is choosing or reading the feedback.
    public enum Phase: Sendable, Equatable {
        case answering
        case feedback(correct: Bool, chosen: [Int])
    }

    /// One question as drawn for this session.
    public struct Item: Sendable, Equatable {
        /// The question's id.
        public var questionID: String
        /// Display order: `order[i]` is the original index of the answer shown as number i+1.
        public var order: [Int]
    }

    /// One answered question.
    public struct Outcome: Sendable, Equatable {
        public var questionID: String
        public var correct: Bool
        /// Original indices chosen, in the order chosen for ordering questions.
        public var chosen: [Int]
    }

    public var mode: Mode
    public var items: [Item]
    public var index: Int = 0
    public var phase: Phase = .answering
    /// The highlighted display row.
    public var cursor: Int = 0
    /// Single choice: the row chosen (nil until the learner picks one).
    public var selected: Int?
    /// Choose-all: display rows ticked.
    public var ticked: Set<Int> = []
    /// Ordering: display rows picked, in order.
    public var picked: [Int] = []
    public var hintShown = false
    public var outcomes: [Outcome] = []
    /// Lines of feedback scrolled away (long comments on a small screen).
    public var scroll: Int = 0

    /// Starts a session over `items`.
    public init(mode: Mode, items: [Item]) {
        self.mode = mode
        self.items = items
    }

    /// The question being asked.
    public var current: Item? { index < items.count ? items[index] : nil }

    /// Clears the per-question answer state for the next question.
    mutating func resetAnswer() {
        phase = .answering
        cursor = 0
        selected = nil
        ticked = []
        picked = []
        hintShown = false
        scroll = 0
    }
}

/// The end of a quiz: the score and what went wrong.
public struct QuizResult: Sendable, Equatable {
    public var session: QuizSession
    public var scorePercent: Int
    public var passed: Bool
    public var selection: Int = 0
    public var scroll: Int = 0
}
