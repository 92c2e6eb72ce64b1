import LessonKit
import TerminalKit

/// A finished quiz: the score, passed or not, and the questions to look at again.
enum ResultsView {
    static func lines(_ result: QuizResult, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        guard case .quiz(let quizID, _, _, _) = result.session.mode, let quiz = context.library.index.quizzes[quizID]?.quiz else { return [] }
        let grade = quiz.options.passingGrade
        let messages = quiz.messages.value(for: context.contentLanguage)
        var lines: [StyledLine] = []
        let correct = result.session.outcomes.filter(\.correct).count
        lines.append(StyledLine([Span(s.score(result.scorePercent), style: Theme.heading),
                                 Span("   " + s.correctCount(correct, result.session.items.count), style: Theme.muted)]))
        lines.append(StyledLine(LineWrapper.truncate(ProgressBar(fraction: Double(result.scorePercent) / 100).line(width: min(40, width)).text, width: width)))
        lines.append(StyledLine())
        let verdict = result.passed ? s.passLine(grade) : s.failLine(grade)
        lines += LineWrapper.wrap(StyledLine(verdict, style: result.passed ? Theme.good : Theme.bad), width: width)
        if let message = result.passed ? messages.pass : messages.fail {
            lines += LineWrapper.wrap(StyledLine(message, style: Theme.emphasis), width: width)
        }
        lines.append(StyledLine())
        let wrong = result.session.outcomes.filter { !$0.correct }
        if wrong.isEmpty {
            lines.append(StyledLine(s.allRight, style: Theme.good))
            return lines
        }
        lines.append(StyledLine(s.wrongAnswers, style: Theme.heading))
        let renderer = DocumentRenderer(imageLabel: s.imageLabel)
        for (n, outcome) in wrong.enumerated() {
            guard let question = context.library.index.questions[outcome.questionID]?.question else { continue }
            let content = question.content.value(for: context.contentLanguage)
            let number = "\(n + 1). "
            let heading = LineWrapper.wrap(StyledLine(content.headingText, style: Theme.emphasis), width: width - number.count)
            for (i, line) in heading.enumerated() {
                lines.append(line.prefixed(by: [Span(i == 0 ? number : String(repeating: " ", count: number.count), style: Theme.emphasis)]))
            }
            let right: String
            if question.kind == .ordering {
                right = s.rightOrderIs + content.answers.map(\.plainText).joined(separator: " → ")
            } else {
                right = s.rightAnswerIs + content.answers.filter(\.isCorrect).map(\.plainText).joined(separator: "；")
            }
            lines += LineWrapper.wrap(StyledLine(right, style: Theme.good), width: width - 3).map { $0.prefixed(by: [Span("   ")]) }
            for index in content.answers.indices where content.answers[index].isCorrect || outcome.chosen.contains(index) {
                guard question.kind != .ordering, let comment = content.answers[index].comment else { continue }
                lines += renderer.render(comment, width: width - 3).map { $0.prefixed(by: [Span("   ")]) }
            }
        }
        return lines
    }

    static func render(_ result: QuizResult, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        var hints: [KeyHintBar.Hint] = [.init("Enter", s.keyDone)]
        if case .quiz(let quizID, _, _, _) = result.session.mode, context.library.index.quizzes[quizID]?.quiz.options.enableRetry == true {
            hints.append(.init("R", s.keyRetry))
        }
        hints += [.init("↑↓", s.keyScroll), .init("Esc", s.keyBack), .init("L", s.keyLanguage)]
        Chrome(title: s.resultsTitle, trailing: context.record?.learner.displayName, hints: hints).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        let all = lines(result, context, width: content.width)
        let first = min(result.scroll, max(0, all.count - content.height))
        for (i, line) in all.dropFirst(first).prefix(content.height).enumerated() {
            screen.put(line, x: content.x, y: content.y + i, clip: content)
        }
    }
}
