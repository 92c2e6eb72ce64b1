import Foundation
import LessonKit
import ProgressKit

extension QuizSession {
    /// Opens a quiz: takes up the learner's unfinished attempt at it where she left it (the
    /// same question, the same answer order, her ticks), or starts a new one.
    /// - Returns: the effects that save what changed (the new attempt, or the order kept for an
    ///   attempt from an older file).
    static func start(_ quiz: Quiz, moduleID: String, lessonID: String?, context: inout ScreenContext) -> [Effect] {
        if let open = context.record?.openAttempt(quizID: quiz.id, moduleID: moduleID) {
            return resume(open, quiz: quiz, lessonID: lessonID, context: &context)
        }
        return startNew(quiz, moduleID: moduleID, lessonID: lessonID, context: &context)
    }

    /// Starts a new attempt: draws and orders the questions, shuffles answers, and saves that
    /// order with the attempt so it can be taken up again as it was.
    static func startNew(_ quiz: Quiz, moduleID: String, lessonID: String?, context: inout ScreenContext) -> [Effect] {
        let questions = drawQuestions(quiz, random: &context.random)
        guard !questions.isEmpty else { return [] }
        let items = questions.map { item(for: $0, options: quiz.options, random: &context.random) }
        let attemptID = context.random.identifier()
        let mode = Mode.quiz(quizID: quiz.id, moduleID: moduleID, lessonID: lessonID, attemptID: attemptID)
        context.show(.quiz(QuizSession(mode: mode, items: items)))
        let now = context.now
        return context.changeRecord {
            _ = $0.startAttempt(id: attemptID, quizID: quiz.id, moduleID: moduleID, at: now, shown: items.map(\.shown))
        }
    }

    /// The questions of one attempt, in the order they are put.
    private static func drawQuestions(_ quiz: Quiz, random: inout RandomSource) -> [Question] {
        let questions = quiz.questions
        guard quiz.options.shuffleQuestions || quiz.options.questionsPerAttempt != nil else { return questions }
        var drawn = questions.shuffled(using: &random)
        if let n = quiz.options.questionsPerAttempt { drawn = Array(drawn.prefix(max(1, n))) }
        if !quiz.options.shuffleQuestions {
            let position = Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1.id, $0) })
            drawn.sort { (position[$0.id] ?? 0) < (position[$1.id] ?? 0) }
        }
        return drawn
    }

    /// Takes up an unfinished attempt: the questions in the order shown before (those the course
    /// still has), the answers given so far, the first question not answered, and the choice
    /// being made on it. An attempt from a file that did not keep the order gets one now.
    private static func resume(_ attempt: Attempt, quiz: Quiz, lessonID: String?, context: inout ScreenContext) -> [Effect] {
        var effects: [Effect] = []
        var items = (attempt.shown ?? []).compactMap { shown -> Item? in
            guard let question = quiz.questions.first(where: { $0.id == shown.questionID }),
                  shown.order.sorted() == Array(question.content.original.answers.indices) else { return nil }
            return Item(questionID: shown.questionID, order: shown.order)
        }
        if items.isEmpty {
            items = rebuiltItems(attempt, quiz: quiz, random: &context.random)
            guard !items.isEmpty else { return startNew(quiz, moduleID: attempt.moduleID, lessonID: lessonID, context: &context) }
            let shown = items.map(\.shown)
            effects += context.changeRecord { try? $0.setShown(shown, inAttempt: attempt.id) }
        }
        let mode = Mode.quiz(quizID: quiz.id, moduleID: attempt.moduleID, lessonID: lessonID, attemptID: attempt.id)
        var session = QuizSession(mode: mode, items: items)
        session.outcomes = items.compactMap { item in
            attempt.answer(to: item.questionID).map { Outcome(questionID: $0.questionID, correct: $0.correct, chosen: $0.chosen) }
        }
        guard let next = items.firstIndex(where: { attempt.answer(to: $0.questionID) == nil }) else {
            session.index = max(0, items.count - 1)
            return effects + session.finish(context: &context)  // every question answered: only the score was missing
        }
        session.index = next
        if let draft = attempt.draft, draft.questionID == items[next].questionID,
           let kind = context.library.index.question(draft.questionID)?.question.kind {
            session.restore(draft.chosen, kind: kind)
        }
        context.show(.quiz(session))
        return effects
    }

    /// The questions of an attempt saved without their order: those answered, in the order
    /// answered, then the rest of the quiz in course order (as many as an attempt has).
    private static func rebuiltItems(_ attempt: Attempt, quiz: Quiz, random: inout RandomSource) -> [Item] {
        let answered = attempt.answers.map(\.questionID).filter { id in quiz.questions.contains { $0.id == id } }
        let rest = quiz.questions.map(\.id).filter { !answered.contains($0) }
        let count = max(answered.count, min(quiz.questions.count, quiz.options.questionsPerAttempt ?? quiz.questions.count))
        let ids = Array((answered + rest).prefix(count))
        return ids.compactMap { id in
            quiz.questions.first { $0.id == id }.map { item(for: $0, options: quiz.options, random: &random) }
        }
    }

    /// Puts back the choice being made (original answer indices) on the current question.
    mutating func restore(_ chosen: [Int], kind: Question.Kind) {
        guard let item = current else { return }
        let rows = chosen.compactMap { item.order.firstIndex(of: $0) }
        switch kind {
        case .single: selected = rows.first
        case .multiple: ticked = Set(rows)
        case .ordering: picked = rows
        }
        cursor = rows.first ?? 0
    }

    /// Starts a round of the mistake notebook: the questions due today, or, when none is due
    /// yet, all of them as practice (a right answer before the day changes nothing; a wrong one
    /// starts the question's days again).
    /// - Parameter only: one question to practise, instead of the round.
    static func startReview(only questionID: String? = nil, context: inout ScreenContext) -> [Effect] {
        let entries: [MistakeEntry]
        if let questionID {
            entries = context.notebookEntries.filter { $0.questionID == questionID }
        } else {
            let due = context.dueReviewEntries
            entries = due.isEmpty ? context.notebookEntries : due
        }
        let items = entries.compactMap { entry -> Item? in
            guard let location = context.library.index.question(entry.questionID) else { return nil }
            return item(for: location.question, options: location.quiz.options, random: &context.random)
        }
        guard !items.isEmpty else {
            context.say(.info) { $0.notebookEmpty }
            return []
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

extension QuizSession.Item {
    /// The item as the learner file keeps it.
    var shown: ShownQuestion { ShownQuestion(questionID: questionID, order: order) }
}

extension ScreenContext {
    /// The question an item asks, if the course still has it.
    func question(_ item: QuizSession.Item) -> Question? { library.index.question(item.questionID)?.question }
}
