import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension QuizSession: ScreenState {
    /// Choosing and confirming an answer, then reading the feedback; Esc leaves (answers given
    /// so far stay saved in the attempt).
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        guard let item = current, let question = context.question(item) else { return leave(context: &context) }
        let before = choice(question.kind)
        var effects: [Effect]
        switch input {
        case .key(let key):
            if case .feedback = phase { return handleFeedback(key, context: &context) }
            effects = handleAnswering(key, question: question, item: item, context: &context)
        case .mouse(let action, let point):
            effects = handleMouse(action, at: point, question: question, item: item, context: &context)
        case .result:
            return []
        }
        if phase == .answering, current == item, choice(question.kind) != before {
            effects += saveDraft(question, context: &context)
        }
        return effects
    }

    /// The choice being made, as original answer indices (in the order picked, for ordering).
    func choice(_ kind: Question.Kind) -> [Int] {
        guard let item = current else { return [] }
        switch kind {
        case .single: return selected.map { [item.order[$0]] } ?? []
        case .multiple: return ticked.sorted().map { item.order[$0] }
        case .ordering: return picked.map { item.order[$0] }
        }
    }

    /// Keeps the choice being made in the attempt, so that leaving in any way loses none of it.
    private func saveDraft(_ question: Question, context: inout ScreenContext) -> [Effect] {
        guard case .quiz(_, _, _, let attemptID) = mode else { return [] }
        let chosen = choice(question.kind)
        let draft = chosen.isEmpty ? nil : DraftAnswer(questionID: question.id, chosen: chosen, savedAt: context.now)
        return context.changeRecord { try? $0.saveDraft(draft, inAttempt: attemptID) }
    }

    private mutating func handleFeedback(_ key: Key, context: inout ScreenContext) -> [Effect] {
        switch key {
        case .enter, .character(" "), .right: return next(context: &context)
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        case .escape: return leave(context: &context)
        default: break
        }
        return []
    }

    private mutating func handleAnswering(_ key: Key, question: Question, item: Item, context: inout ScreenContext) -> [Effect] {
        let count = item.order.count
        switch key {
        case .character(let c) where ListKeys.number(c) != nil:
            let row = (ListKeys.number(c) ?? 1) - 1
            if row < count { choose(row, kind: question.kind) }
        case .up:
            cursor = max(0, cursor - 1)
            if question.kind == .single { selected = cursor }
        case .down:
            cursor = selected == nil && question.kind == .single ? cursor : min(count - 1, cursor + 1)
            if question.kind == .single { selected = cursor }
        case .character(" "):
            if question.kind != .single { choose(cursor, kind: question.kind) }
        case .backspace:
            if question.kind == .ordering, !picked.isEmpty { picked.removeLast() }
            else if question.kind == .multiple { ticked.remove(cursor) }
        case .character("h"), .character("H"):
            hintShown.toggle()
        case .enter:
            return submit(question: question, item: item, context: &context)
        case .escape:
            return leave(context: &context)
        default:
            break
        }
        return []
    }

    private mutating func handleMouse(_ action: MouseAction, at point: Point, question: Question, item: Item,
                                      context: inout ScreenContext) -> [Effect] {
        switch action {
        case .wheelUp: scroll = max(0, scroll - 1)
        case .wheelDown: scroll += 1
        case .click:
            if case .feedback = phase { return next(context: &context) }
            guard let row = QuizView.answerRow(at: point, session: self, context: context) else { return [] }
            if question.kind == .single && selected == row { return submit(question: question, item: item, context: &context) }
            choose(row, kind: question.kind)
        }
        return []
    }

    private mutating func choose(_ row: Int, kind: Question.Kind) {
        cursor = row
        switch kind {
        case .single: selected = row
        case .multiple:
            if ticked.contains(row) { ticked.remove(row) } else { ticked.insert(row) }
        case .ordering:
            if !picked.contains(row) { picked.append(row) }
        }
    }

    /// The answer chosen, in original answer indices, and whether it is right; nil (with a
    /// notice saying what to do) when nothing complete is chosen yet.
    private func answer(to question: Question, item: Item, context: inout ScreenContext) -> (chosen: [Int], correct: Bool)? {
        let answers = question.content.original.answers
        switch question.kind {
        case .single:
            guard let selected else { context.say(.warning) { $0.chooseFirst }; return nil }
            let chosen = [item.order[selected]]
            return (chosen, answers[chosen[0]].isCorrect)
        case .multiple:
            guard !ticked.isEmpty else { context.say(.warning) { $0.tickFirst }; return nil }
            let chosen = ticked.map { item.order[$0] }.sorted()
            return (chosen, Set(chosen) == Set(answers.indices.filter { answers[$0].isCorrect }))
        case .ordering:
            guard picked.count == item.order.count else { context.say(.warning) { $0.pickAllFirst }; return nil }
            let chosen = picked.map { item.order[$0] }
            return (chosen, chosen == Array(answers.indices))
        }
    }

    /// Confirms the answer: feedback is shown and the answer saved at once (in the attempt, or
    /// in the mistake notebook when reviewing).
    private mutating func submit(question: Question, item: Item, context: inout ScreenContext) -> [Effect] {
        guard let (chosen, correct) = answer(to: question, item: item, context: &context) else { return [] }
        phase = .feedback(correct: correct, chosen: chosen)
        scroll = 0
        outcomes.append(Outcome(questionID: question.id, correct: correct, chosen: chosen))
        let now = context.now, calendar = context.calendar
        switch mode {
        case .quiz(_, _, _, let attemptID):
            let answer = ProgressKit.Answer(questionID: question.id, chosen: chosen, correct: correct, answeredAt: now)
            return context.changeRecord { try? $0.record(answer, inAttempt: attemptID, calendar: calendar) }
        case .review:
            guard let entry = context.record?.notebook.entry(for: question.id) else { return [] }
            return context.changeRecord { $0.recordReview(of: entry, correct: correct, at: now, calendar: calendar) }
        }
    }

    private mutating func next(context: inout ScreenContext) -> [Effect] {
        guard index + 1 < items.count else { return finish(context: &context) }
        index += 1
        resetAnswer()
        return []
    }

    /// After the last question: the results (saved with the attempt), or the notebook after a
    /// round of it, saying how it went.
    func finish(context: inout ScreenContext) -> [Effect] {
        switch mode {
        case .review:
            let right = outcomes.filter(\.correct).count, total = outcomes.count
            if context.notebookEntries.isEmpty {
                context.show(.home(HomeState()))
            } else {
                context.show(.notebook(NotebookState()))
            }
            context.say(.info) { $0.notebookRoundDone(right: right, of: total) }
            return []
        case .quiz(let quizID, _, _, let attemptID):
            let correctCount = outcomes.filter(\.correct).count
            let score = Attempt.scorePercent(correct: correctCount, total: items.count)
            let grade = context.library.index.quiz(quizID)?.quiz.options.passingGrade ?? 80
            let passed = score >= grade
            context.show(.results(QuizResult(session: self, scorePercent: score, passed: passed)))
            let now = context.now
            return context.changeRecord { try? $0.finishAttempt(attemptID, at: now, scorePercent: score, passed: passed) }
        }
    }

    /// Leaves a quiz unfinished: answers given so far, and the choice being made, stay saved in
    /// the attempt, and it is taken up there next time.
    private func leave(context: inout ScreenContext) -> [Effect] {
        switch mode {
        case .review:
            context.show(context.notebookEntries.isEmpty ? .home(HomeState()) : .notebook(NotebookState()))
        case .quiz(_, let moduleID, let lessonID, _):
            context.show(.module(ModulePageState(moduleID: moduleID, lessonID: lessonID, in: context.library)))
        }
        return []
    }
}
