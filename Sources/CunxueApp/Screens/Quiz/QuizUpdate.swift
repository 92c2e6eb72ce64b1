import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension AppState {
    // MARK: - Starting

    /// Starts a quiz: draws and orders the questions, shuffles answers, opens an attempt (saved).
    mutating func startQuiz(_ quiz: Quiz, moduleID: String, lessonID: String?) -> [Effect] {
        var questions = quiz.questions
        if quiz.options.shuffleQuestions || quiz.options.questionsPerAttempt != nil {
            var drawn = questions.shuffled(using: &random)
            if let n = quiz.options.questionsPerAttempt { drawn = Array(drawn.prefix(max(1, n))) }
            if !quiz.options.shuffleQuestions {
                let position = Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1.id, $0) })
                drawn.sort { (position[$0.id] ?? 0) < (position[$1.id] ?? 0) }
            }
            questions = drawn
        }
        guard !questions.isEmpty else { return [] }
        let items = questions.map { item(for: $0, options: quiz.options) }
        let attemptID = random.identifier()
        route = .quiz(QuizSession(mode: .quiz(quizID: quiz.id, moduleID: moduleID, lessonID: lessonID, attemptID: attemptID), items: items))
        let now = self.now
        return changeRecord { _ = $0.startAttempt(id: attemptID, quizID: quiz.id, moduleID: moduleID, at: now) }
    }

    /// Starts reviewing today's due questions of the mistake notebook.
    mutating func startReview() -> [Effect] {
        let due = dueReviewEntries
        guard !due.isEmpty else {
            notice = Notice(.info, zh: Strings(.zh).reviewNoneDue, en: Strings(.en).reviewNoneDue)
            return []
        }
        let items = due.compactMap { entry -> QuizSession.Item? in
            guard let location = library.index.questions[entry.questionID] else { return nil }
            return item(for: location.question, options: location.quiz.options)
        }
        route = .quiz(QuizSession(mode: .review, items: items))
        return []
    }

    /// The question with its answers in display order: shuffled when the quiz says so, and
    /// always for ordering questions (else the written order would give the answer away).
    private mutating func item(for question: Question, options: QuizOptions) -> QuizSession.Item {
        let count = question.content.original.answers.count
        var order = Array(0..<count)
        if question.kind == .ordering {
            if count > 1 {
                repeat { order.shuffle(using: &random) } while order == Array(0..<count)
            }
        } else if question.shufflesAnswers(in: options) {
            order.shuffle(using: &random)
        }
        return QuizSession.Item(questionID: question.id, order: order)
    }

    // MARK: - Answering

    func question(_ item: QuizSession.Item) -> Question? { library.index.questions[item.questionID]?.question }

    mutating func handleQuizKey(_ key: Key, _ session: QuizSession) -> [Effect] {
        var session = session
        guard let item = session.current, let question = question(item) else { return leaveQuiz(session) }
        let count = item.order.count
        if case .feedback = session.phase {
            switch key {
            case .enter, .character(" "), .right:
                return nextQuestion(session)
            case .up: session.scroll = max(0, session.scroll - 1)
            case .down: session.scroll += 1
            case .escape: return leaveQuiz(session)
            default: break
            }
            route = .quiz(session)
            return []
        }
        switch key {
        case .character(let c) where c.wholeNumberValue.map { (1...9).contains($0) } ?? false:
            let row = (c.wholeNumberValue ?? 1) - 1
            guard row < count else { break }
            choose(row, in: &session, kind: question.kind)
        case .up:
            session.cursor = max(0, session.cursor - 1)
            if question.kind == .single { session.selected = session.cursor }
        case .down:
            session.cursor = session.selected == nil && question.kind == .single ? session.cursor : min(count - 1, session.cursor + 1)
            if question.kind == .single { session.selected = session.cursor }
        case .character(" "):
            if question.kind == .multiple { choose(session.cursor, in: &session, kind: .multiple) }
            else if question.kind == .ordering { choose(session.cursor, in: &session, kind: .ordering) }
        case .backspace:
            if question.kind == .ordering, !session.picked.isEmpty { session.picked.removeLast() }
            else if question.kind == .multiple { session.ticked.remove(session.cursor) }
        case .character("h"), .character("H"):
            session.hintShown.toggle()
        case .enter:
            return submit(session, question: question, item: item)
        case .escape:
            return leaveQuiz(session)
        default: break
        }
        route = .quiz(session)
        return []
    }

    mutating func handleQuizMouse(_ action: MouseAction, at point: Point, _ session: QuizSession) -> [Effect] {
        var session = session
        switch action {
        case .wheelUp: session.scroll = max(0, session.scroll - 1)
        case .wheelDown: session.scroll += 1
        case .click:
            if case .feedback = session.phase { return nextQuestion(session) }
            guard let item = session.current, let question = question(item),
                  let row = QuizView.answerRow(at: point, session: session, state: self) else { return [] }
            if question.kind == .single && session.selected == row { return submit(session, question: question, item: item) }
            choose(row, in: &session, kind: question.kind)
        }
        route = .quiz(session)
        return []
    }

    private func choose(_ row: Int, in session: inout QuizSession, kind: Question.Kind) {
        session.cursor = row
        switch kind {
        case .single: session.selected = row
        case .multiple:
            if session.ticked.contains(row) { session.ticked.remove(row) } else { session.ticked.insert(row) }
        case .ordering:
            if !session.picked.contains(row) { session.picked.append(row) }
        }
    }

    private mutating func submit(_ session: QuizSession, question: Question, item: QuizSession.Item) -> [Effect] {
        var session = session
        let answers = question.content.original.answers
        let chosen: [Int]
        let correct: Bool
        switch question.kind {
        case .single:
            guard let selected = session.selected else { return warn(session, Strings(.zh).chooseFirst, Strings(.en).chooseFirst) }
            chosen = [item.order[selected]]
            correct = answers[chosen[0]].isCorrect
        case .multiple:
            guard !session.ticked.isEmpty else { return warn(session, Strings(.zh).tickFirst, Strings(.en).tickFirst) }
            chosen = session.ticked.map { item.order[$0] }.sorted()
            correct = Set(chosen) == Set(answers.indices.filter { answers[$0].isCorrect })
        case .ordering:
            guard session.picked.count == item.order.count else { return warn(session, Strings(.zh).pickAllFirst, Strings(.en).pickAllFirst) }
            chosen = session.picked.map { item.order[$0] }
            correct = chosen == Array(answers.indices)
        }
        session.phase = .feedback(correct: correct, chosen: chosen)
        session.scroll = 0
        session.outcomes.append(QuizSession.Outcome(questionID: question.id, correct: correct, chosen: chosen))
        route = .quiz(session)
        let now = self.now, calendar = self.calendar
        switch session.mode {
        case .quiz(_, _, _, let attemptID):
            return changeRecord { try? $0.record(ProgressKit.Answer(questionID: question.id, chosen: chosen, correct: correct, answeredAt: now),
                                                 inAttempt: attemptID, calendar: calendar) }
        case .review:
            guard let entry = record?.notebook.entry(for: question.id) else { return [] }
            return changeRecord { $0.recordReview(of: entry, correct: correct, at: now, calendar: calendar) }
        }
    }

    private mutating func warn(_ session: QuizSession, _ zh: String, _ en: String) -> [Effect] {
        notice = Notice(.warning, zh: zh, en: en)
        route = .quiz(session)
        return []
    }

    private mutating func nextQuestion(_ session: QuizSession) -> [Effect] {
        var session = session
        if session.index + 1 < session.items.count {
            session.index += 1
            session.resetAnswer()
            route = .quiz(session)
            return []
        }
        return finishQuiz(session)
    }

    private mutating func finishQuiz(_ session: QuizSession) -> [Effect] {
        switch session.mode {
        case .review:
            route = .home(HomeState())
            notice = Notice(.info, zh: Strings(.zh).reviewDone, en: Strings(.en).reviewDone)
            return []
        case .quiz(let quizID, _, _, let attemptID):
            let correctCount = session.outcomes.filter(\.correct).count
            let score = Attempt.scorePercent(correct: correctCount, total: session.items.count)
            let grade = library.index.quizzes[quizID]?.quiz.options.passingGrade ?? 80
            let passed = score >= grade
            route = .results(QuizResult(session: session, scorePercent: score, passed: passed))
            let now = self.now
            return changeRecord { try? $0.finishAttempt(attemptID, at: now, scorePercent: score, passed: passed) }
        }
    }

    /// Leaves a quiz unfinished: answers given so far stay saved in the attempt.
    private mutating func leaveQuiz(_ session: QuizSession) -> [Effect] {
        switch session.mode {
        case .review:
            route = .home(HomeState())
        case .quiz(_, let moduleID, let lessonID, _):
            let module = library.module(moduleID)
            let row = lessonID.flatMap { id in module?.lessons.firstIndex { $0.id == id } } ?? module?.lessons.count ?? 0
            route = .module(ModulePageState(moduleID: moduleID, selection: row))
        }
        return []
    }

    // MARK: - Results

    mutating func handleResultsKey(_ key: Key, _ result: QuizResult) -> [Effect] {
        var result = result
        guard case .quiz(let quizID, let moduleID, let lessonID, _) = result.session.mode,
              let quiz = library.index.quizzes[quizID]?.quiz else { route = .home(HomeState()); return [] }
        switch key {
        case .character("r"), .character("R"):
            guard quiz.options.enableRetry else {
                notice = Notice(.info, zh: Strings(.zh).noRetry, en: Strings(.en).noRetry)
                break
            }
            return startQuiz(quiz, moduleID: moduleID, lessonID: lessonID)
        case .enter:
            if let lessonID, let module = library.module(moduleID),
               let lesson = module.lessons.first(where: { $0.id == lessonID }) {
                if let next = nextLesson(after: lesson, in: module) { return openLesson(moduleID: moduleID, lessonID: next.id) }
            }
            route = .module(ModulePageState(moduleID: moduleID, selection: library.module(moduleID)?.lessons.count ?? 0))
            return []
        case .escape, .backspace:
            let module = library.module(moduleID)
            let row = lessonID.flatMap { id in module?.lessons.firstIndex { $0.id == id } } ?? module?.lessons.count ?? 0
            route = .module(ModulePageState(moduleID: moduleID, selection: row))
            return []
        case .up: result.scroll = max(0, result.scroll - 1)
        case .down: result.scroll += 1
        case .pageDown, .character(" "): result.scroll += 5
        case .pageUp: result.scroll = max(0, result.scroll - 5)
        default: break
        }
        route = .results(result)
        return []
    }

    mutating func handleResultsMouse(_ action: MouseAction, _ result: QuizResult) -> [Effect] {
        var result = result
        switch action {
        case .wheelUp: result.scroll = max(0, result.scroll - 1)
        case .wheelDown: result.scroll += 1
        case .click: return []
        }
        route = .results(result)
        return []
    }
}
