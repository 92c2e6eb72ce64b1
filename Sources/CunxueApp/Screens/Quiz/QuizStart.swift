import Foundation
import LessonKit
import ProgressKit

extension QuizSession {
    /// Starts a quiz: draws and orders the questions, shuffles answers, opens an attempt.
    /// - Returns: the effect that saves the new attempt (none when the quiz has no question).
    static func start(_ quiz: Quiz, moduleID: String, lessonID: String?, context: inout ScreenContext) -> [Effect] {
        var questions = quiz.questions
        if quiz.options.shuffleQuestions || quiz.options.questionsPerAttempt != nil {
            var drawn = questions.shuffled(using: &context.random)
            if let n = quiz.options.questionsPerAttempt { drawn = Array(drawn.prefix(max(1, n))) }
            if !quiz.options.shuffleQuestions {
                let position = Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1.id, $0) })
                drawn.sort { (position[$0.id] ?? 0) < (position[$1.id] ?? 0) }
            }
            questions = drawn
        }
        guard !questions.isEmpty else { return [] }
        let items = questions.map { item(for: $0, options: quiz.options, random: &context.random) }
        let attemptID = context.random.identifier()
        let mode = Mode.quiz(quizID: quiz.id, moduleID: moduleID, lessonID: lessonID, attemptID: attemptID)
        context.show(.quiz(QuizSession(mode: mode, items: items)))
        let now = context.now
        return context.changeRecord { _ = $0.startAttempt(id: attemptID, quizID: quiz.id, moduleID: moduleID, at: now) }
    }

    /// Starts reviewing today's due questions of the mistake notebook (says so when none is due).
    static func startReview(context: inout ScreenContext) -> [Effect] {
        let due = context.dueReviewEntries
        guard !due.isEmpty else {
            context.say(.info) { $0.reviewNoneDue }
            return []
        }
        let items = due.compactMap { entry -> Item? in
            guard let location = context.library.index.questions[entry.questionID] else { return nil }
            return item(for: location.question, options: location.quiz.options, random: &context.random)
        }
        context.show(.quiz(QuizSession(mode: .review, items: items)))
        return []
    }

    /// The question with its answers in display order: shuffled when the quiz says so, and
    /// always for ordering questions (else the written order would give the answer away).
    private static func item(for question: Question, options: QuizOptions, random: inout RandomSource) -> Item {
        let count = question.content.original.answers.count
        var order = Array(0..<count)
        if question.kind == .ordering {
            if count > 1 {
                repeat { order.shuffle(using: &random) } while order == Array(0..<count)
            }
        } else if question.shufflesAnswers(in: options) {
            order.shuffle(using: &random)
        }
        return Item(questionID: question.id, order: order)
    }
}

extension ScreenContext {
    /// The question an item asks, if the course still has it.
    func question(_ item: QuizSession.Item) -> Question? { library.index.questions[item.questionID]?.question }
}
