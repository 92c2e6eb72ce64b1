import LessonKit
import ProgressKit
import TerminalKit

/// A finished quiz: the score, passed or not, what to do next, and each missed question with
/// her choice and the right one by their numbers on screen.
enum ResultsView {
    static func lines(_ result: QuizResult, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        guard case .quiz(let quizID, _, _, _) = result.session.mode, let quiz = context.library.index.quiz(quizID)?.quiz else { return [] }
        let messages = quiz.messages.value(for: context.contentLanguage)
        var lines: [StyledLine] = []
        let correct = result.session.outcomes.filter(\.correct).count
        lines.append(StyledLine([Span(s.score(result.scorePercent), style: Theme.heading),
                                 Span("   " + s.correctCount(correct, result.session.items.count), style: Theme.muted)]))
        lines.append(StyledLine(LineWrapper.truncate(ProgressBar(fraction: Double(result.scorePercent) / 100).line(width: min(40, width), glyphs: context.glyphs).text, width: width, ambiguous: context.ambiguous)))
        lines.append(StyledLine())
        let verdict = result.passed ? s.passLine(quiz.options.passingGrade) : s.failLine(quiz.options.passingGrade)
        lines += LineWrapper.wrap(StyledLine(verdict, style: result.passed ? Theme.good : Theme.bad), width: width, ambiguous: context.ambiguous)
        if let message = result.passed ? messages.pass : messages.fail {
            lines += LineWrapper.wrap(StyledLine(message, style: Theme.emphasis), width: width, ambiguous: context.ambiguous)
        }
        if let advice = nextAdvice(result, context) {
            lines += LineWrapper.wrap(StyledLine(advice, style: Theme.warning), width: width, ambiguous: context.ambiguous)
        }
        if let rehearsals = rehearsalAdvice(result, context) {
            lines += LineWrapper.wrap(StyledLine(rehearsals, style: Theme.warning), width: width, ambiguous: context.ambiguous)
        }
        lines.append(StyledLine())
        let wrong = result.session.outcomes.filter { !$0.correct }
        if wrong.isEmpty {
            lines.append(StyledLine(s.allRight, style: Theme.good))
            return lines
        }
        lines.append(StyledLine(s.wrongAnswers, style: Theme.heading))
        for (n, outcome) in wrong.enumerated() {
            lines += missedLines(outcome, number: n + 1, session: result.session, context: context, width: width)
        }
        return lines
    }

    /// What to do next: the lessons to read again after a failed quiz, the next module after a
    /// passed module quiz.
    static func nextAdvice(_ result: QuizResult, _ context: ScreenContext) -> String? {
        guard case .quiz(_, let moduleID, let lessonID, _) = result.session.mode, let module = context.library.module(moduleID) else { return nil }
        let s = context.strings
        let language = context.contentLanguage
        switch (result.passed, lessonID) {
        case (false, let lessonID?):
            return module.lesson(lessonID).map { s.rereadThisLesson($0.title.value(for: language)) }
        case (false, nil):
            let lessons = rereadLessons(result, module: module, context: context)
            guard !lessons.isEmpty else { return nil }
            return s.rereadLessons(lessons.map { lesson in
                s.lessonNumber((module.lessons.firstIndex { $0.id == lesson.id } ?? 0) + 1, lesson.title.value(for: language))
            })
        case (true, nil):
            guard let next = context.record?.recommendedModule(context.modulesByLevel), next.id != module.id else { return nil }
            return s.nextModuleAdvice(next.title.value(for: language))
        case (true, _?):
            return nil
        }
    }

    /// After a module quiz: the module's rehearsals not passed yet, as a next step.
    static func rehearsalAdvice(_ result: QuizResult, _ context: ScreenContext) -> String? {
        guard case .quiz(_, let moduleID, nil, _) = result.session.mode, let module = context.library.module(moduleID),
              let record = context.record else { return nil }
        let open = record.rehearsalsNotPassed(in: module)
        guard !open.isEmpty else { return nil }
        return context.strings.rehearsalsToPass(open.map { VisibleText.inline($0.title.value(for: context.contentLanguage)) })
    }

    /// The lessons of `module` that teach what a failed module quiz's missed questions asked.
    static func rereadLessons(_ result: QuizResult, module: Module, context: ScreenContext) -> [Lesson] {
        let missed = result.session.outcomes.filter { !$0.correct }.compactMap { context.library.index.question($0.questionID)?.question }
        return RereadAdvice.lessons(for: missed, in: module, lessonPieces: context.library.rereadPieces(of: module))
    }

