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

    static func lines(_ session: QuizSession, _ state: AppState, width: Int) -> [Line] {
        guard let item = session.current, let question = state.question(item) else { return [] }
        let s = state.strings
        let content = question.content.value(for: state.contentLanguage)
        let renderer = DocumentRenderer(imageLabel: s.imageLabel)
        var lines: [Line] = []
        func add(_ styled: [StyledLine], row: Int? = nil) { lines += styled.map { Line(text: $0, answerRow: row) } }
        let heading = renderer.render(content.heading, width: width).map { StyledLine($0.spans.map { Span($0.text, style: $0.style.merged(with: Theme.emphasis)) }) }
        add(heading)
        if !content.body.isEmpty { add([StyledLine()]); add(renderer.render(content.body, width: width)) }
        add([StyledLine()])
        let feedback: (correct: Bool, chosen: [Int])?
        if case .feedback(let correct, let chosen) = session.phase { feedback = (correct, chosen) } else { feedback = nil }
        for (row, original) in item.order.enumerated() {
            let answer = content.answers[original]
            let mark: String
            switch question.kind {
            case .single:
                let chosen = feedback.map { $0.chosen.contains(original) } ?? (session.selected == row)
                mark = chosen ? "(●)" : "( )"
            case .multiple: mark = session.ticked.contains(row) ? "[✓]" : "[ ]"
            case .ordering:
                if let position = session.picked.firstIndex(of: row) { mark = "<\(position + 1)>" } else { mark = "< >" }
            }
            let number = row < 9 ? "\(row + 1). " : "   "
            let prefix = " \(number)\(mark) "
            let indent = DisplayWidth.of(prefix)
            var styled = renderer.render(answer.text, width: max(4, width - indent - 2))
            if styled.isEmpty { styled = [StyledLine()] }
            var style = Style.plain
            let highlighted = question.kind == .single ? session.selected == row : session.cursor == row
            if feedback == nil && highlighted { style = Theme.selected }
            if let feedback, question.kind != .ordering {
                if answer.isCorrect { style = Theme.good } else if feedback.chosen.contains(original) { style = Theme.bad }
            }
            for (i, line) in styled.enumerated() {
                let lead = i == 0 ? prefix : String(repeating: " ", count: indent)
                let spans = [Span(lead, style: style)] + line.spans.map { Span($0.text, style: style.merged(with: $0.style)) }
                lines.append(Line(text: StyledLine(spans), answerRow: row))
            }
        }
        if question.kind == .ordering {
            add([StyledLine()])
            let order = session.picked.map { row in content.answers[item.order[row]].plainText }
            let text = s.yourOrder + (order.isEmpty ? s.nothingPickedYet : order.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " → "))
            add(LineWrapper.wrap(StyledLine(text, style: Theme.emphasis), width: width))
        }
        if session.hintShown {
            add([StyledLine()])
            if let hint = content.hint {
                // Authors often start the hint with "提示：" themselves; say it only once.
                let text = hint.plainText.trimmingCharacters(in: .whitespaces)
                if !(text.hasPrefix("提示") || text.lowercased().hasPrefix("hint")) {
                    add([StyledLine(s.hintLabel, style: Theme.warning)])
                }
                add(renderer.render(hint, width: width - 2).map { StyledLine([Span("│ ", style: Theme.warning)] + $0.spans) })
            } else {
                add([StyledLine(s.noHint, style: Theme.muted)])
            }
        }
        if let feedback {
            add([StyledLine()])
            add([StyledLine(feedback.correct ? s.right : s.wrong, style: feedback.correct ? Theme.good : Theme.bad)])
            if !feedback.correct {
                let right: String
                if question.kind == .ordering {
                    right = s.rightOrderIs + content.answers.enumerated().map { "\($0.offset + 1). \($0.element.plainText)" }.joined(separator: " → ")
                } else {
                    let rows = item.order.enumerated().filter { content.answers[$0.element].isCorrect }.map { "\($0.offset + 1)" }
                    right = s.rightAnswerIs + rows.joined(separator: "、")
                }
                add(LineWrapper.wrap(StyledLine(right, style: Theme.emphasis), width: width))
            }
            // Comments: on the answers chosen, and on the right ones; for ordering, all of them.
            let shown: [Int]
            switch question.kind {
            case .ordering: shown = Array(content.answers.indices)
            default: shown = content.answers.indices.filter { feedback.chosen.contains($0) || content.answers[$0].isCorrect }
            }
            for index in shown {
                guard let comment = content.answers[index].comment, !comment.isEmpty else { continue }
                let label = content.answers[index].plainText
                add([StyledLine("• " + LineWrapper.truncate(label, width: width - 2), style: Theme.emphasis)])
                add(renderer.render(comment, width: width - 2).map { $0.prefixed(by: [Span("  ")]) })
            }
        }
        return lines
    }

    /// The first line shown: in the answering phase the highlighted answer stays visible.
    static func firstLine(_ all: [Line], session: QuizSession, height: Int) -> Int {
        let maxFirst = max(0, all.count - height)
        if case .feedback = session.phase { return min(session.scroll, maxFirst) }
        guard let last = all.lastIndex(where: { $0.answerRow == session.cursor }) else { return min(session.scroll, maxFirst) }
        return min(maxFirst, max(0, last - height + 1))
    }

    /// The answer row drawn at `point`, for clicks.
    static func answerRow(at point: Point, session: QuizSession, state: AppState) -> Int? {
        let rect = bodyRect(state.size)
        guard rect.contains(point) else { return nil }
        let all = lines(session, state, width: rect.width)
        let i = firstLine(all, session: session, height: rect.height) + point.y - rect.y
        return i < all.count ? all[i].answerRow : nil
    }

    static func render(_ session: QuizSession, _ state: AppState, into screen: inout Screen) {
        let s = state.strings
        guard let item = session.current, let question = state.question(item) else { return }
        var hints: [KeyHintBar.Hint]
        if case .feedback = session.phase {
            let last = session.index + 1 == session.items.count
            hints = [.init("Enter", last ? (session.mode == .review ? s.keyDone : s.keyResults) : s.keyNext), .init("↑↓", s.keyScroll), .init("Esc", s.keyBack)]
        } else {
            switch question.kind {
            case .single: hints = [.init("1-9", s.keySelect), .init("Enter", s.keyConfirm)]
            case .multiple: hints = [.init("1-9", s.keyTick), .init("Enter", s.keyConfirm)]
            case .ordering: hints = [.init("1-9", s.keySelect), .init("⌫", s.keyUndo), .init("Enter", s.keyConfirm)]
            }
            hints += [.init("h", s.keyHint), .init("Esc", s.keyBack), .init("?", s.keyHelp)]
        }
        let title: String
        switch session.mode {
        case .review: title = s.reviewTitle
        case .quiz(_, let moduleID, let lessonID, _):
            let module = state.library.module(moduleID)
            if let lessonID, let lesson = module?.lessons.first(where: { $0.id == lessonID }) {
                title = lesson.title.value(for: state.contentLanguage) + " · " + s.keyTakeCheck
            } else {
                title = (module?.title.value(for: state.contentLanguage) ?? "") + " · " + s.moduleQuiz
            }
        }
        Chrome(title: title, trailing: state.record?.learner.displayName, hints: hints).render(state, into: &screen)
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
        screen.put(LineWrapper.truncate("   " + kind, width: content.maxX - x), x: x, y: content.y, style: Theme.warning)
        let rect = bodyRect(screen.size)
        let all = lines(session, state, width: rect.width)
        let first = firstLine(all, session: session, height: rect.height)
        for (i, line) in all.dropFirst(first).prefix(rect.height).enumerated() {
            screen.put(line.text, x: rect.x, y: rect.y + i, clip: rect)
        }
        if first + rect.height < all.count {
            screen.put("▼", x: rect.maxX - 1, y: rect.maxY - 1, style: Theme.warning)
        }
    }
}
