import Foundation
import LessonKit
import TerminalKit

/// One question a screen: the question, the answers to choose from, the hint, the feedback.
enum QuizView {
    /// A laid-out line, tagged with the answer row it shows (for clicks).
    struct Line {
        var text: StyledLine
        var answerRow: Int?
    }

    /// The question's area: below the "question 3 of 8" line.
    static func bodyRect(_ size: Size) -> Rect {
        let content = Chrome.contentRect(for: size)
        return Rect(x: content.x, y: content.y + 2, width: content.width, height: content.height - 2)
    }

    /// What the lines of one question are made from.
    private struct Parts {
        var session: QuizSession
        var item: QuizSession.Item
        var question: Question
        var content: QuestionContent
        var strings: Strings
        var renderer: DocumentRenderer
        var width: Int
        /// The answer given, once the feedback is shown.
        var feedback: (correct: Bool, chosen: [Int])?
        /// How the terminal draws ambiguous characters.
        var ambiguous: AmbiguousWidth = .narrow
    }

    /// The question laid out `width` columns wide, top to bottom: heading and text, the verdict
    /// once answered, the answers (each with its comment once answered), the order picked so
    /// far, the hint.
    static func lines(_ session: QuizSession, _ context: ScreenContext, width: Int) -> [Line] {
        guard let item = session.current, let question = context.question(item) else { return [] }
        let s = context.strings
        var parts = Parts(session: session, item: item, question: question,
                          content: question.content.value(for: context.contentLanguage), strings: s,
                          renderer: DocumentRenderer(imageLabel: s.imageLabel, ambiguous: context.ambiguous), width: width)
        parts.ambiguous = context.ambiguous
        if case .feedback(let correct, let chosen) = session.phase { parts.feedback = (correct, chosen) }
        var lines = plain(questionLines(parts))
        if parts.feedback != nil { lines += plain(verdictLines(parts)) }
        lines += answerLines(parts)
        if question.kind == .ordering { lines += plain(orderLines(parts)) }
        if session.hintShown { lines += plain(hintLines(parts)) }
        return lines
    }

    private static func plain(_ lines: [StyledLine]) -> [Line] { lines.map { Line(text: $0, answerRow: nil) } }

    /// The question's heading in bold, its text, and a blank line.
    private static func questionLines(_ p: Parts) -> [StyledLine] {
        var lines = p.renderer.render(p.content.heading, width: p.width).map {
            StyledLine($0.spans.map { Span($0.text, style: $0.style.merged(with: Theme.emphasis)) })
        }
        if !p.content.body.isEmpty { lines += [StyledLine()] + p.renderer.render(p.content.body, width: p.width) }
        return lines + [StyledLine()]
    }

    /// Right or wrong, then her choice and the right one by their numbers on screen.
    private static func verdictLines(_ p: Parts) -> [StyledLine] {
        guard let feedback = p.feedback else { return [] }
        let s = p.strings
        var text = feedback.correct ? s.right : s.wrong
        if !feedback.correct, let sentence = FeedbackText.sentence(p.question, answers: p.content.answers, order: p.item.order,
                                                                 chosen: feedback.chosen, s) {
            text += s.sentenceGap + sentence
        }
        let style = feedback.correct ? Theme.good : Theme.bad
        return LineWrapper.wrap(StyledLine(text, style: style), width: p.width, ambiguous: p.ambiguous) + [StyledLine()]
    }

