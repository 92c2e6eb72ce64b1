import LessonKit
import TerminalKit

/// A rehearsal: a status line (feedback, countdown or ending), the passage's text, the viewers'
/// comments (弹幕) in a panel, and the numbered choices below.
enum ScenarioView {
    static func render(_ state: ScenarioState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        guard let scenario = state.scenario(in: context.library),
              let passage = state.passage(scenario, language: context.contentLanguage) else { return }
        let title = VisibleText.inline(scenario.title.value(for: context.contentLanguage))
        Chrome(title: s.rehearsalMark + " · " + title, trailing: context.record?.learner.displayName,
               hints: hints(passage, s)).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        let status = statusLines(state, passage, context)
        for (i, line) in status.enumerated() { screen.put(line, x: content.x, y: content.y + i, clip: content) }
        let choices = choiceLines(state, passage, width: content.width)
        let choicesTop = content.maxY - choices.count
        for (i, line) in choices.enumerated() { screen.put(line, x: content.x, y: choicesTop + i, clip: content) }
        let top = content.y + status.count + (status.isEmpty ? 0 : 1)
        let bottom = choices.isEmpty ? content.maxY : choicesTop - 1
        var textRect = Rect(x: content.x, y: top, width: content.width, height: max(0, bottom - top))
        let shown = Array(passage.comments.prefix(state.commentsShown(passage, at: context.now)))
        if !passage.comments.isEmpty {
            textRect = renderComments(shown, around: textRect, s, into: &screen)
        }
        renderText(passage, in: textRect, context, into: &screen)
    }

    private static func hints(_ passage: ScenarioPassage, _ s: Strings) -> [KeyHintBar.Hint] {
        if passage.isEnding {
            return [.init("1", s.keyTryAgain), .init("Esc", s.keyBackToModule), .init("R", s.keyReadAloud),
                    .init("L", s.keyLanguage)]
        }
        return [.init("1-9", s.keyChoose), .init("↑↓", s.keySelect), .init("Enter", s.keyConfirm),
                .init("Esc", s.keyBackToModule), .init("R", s.keyReadAloud), .init("L", s.keyLanguage)]
    }

    /// Feedback on the last choice, the countdown, or the ending with the mistakes counted.
    static func statusLines(_ state: ScenarioState, _ passage: ScenarioPassage, _ context: ScreenContext) -> [StyledLine] {
        let s = context.strings
        var lines: [StyledLine] = []
        switch passage.feedback {
        case .good?: lines.append(StyledLine(s.feedbackGood, style: Theme.good))
        case .mistake?: lines.append(StyledLine(s.feedbackMistake, style: Theme.bad))
        case nil: break
        }
        if let ending = passage.ending {
            lines.append(StyledLine(ending == .pass ? s.endingPass : s.endingFail, style: ending == .pass ? Theme.good : Theme.bad))
            lines.append(StyledLine(s.mistakesCount(state.mistakes), style: Theme.emphasis))
        }
        if let left = state.secondsLeft(passage, at: context.now) {
            lines.append(StyledLine(s.secondsLeft(left), style: left <= 5 ? Theme.bad : Theme.warning))
        }
        return lines
    }

    /// The choices numbered, each wrapped under its number; the highlighted one reversed. On an
    /// ending: the way to try again.
    static func choiceLines(_ state: ScenarioState, _ passage: ScenarioPassage, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (index, choice) in passage.choices.prefix(9).enumerated() {
            let style = index == state.selection ? Theme.selected : Style.plain
            let wrapped = LineWrapper.wrap(VisibleText.inline(choice.text), width: max(1, width - 4))
            for (row, text) in wrapped.enumerated() {
                lines.append(StyledLine((row == 0 ? " \(index + 1). " : "    ") + text, style: style))
            }
        }
        return lines
    }

    /// Draws the comments panel (the right third from 80 columns, else a strip below the text)
    /// and returns the room left for the text.
    private static func renderComments(_ comments: [ViewerComment], around rect: Rect, _ s: Strings,
                                       into screen: inout Screen) -> Rect {
        let wide = screen.size.width >= 80
        let panel: Rect
        let text: Rect
        if wide {
            let panelWidth = rect.width / 3
            panel = Rect(x: rect.maxX - panelWidth, y: rect.y, width: panelWidth, height: rect.height)
            text = Rect(x: rect.x, y: rect.y, width: rect.width - panelWidth - 2, height: rect.height)
        } else {
            let panelHeight = min(5, rect.height / 2)
            panel = Rect(x: rect.x, y: rect.maxY - panelHeight, width: rect.width, height: panelHeight)
            text = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - panelHeight - 1)
        }
        guard panel.height > 1, panel.width > 4 else { return rect }
        screen.put(LineWrapper.truncate("── " + s.viewerComments + " ", width: panel.width), x: panel.x, y: panel.y, style: Theme.frame)
        var lines: [StyledLine] = []
        for comment in comments {
            let name = comment.viewer.map { VisibleText.inline($0) + s.commentSeparator } ?? ""
            for (row, part) in LineWrapper.wrap(name + VisibleText.inline(comment.text), width: panel.width - 1).enumerated() {
                lines.append(StyledLine((row == 0 ? "▸" : " ") + part, style: row == 0 && !name.isEmpty ? Theme.heading : .plain))
            }
        }
        // The newest comments stay in view, as in a livestream.
        let room = panel.height - 1
        for (i, line) in lines.suffix(room).enumerated() {
            screen.put(line, x: panel.x, y: panel.y + 1 + i, clip: panel)
        }
        return text
    }

    private static func renderText(_ passage: ScenarioPassage, in rect: Rect, _ context: ScreenContext,
                                   into screen: inout Screen) {
        guard rect.width > 0, rect.height > 0 else { return }
        let lines = DocumentRenderer(imageLabel: context.strings.imageLabel).render(passage.body, width: rect.width)
        for (i, line) in lines.prefix(rect.height).enumerated() {
            screen.put(line, x: rect.x, y: rect.y + i, clip: rect)
        }
        if lines.count > rect.height {
            screen.put("…", x: rect.maxX - 1, y: rect.maxY - 1, style: Theme.muted)
        }
    }
}
