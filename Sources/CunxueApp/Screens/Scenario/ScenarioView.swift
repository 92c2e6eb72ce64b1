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
        let layout = Layout(state, passage, context, size: screen.size)
        Chrome(title: s.rehearsalMark + " \(context.glyphs.separator) " + title, trailing: context.record?.learner.displayName,
               hints: hints(passage, s, canScroll: layout.maxScroll > 0, read: context.readAloudHint)).render(context, into: &screen)
        let content = layout.content
        for (i, line) in layout.status.enumerated() { screen.put(line, x: content.x, y: content.y + i, clip: content) }
        for (i, line) in layout.choices.enumerated() {
            screen.put(line, x: content.x, y: content.maxY - layout.choices.count + i, clip: content)
        }
        if let panel = layout.panel {
            let shown = Array(passage.comments.prefix(state.commentsShown(passage, at: context.now)))
            renderComments(shown, in: panel, s, into: &screen)
        }
        renderText(layout.textLines, from: state.scroll, in: layout.text, into: &screen)
    }

    /// Where the parts of the screen go: the status lines at the top, the choices at the bottom,
    /// the text between them, and the comments panel (the right third from 80 columns, else a
    /// strip below the text).
    struct Layout {
        var content: Rect
        var status: [StyledLine]
        var choices: [StyledLine]
        var text: Rect
        var panel: Rect?
        var textLines: [StyledLine]

        init(_ state: ScenarioState, _ passage: ScenarioPassage, _ context: ScreenContext, size: Size) {
            content = Chrome.contentRect(for: size)
            status = ScenarioView.statusLines(state, passage, context)
            choices = ScenarioView.choiceLines(state, passage, width: content.width, ambiguous: context.ambiguous)
            let top = content.y + status.count + (status.isEmpty ? 0 : 1)
            let bottom = choices.isEmpty ? content.maxY : content.maxY - choices.count - 1
            let room = Rect(x: content.x, y: top, width: content.width, height: max(0, bottom - top))
            text = room
            if !passage.comments.isEmpty {
                if size.width >= 80 {
                    let width = room.width / 3
                    panel = Rect(x: room.maxX - width, y: room.y, width: width, height: room.height)
                    text = Rect(x: room.x, y: room.y, width: room.width - width - 2, height: room.height)
                } else {
                    let height = min(1 + passage.comments.count, 4, room.height / 2)
                    panel = Rect(x: room.x, y: room.maxY - height, width: room.width, height: height)
                    text = Rect(x: room.x, y: room.y, width: room.width, height: max(0, room.height - height - 1))
                }
                if let box = panel, box.height < 2 || box.width < 5 { panel = nil; text = room }
            }
            textLines = DocumentRenderer(imageLabel: context.strings.imageLabel, ambiguous: context.ambiguous).render(passage.shownBody, width: max(1, text.width))
        }

        /// How far the text can scroll.
        var maxScroll: Int { max(0, textLines.count - text.height) }
    }

    private static func hints(_ passage: ScenarioPassage, _ s: Strings, canScroll: Bool, read: KeyHintBar.Hint) -> [KeyHintBar.Hint] {
        let scroll: [KeyHintBar.Hint] = canScroll ? [.init("PgUp/PgDn", s.keyScrollText)] : []
        // R comes before the keys a learner can do without (↑↓ beside 1-9), so that it stays in
        // view at 60 columns in both languages.
        if passage.isEnding {
            return [.init("1", s.keyTryAgain), .init("Esc", s.keyBackToModule), read] + scroll + [.init("L", s.keyLanguage)]
        }
        if canScroll {
            // Long text: paging comes before the list keys, so it stays in view at 60 columns.
            return [.init("1-9", s.keyChoose), .init("Esc", s.keyBackToModule)] + scroll
                + [read, .init("↑↓", s.keySelect), .init("Enter", s.keyConfirm), .init("L", s.keyLanguage)]
        }
        return [.init("1-9", s.keyChoose), .init("Enter", s.keyConfirm), read,
                .init("Esc", s.keyBackToModule), .init("↑↓", s.keySelect), .init("L", s.keyLanguage)]
    }

    /// Feedback on the last choice, the countdown, or the ending with the mistakes counted.
    static func statusLines(_ state: ScenarioState, _ passage: ScenarioPassage, _ context: ScreenContext) -> [StyledLine] {
        let s = context.strings
        var lines: [StyledLine] = []
        switch passage.feedback {
        case .good? where state.cameBackAfterMistake: lines.append(StyledLine(s.chooseAgain, style: Theme.warning))
        case .good?: lines.append(StyledLine(s.feedbackGood, style: Theme.good))
        case .mistake?: lines.append(StyledLine(s.feedbackMistake, style: Theme.bad))
        case nil: break
        }
        if let ending = passage.ending {
            lines.append(StyledLine(ending == .pass ? s.endingPass : s.endingFail, style: ending == .pass ? Theme.good : Theme.bad))
            lines.append(StyledLine(s.mistakesCount(state.mistakes), style: Theme.emphasis))
        }
        if let left = state.secondsLeft(passage, at: context.now) {
            lines.append(state.isBeingRead ? StyledLine(s.secondsAfterReading(left), style: Theme.warning)
                                           : StyledLine(s.secondsLeft(left), style: left <= 5 ? Theme.bad : Theme.warning))
        }
        return lines
    }

    /// The choices numbered, each wrapped under its number; the highlighted one reversed. On an
    /// ending: the way to try again.
    static func choiceLines(_ state: ScenarioState, _ passage: ScenarioPassage, width: Int,
                            ambiguous: AmbiguousWidth = .narrow) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (index, choice) in passage.choices.prefix(9).enumerated() {
            let style = index == state.selection ? Theme.selected : Style.plain
            let wrapped = LineWrapper.wrap(VisibleText.inline(choice.text), width: max(1, width - 4), ambiguous: ambiguous)
            for (row, text) in wrapped.enumerated() {
                lines.append(StyledLine((row == 0 ? " \(index + 1). " : "    ") + text, style: style))
            }
        }
        return lines
    }

    /// Draws the comments that have appeared so far in `panel`, the newest at the bottom.
    private static func renderComments(_ comments: [ViewerComment], in panel: Rect, _ s: Strings,
                                       into screen: inout Screen) {
        screen.put(LineWrapper.truncate(screen.glyphs.horizontal + screen.glyphs.horizontal + " " + s.viewerComments + " ", width: panel.width, ambiguous: screen.ambiguousWidth), x: panel.x, y: panel.y, style: Theme.frame)
        var lines: [StyledLine] = []
        for comment in comments {
            let name = comment.viewer.map { VisibleText.inline($0) + s.commentSeparator } ?? ""
            for (row, part) in LineWrapper.wrap(name + VisibleText.inline(comment.text), width: panel.width - 1, ambiguous: screen.ambiguousWidth).enumerated() {
                lines.append(StyledLine((row == 0 ? "▸" : " ") + part, style: row == 0 && !name.isEmpty ? Theme.heading : .plain))
            }
        }
        // The newest comments stay in view, as in a livestream.
        let room = panel.height - 1
        for (i, line) in lines.suffix(room).enumerated() {
            screen.put(line, x: panel.x, y: panel.y + 1 + i, clip: panel)
        }
    }

    private static func renderText(_ lines: [StyledLine], from scroll: Int, in rect: Rect, into screen: inout Screen) {
        guard rect.width > 0, rect.height > 0 else { return }
        let first = max(0, min(scroll, lines.count - rect.height))
        for (i, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            screen.put(line, x: rect.x, y: rect.y + i, clip: rect)
        }
        if first > 0 { screen.put("↑", x: rect.maxX - 1, y: rect.y, style: Theme.muted) }
        if lines.count - first > rect.height {
            screen.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, style: Theme.muted)
        }
    }
}