    /// Each answer with its number and mark (`(●)`, `[✓]`, `<2>`), highlighted while choosing,
    /// green and red in the feedback, with its comment under it.
    private static func answerLines(_ p: Parts) -> [Line] {
        var lines: [Line] = []
        let commented = p.feedback.map { FeedbackText.commented(p.question, answers: p.content.answers, chosen: $0.chosen) } ?? []
        for (row, original) in p.item.order.enumerated() {
            let answer = p.content.answers[original]
            let prefix = " \(row < 9 ? "\(row + 1). " : "   ")\(mark(row: row, original: original, p)) "
            let indent = DisplayWidth.of(prefix, ambiguous: p.ambiguous)
            var styled = p.renderer.render(answer.text, width: max(4, p.width - indent - 2))
            if styled.isEmpty { styled = [StyledLine()] }
            let style = answerStyle(row: row, original: original, answer: answer, p)
            for (i, line) in styled.enumerated() {
                let lead = i == 0 ? prefix : String(repeating: " ", count: indent)
                let spans = [Span(lead, style: style)] + line.spans.map { Span($0.text, style: style.merged(with: $0.style)) }
                lines.append(Line(text: StyledLine(spans), answerRow: row))
            }
            if p.question.kind != .ordering, commented.contains(original), let comment = answer.comment, !comment.isEmpty {
                let pad = [Span(String(repeating: " ", count: indent))]
                lines += p.renderer.render(comment, width: max(4, p.width - indent - 2)).map {
                    Line(text: StyledLine(pad + $0.spans.map { Span($0.text, style: $0.style.merged(with: Theme.muted)) }), answerRow: row)
                }
            }
        }
        return lines
    }

    private static func mark(row: Int, original: Int, _ p: Parts) -> String {
        switch p.question.kind {
        case .single:
            let chosen = p.feedback.map { $0.chosen.contains(original) } ?? (p.session.selected == row)
            return chosen ? "(" + Glyphs.for(p.ambiguous).dot + ")" : "( )"
        case .multiple:
            let ticked = p.feedback.map { $0.chosen.contains(original) } ?? p.session.ticked.contains(row)
            return ticked ? "[" + Glyphs.for(p.ambiguous).check + "]" : "[ ]"
        case .ordering:
            return p.session.picked.firstIndex(of: row).map { "<\($0 + 1)>" } ?? "< >"
        }
    }

    private static func answerStyle(row: Int, original: Int, answer: LessonKit.Answer, _ p: Parts) -> Style {
        guard let feedback = p.feedback else {
            let highlighted = p.question.kind == .single ? p.session.selected == row : p.session.cursor == row
            return highlighted ? Theme.selected : .plain
        }
        guard p.question.kind != .ordering else { return .plain }
        if answer.isCorrect { return Theme.good }
        return feedback.chosen.contains(original) ? Theme.bad : .plain
    }

    /// "Your order: 1. … → 2. …" for an ordering question; once answered wrongly, the right
    /// order too, with the comments in that order.
    private static func orderLines(_ p: Parts) -> [StyledLine] {
        let s = p.strings
        let picked = p.session.picked.map { p.item.order[$0] }
        let orders = FeedbackText.orders(answers: p.content.answers, chosen: picked, s)
        let yours = picked.isEmpty ? s.yourOrder + s.nothingPickedYet : orders.yours
        var lines = [StyledLine()] + LineWrapper.wrap(StyledLine(yours, style: Theme.emphasis), width: p.width, ambiguous: p.ambiguous)
        guard let feedback = p.feedback else { return lines }
        if !feedback.correct { lines += LineWrapper.wrap(StyledLine(orders.right, style: Theme.good), width: p.width, ambiguous: p.ambiguous) }
        for (n, answer) in p.content.answers.enumerated() {
            guard let comment = answer.comment, !comment.isEmpty else { continue }
            let lead = "\(n + 1). "
            lines.append(StyledLine(lead + LineWrapper.truncate(answer.plainText, width: p.width - lead.count, ambiguous: p.ambiguous), style: Theme.emphasis))
            lines += p.renderer.render(comment, width: p.width - 3).map { $0.prefixed(by: [Span("   ")]) }
        }
        return lines
    }

    /// The hint, marked with a bar at its left, or "no hint".
    private static func hintLines(_ p: Parts) -> [StyledLine] {
        guard let hint = p.content.hint else { return [StyledLine(), StyledLine(p.strings.noHint, style: Theme.muted)] }
        var lines = [StyledLine()]
        // Authors often start the hint with "提示：" themselves; say it only once.
        let text = hint.plainText.trimmingCharacters(in: .whitespaces)
        if !(text.hasPrefix("提示") || text.lowercased().hasPrefix("hint")) {
            lines.append(StyledLine(p.strings.hintLabel, style: Theme.warning))
        }
        return lines + p.renderer.render(hint, width: p.width - 2).map { StyledLine([Span(Glyphs.for(p.ambiguous).quoteBar + " ", style: Theme.warning)] + $0.spans) }
    }