    /// One missed question: its heading, her choice and the right one, and the answers that
    /// matter, each with its comment, in the order they were on screen.
    private static func missedLines(_ outcome: QuizSession.Outcome, number: Int, session: QuizSession, context: ScreenContext,
                                    width: Int) -> [StyledLine] {
        guard let question = context.library.index.question(outcome.questionID)?.question else { return [] }
        let s = context.strings
        let content = question.content.value(for: context.contentLanguage)
        let order = session.items.first { $0.questionID == outcome.questionID }?.order ?? Array(content.answers.indices)
        let lead = "\(number). "
        var lines = LineWrapper.wrap(StyledLine(content.headingText, style: Theme.emphasis), width: width - lead.count, ambiguous: context.ambiguous).enumerated().map {
            $0.element.prefixed(by: [Span($0.offset == 0 ? lead : String(repeating: " ", count: lead.count), style: Theme.emphasis)])
        }
        let indent = [Span("   ")]
        let inner = width - 3
        if question.kind == .ordering {
            let orders = FeedbackText.orders(answers: content.answers, chosen: outcome.chosen, s)
            lines += LineWrapper.wrap(StyledLine(orders.yours, style: Theme.bad), width: inner, ambiguous: context.ambiguous).map { $0.prefixed(by: indent) }
            lines += LineWrapper.wrap(StyledLine(orders.right, style: Theme.good), width: inner, ambiguous: context.ambiguous).map { $0.prefixed(by: indent) }
            return lines
        }
        if let sentence = FeedbackText.sentence(question, answers: content.answers, order: order, chosen: outcome.chosen, s) {
            lines += LineWrapper.wrap(StyledLine(sentence), width: inner, ambiguous: context.ambiguous).map { $0.prefixed(by: indent) }
        }
        let renderer = DocumentRenderer(imageLabel: s.imageLabel, ambiguous: context.ambiguous)
        for (row, original) in order.enumerated() {
            let answer = content.answers[original]
            guard answer.isCorrect || outcome.chosen.contains(original) else { continue }
            let style = answer.isCorrect ? Theme.good : Theme.bad
            let label = "\(row + 1). "
            lines += LineWrapper.wrap(StyledLine(label + answer.plainText, style: style), width: inner, ambiguous: context.ambiguous).map { $0.prefixed(by: indent) }
            if let comment = answer.comment {
                lines += renderer.render(comment, width: inner - label.count).map { $0.prefixed(by: [Span("   " + String(repeating: " ", count: label.count))]) }
            }
        }
        return lines
    }

    static func render(_ result: QuizResult, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        Chrome(title: s.resultsTitle, trailing: context.record?.learner.displayName, hints: hints(result, context)).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        let all = lines(result, context, width: content.width)
        let first = min(result.scroll, max(0, all.count - content.height))
        for (i, line) in all.dropFirst(first).prefix(content.height).enumerated() {
            screen.put(line, x: content.x, y: content.y + i, clip: content)
        }
        Chrome.drawScrollMarks(above: first > 0, below: first + content.height < all.count, beside: content, screen: &screen)
    }

    static func hints(_ result: QuizResult, _ context: ScreenContext) -> [KeyHintBar.Hint] {
        let s = context.strings
        var hints: [KeyHintBar.Hint] = [.init("Enter", enterLabel(result, context))]
        if case .quiz(let quizID, _, _, _) = result.session.mode, context.library.index.quiz(quizID)?.quiz.options.enableRetry == true {
            hints.append(.init("1", s.keyRetry))
        }
        return hints + [.init("↑↓", s.keyScroll), .init("Esc", s.keyBackToModule), .init("?", s.keyHelp), .init("L", s.keyLanguage)]
    }

    /// What Enter does (see `QuizResult.goOn`).
    static func enterLabel(_ result: QuizResult, _ context: ScreenContext) -> String {
        let s = context.strings
        guard case .quiz(_, let moduleID, let lessonID, _) = result.session.mode, let module = context.library.module(moduleID) else {
            return s.keyDone
        }
        switch (result.passed, lessonID) {
        case (true, let lessonID?):
            if module.lesson(after: lessonID) != nil { return s.keyNextLesson }
            let quizOpen = module.quiz.map { context.record?.quizStatus(quizID: $0.id, moduleID: module.id) != .passed } ?? false
            return quizOpen ? s.keyModuleQuiz : s.keyBackToModule
        case (false, _?): return s.keyReread
        case (true, nil): return s.keyHome
        case (false, nil):
            let first = rereadLessons(result, module: module, context: context).first ?? module.lessons.first
            let number = first.flatMap { lesson in module.lessons.firstIndex { $0.id == lesson.id } }.map { $0 + 1 } ?? 1
            return s.keyReadLesson(number)
        }
    }
}
