/// A quiz: a module quiz (`quiz.md`) or a lesson's check (`NAME.quiz.md`), with translations.
public struct Quiz: Sendable, Equatable, Identifiable {
    /// Stable id: module id and quiz file name without language part and `.md`,
    /// e.g. `platform-registration/quiz` or `platform-registration/01-choose-a-platform.quiz`.
    public var id: String
    /// The options from the original file's front matter.
    public var options: QuizOptions
    /// The usable questions in written order (questions with errors are left out).
    public var questions: [Question]
    /// The pass and fail messages per language (`customPassMsg`, `customFailMsg`).
    public var messages: Localized<QuizMessages>

    /// Creates a quiz.
    public init(id: String, options: QuizOptions = QuizOptions(), questions: [Question], messages: Localized<QuizMessages>) {
        self.id = id
        self.options = options
        self.questions = questions
        self.messages = messages
    }

    /// The languages the quiz can be taken in (original first).
    public var languages: [LanguageTag] { messages.languages }
}

/// A quiz's pass and fail messages in one language.
public struct QuizMessages: Sendable, Equatable {
    /// `customPassMsg`: shown when the learner passes.
    public var pass: String?
    /// `customFailMsg`: shown when the learner does not pass.
    public var fail: String?

    /// Creates the messages.
    public init(pass: String? = nil, fail: String? = nil) {
        self.pass = pass
        self.fail = fail
    }
}

/// A quiz's options (quizdown's front matter), with quizdown's defaults.
public struct QuizOptions: Sendable, Equatable {
    /// `shuffleAnswers`: show answers in random order (questions may override). Default true.
    public var shuffleAnswers: Bool
    /// `shuffleQuestions`: ask questions in random order. Default false.
    public var shuffleQuestions: Bool
    /// `nQuestions`: ask a random draw of this many questions per attempt; `nil` asks all.
    public var questionsPerAttempt: Int?
    /// `passingGrade`: percent of right answers needed to pass, 0–100. Default 80.
    public var passingGrade: Int
    /// `enableRetry`: the learner may try again. Default true.
    public var enableRetry: Bool

    /// Creates options; the defaults are quizdown's.
    public init(
        shuffleAnswers: Bool = true, shuffleQuestions: Bool = false, questionsPerAttempt: Int? = nil,
        passingGrade: Int = 80, enableRetry: Bool = true
    ) {
        self.shuffleAnswers = shuffleAnswers
        self.shuffleQuestions = shuffleQuestions
        self.questionsPerAttempt = questionsPerAttempt
        self.passingGrade = passingGrade
        self.enableRetry = enableRetry
    }
}