    /// The first line shown: in the answering phase the highlighted answer stays visible.
    static func firstLine(_ all: [Line], session: QuizSession, height: Int) -> Int {
        let maxFirst = max(0, all.count - height)
        if case .feedback = session.phase { return min(session.scroll, maxFirst) }
        guard let last = all.lastIndex(where: { $0.answerRow == session.cursor }) else { return min(session.scroll, maxFirst) }
        return min(maxFirst, max(0, last - height + 1))
    }

    /// The answer row drawn at `point`, for clicks.
    static func answerRow(at point: Point, session: QuizSession, context: ScreenContext) -> Int? {
        let rect = bodyRect(context.size)
        guard rect.contains(point) else { return nil }
        let all = lines(session, context, width: rect.width)
        let i = firstLine(all, session: session, height: rect.height) + point.y - rect.y
        return i < all.count ? all[i].answerRow : nil
    }

    static func render(_ session: QuizSession, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        guard let item = session.current, let question = context.question(item) else { return }
        Chrome(title: title(session, context), trailing: context.record?.learner.displayName, hints: hints(session, question.kind, s, read: context.readAloudHint))
            .render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        var header = s.questionOf(session.index + 1, session.items.count)
        if session.mode == .review { header += "  " + s.reviewLeft(session.items.count - session.index) }
        let kind: String
        switch question.kind {
        case .single: kind = s.chooseOne
        case .multiple: kind = s.chooseAll
        case .ordering: kind = s.putInOrder
        }
        let x = screen.put(header, x: content.x, y: content.y, style: Theme.heading)
        screen.put(LineWrapper.truncate("   " + kind, width: content.maxX - x, ambiguous: context.ambiguous), x: x, y: content.y, style: Theme.warning)
        let rect = bodyRect(screen.size)
        let all = lines(session, context, width: rect.width)
        let first = firstLine(all, session: session, height: rect.height)
        for (i, line) in all.dropFirst(first).prefix(rect.height).enumerated() {
            screen.put(line.text, x: rect.x, y: rect.y + i, clip: rect)
        }
        Chrome.drawScrollMarks(above: first > 0, below: first + rect.height < all.count, beside: rect, screen: &screen)
    }

    private static func hints(_ session: QuizSession, _ kind: Question.Kind, _ s: Strings,
                              read: KeyHintBar.Hint) -> [KeyHintBar.Hint] {
        if case .feedback = session.phase {
            let last = session.index + 1 == session.items.count
            return [.init("Enter", last ? (session.mode == .review ? s.keyDone : s.keyResults) : s.keyNext),
                    .init("↑↓", s.keyScroll), .init("Esc", s.keyLeaveQuiz), .init("?", s.keyHelp)]
        }
        var hints: [KeyHintBar.Hint]
        switch kind {
        case .single: hints = [.init("1-9", s.keySelect), .init("Enter", s.keyConfirm)]
        case .multiple: hints = [.init("1-9", s.keyTick), .init("Enter", s.keyConfirm)]
        case .ordering: hints = [.init("1-9", s.keySelect), .init(s.backspaceKey, s.keyUndo), .init("Enter", s.keyConfirm)]
        }
        return hints + [.init("h", s.keyHint), read, .init("Esc", s.keyLeaveQuiz), .init("?", s.keyHelp)]
    }

    private static func title(_ session: QuizSession, _ context: ScreenContext) -> String {
        let s = context.strings
        guard case .quiz(_, let moduleID, let lessonID, _) = session.mode else { return s.notebookTitle }
        let module = context.library.module(moduleID)
        if let lessonID, let lesson = module?.lesson(lessonID) {
            return lesson.title.value(for: context.contentLanguage) + " \(context.glyphs.separator) " + s.check
        }
        return (module?.title.value(for: context.contentLanguage) ?? "") + " \(context.glyphs.separator) " + s.moduleQuiz
    }
}
