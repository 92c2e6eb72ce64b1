import LessonKit
import ProgressKit
import TerminalKit

/// A module: its introduction, its lessons with read marks, its quiz with the best score.
enum ModulePageView {
    static func introLines(_ module: Module, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let renderer = DocumentRenderer(imageLabel: context.strings.imageLabel, ambiguous: context.ambiguous)
        var lines: [StyledLine] = []
        if let summary = module.summary.value(for: context.contentLanguage) {
            lines += LineWrapper.wrap(StyledLine(summary, style: Theme.emphasis), width: width, ambiguous: context.ambiguous)
        }
        lines += renderer.render(module.introduction.value(for: context.contentLanguage), width: width)
        return lines
    }

    /// Where the list of lessons is drawn.
    static func listRect(_ size: Size, module: Module, context: ScreenContext) -> Rect {
        let content = Chrome.contentRect(for: size)
        let rows = ModulePageState.rowCount(module)
        let introRoom = max(2, min(introLines(module, context, width: content.width).count, content.height - rows - 3))
        let top = content.y + introRoom + 1
        return Rect(x: content.x, y: top + 1, width: content.width, height: content.maxY - top - 1)
    }

    static func items(_ module: Module, _ context: ScreenContext) -> [SelectList.Item] {
        var items: [SelectList.Item] = module.lessons.map { lesson in
            SelectList.Item(StyledLine(lesson.title.value(for: context.contentLanguage)), detail: lessonDetail(lesson, module, context))
        }
        items += scenarioItems(module, context)
        if let quiz = module.quiz {
            let status = context.record?.quizStatus(quizID: quiz.id, moduleID: module.id) ?? .notTaken
            let best = context.record?.bestScore(quizID: quiz.id, moduleID: module.id)
            items.append(SelectList.Item(StyledLine("✎ " + context.strings.moduleQuiz, style: Theme.emphasis),
                                         detail: quizDetail(status, best: best, context.strings)))
        }
        return items + worksheetItems(module, context)
    }

    /// How far a lesson is: its reading time before it is opened, "读到 38%" while reading, then
    /// read, check passed, check not passed, or check still to do.
    static func lessonDetail(_ lesson: Lesson, _ module: Module, _ context: ScreenContext) -> StyledLine {
        let s = context.strings
        let reading = context.record?.readingState(LessonKey(moduleID: module.id, lessonID: lesson.id)) ?? ReadingState()
        guard reading.isFinished else {
            if reading.isOpened { return StyledLine(s.readPercent(ReadingPlace.percent(reading.lastPosition, finished: false)), style: Theme.warning) }
            if let minutes = lesson.content.value(for: context.contentLanguage).minutes { return StyledLine(s.minutes(minutes), style: Theme.muted) }
            return StyledLine(s.notStarted, style: Theme.muted)
        }
        guard let check = lesson.check else { return StyledLine(s.readMark, style: Theme.good) }
        switch context.record?.quizStatus(quizID: check.id, moduleID: module.id) ?? .notTaken {
        case .passed: return StyledLine(s.checkPassedMark, style: Theme.good)
        case .failed: return StyledLine(s.checkFailedMark, style: Theme.bad)
        case .open: return StyledLine(s.checkOpenMark, style: Theme.warning)
        case .notTaken: return StyledLine(s.checkToDoMark, style: Theme.warning)
        }
    }

    /// The module quiz's row: not taken, half done, best score and passed or not.
    static func quizDetail(_ status: QuizStatus, best: Int?, _ s: Strings) -> StyledLine {
        switch status {
        case .notTaken: return StyledLine(s.notTaken, style: Theme.muted)
        case .open(let answered): return StyledLine(s.quizOpenMark(answered + 1), style: Theme.warning)
        case .passed: return StyledLine((best.map { s.bestScore($0) + "  " } ?? "") + s.passedMark, style: Theme.good)
        case .failed(let top): return StyledLine(s.bestScore(top) + "  " + s.notPassedMark, style: Theme.bad)
        }
    }

    /// One row per rehearsal: its title and how far the learner got (tried, passed, the
    /// mistakes of the best run).
    static func scenarioItems(_ module: Module, _ context: ScreenContext) -> [SelectList.Item] {
        let s = context.strings
        return module.scenarios.map { scenario in
            let record = context.record?.rehearsalRecord(scenario)
                ?? RehearsalRecord(finishedRuns: 0, passed: false, bestMistakes: nil, inProgress: false)
            let style = record.passed ? Theme.good : record.inProgress || record.finishedRuns > 0 ? Theme.warning : Theme.muted
            let title = VisibleText.inline(scenario.title.value(for: context.contentLanguage))
            // Not ▶: that is the highlight's mark, and "▶ 7. ▶ 防骗演练" read as two highlights.
            return SelectList.Item(StyledLine("✦ " + title), detail: StyledLine(s.rehearsalRecordDetail(record), style: style))
        }
    }

    static func render(_ page: ModulePageState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        guard let module = context.library.module(page.moduleID) else { return }
        let title = module.title.value(for: context.contentLanguage)
        Chrome(title: title, trailing: context.record?.learner.displayName,
               hints: [.init("↑↓", s.keySelect), .init("Enter", s.keyOpen), .init("Esc", s.keyBack),
                       .init("?", s.keyHelp), .init("L", s.keyLanguage)])
            .render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        let list = listRect(screen.size, module: module, context: context)
        let intro = introLines(module, context, width: content.width)
        let introHeight = list.y - 2 - content.y
        for (i, line) in intro.prefix(introHeight).enumerated() {
            screen.put(line, x: content.x, y: content.y + i, clip: content)
        }
        if intro.count > introHeight, introHeight > 0 {
            screen.put("…", x: content.maxX - screen.width(of: "…"), y: content.y + introHeight - 1, style: Theme.muted)
        }
        screen.put(String(repeating: context.glyphs.horizontal, count: content.width), x: content.x, y: list.y - 1, style: Theme.frame)
        SelectList(items(module, context), selected: page.selection).render(in: list, screen: &screen)
    }
}
