import LessonKit
import ProgressKit
import TerminalKit

/// The signed-in learner's home: the next step, the mistake notebook, modules by level with
/// their progress. Modules carry fixed numbers; ▲ and ▼ say when rows are scrolled away.
enum HomeView {
    /// One drawn line: a group heading, or a choosable row.
    enum Line: Equatable {
        case heading(String)
        case row(Int)
        case blank
    }

    /// - Parameter rows: `context.homeRows` (made once a paint: the next step looks at every module).
    static func lines(_ context: ScreenContext, rows: [HomeRow]) -> [Line] {
        var lines: [Line] = []
        for (i, row) in rows.enumerated() {
            if case .module = row { break }
            lines.append(.row(i))
        }
        var index = lines.count
        var level: Level?
        for module in context.modulesByLevel {
            if module.level != level {
                level = module.level
                lines.append(.blank)
                lines.append(.heading(context.strings.levelHeading(module.level.rawValue)))
            }
            lines.append(.row(index))
            index += 1
        }
        return lines
    }

    /// The list area: below the greeting, above the advice line.
    private static func listRect(_ size: Size) -> Rect {
        let content = Chrome.contentRect(for: size)
        return Rect(x: content.x, y: content.y + 2, width: content.width, height: content.height - 3)
    }

    /// First line drawn so that the selected row is visible.
    private static func firstLine(_ lines: [Line], selection: Int, height: Int) -> Int {
        guard let at = lines.firstIndex(of: .row(selection)), lines.count > height else { return 0 }
        return min(max(0, at - height + 1), lines.count - height)
    }

    /// Rows of the list shown at once.
    static func listHeight(_ size: Size) -> Int { listRect(size).height }

    /// The choosable row drawn at `point`, for mouse clicks.
    static func rowIndex(at point: Point, home: HomeState, context: ScreenContext) -> Int? {
        let rect = listRect(context.size)
        guard rect.contains(point) else { return nil }
        let all = lines(context, rows: context.homeRows)
        let i = firstLine(all, selection: home.selection, height: rect.height) + point.y - rect.y
        guard i < all.count, case .row(let row) = all[i] else { return nil }
        return row
    }

    static func render(_ home: HomeState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        guard let record = context.record else { return }
        Chrome(title: s.homeTitle, trailing: record.learner.displayName, hints: hints(s, width: screen.size.width))
            .render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        screen.put(LineWrapper.truncate(s.hello(record.learner.displayName), width: content.width, ambiguous: context.ambiguous), x: content.x, y: content.y, style: Theme.heading)
        if context.library.modules.isEmpty {
            screen.put(LineWrapper.truncate(s.noModules, width: content.width, ambiguous: context.ambiguous), x: content.x, y: content.y + 2, style: Theme.warning)
            return
        }
        let rows = context.homeRows
        let rect = listRect(screen.size)
        let all = lines(context, rows: rows)
        let first = firstLine(all, selection: home.selection, height: rect.height)
        let layout = HomeModuleLayout(context, record: record, width: rect.width)
        for (offset, line) in all.dropFirst(first).prefix(rect.height).enumerated() {
            let lineRect = Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: 1)
            switch line {
            case .blank: break
            case .heading(let text): screen.put(text, x: rect.x, y: lineRect.y, style: Theme.heading)
            case .row(let index):
                drawRow(rows[index], selected: index == home.selection, layout: layout, context: context, record: record,
                        in: lineRect, screen: &screen)
            }
        }
        Chrome.drawScrollMarks(above: first > 0, below: first + rect.height < all.count, beside: rect, screen: &screen)
        drawAdvice(rows, home: home, record: record, context: context, y: content.maxY - 1, content: content, screen: &screen)
    }

    /// The home screen's keys. Below 70 columns ↑↓ gives way (the ▶ shows the highlight, `?`
    /// lists it), so that the settings (`S`) and help stay in view.
    static func hints(_ s: Strings, width: Int = 80) -> [KeyHintBar.Hint] {
        let arrows: [KeyHintBar.Hint] = width < 70 ? [] : [.init("↑↓", s.keySelect)]
        return arrows + [.init("Enter", s.keyOpen), .init("1-9", s.keyModuleNumber), .init("S", s.keySettings),
                         .init("Esc", s.keySignOut), .init("?", s.keyHelp), .init("L", s.keyLanguage)]
    }

    /// The highlighted module's advice (modules to learn first, else its summary) under the list.
    private static func drawAdvice(_ rows: [HomeRow], home: HomeState, record: LearnerRecord, context: ScreenContext, y: Int,
                                   content: Rect, screen: inout Screen) {
        guard home.selection < rows.count, case .module(let id) = rows[home.selection], let module = context.library.module(id) else { return }
        let missing = module.requires.filter { req in
            guard let m = context.library.module(req) else { return false }
            return !record.progress(in: m).isDone
        }.compactMap { context.library.module($0)?.title.value(for: context.contentLanguage) }
        if !missing.isEmpty {
            let note = context.strings.requiresFirst(missing)
            screen.put(LineWrapper.truncate(context.glyphs.info + " " + note, width: content.width, ambiguous: context.ambiguous), x: content.x, y: y, style: Theme.warning)
            return
        }
        var spans: [Span] = []
        if !module.scenarios.isEmpty {
            // The rehearsals are counted here whatever the width (the row may have no room for them).
            let progress = record.rehearsalProgress(in: module)
            spans.append(Span(context.strings.rehearsalsSummary(progress) + " ",
                              style: progress.passed == progress.total ? Theme.good : Theme.warning))
        }
        if let summary = module.summary.value(for: context.contentLanguage) { spans.append(Span(summary, style: Theme.muted)) }
        screen.put(LineWrapper.truncate(StyledLine(spans), width: content.width, ambiguous: context.ambiguous), x: content.x, y: y, clip: content)
    }

    private static func drawRow(_ row: HomeRow, selected: Bool, layout: HomeModuleLayout, context: ScreenContext,
                                record: LearnerRecord, in rect: Rect, screen: inout Screen) {
        let s = context.strings
        let base = selected ? Theme.selected : Style.plain
        screen.clear(rect, style: base)
        var number = "   "
        if case .module(let id) = row, let n = context.moduleNumber(id), n <= 9 { number = "\(n). " }
        let x = screen.put((selected ? context.glyphs.pointer + " " : "  ") + number, x: rect.x, y: rect.y, style: base)
        let room = rect.maxX - x
        switch row {
        case .resume(let step):
            var text = resumeText(step, record: record, context: context)
            if DisplayWidth.of(text, ambiguous: context.ambiguous) > room { text = resumeText(step, record: record, context: context, short: true) }
            screen.put(LineWrapper.truncate(text, width: room, ambiguous: context.ambiguous), x: x, y: rect.y, style: base.merged(with: Theme.emphasis))
        case .notebook(let count, let due):
            let text = due > 0 ? s.notebookDue(due, of: count) : s.notebookPractice(count)
            screen.put(LineWrapper.truncate(text, width: room, ambiguous: context.ambiguous), x: x, y: rect.y, style: due > 0 ? base.merged(with: Theme.warning) : base)
        case .module(let id):
            guard let module = context.library.module(id) else { return }
            screen.put(layout.line(for: module, base: base), x: x, y: rect.y, clip: rect)
        }
    }

    /// "继续学习：…" for the next step; `short` leaves out the lesson (for a narrow row).
    static func resumeText(_ step: NextStep, record: LearnerRecord, context: ScreenContext, short: Bool = false) -> String {
        let s = context.strings
        let language = context.contentLanguage
        let module = context.library.module(step.moduleID)
        let moduleTitle = module?.title.value(for: language) ?? step.moduleID
        switch step {
        case .resumeQuiz(let quizID, let moduleID, let lessonID):
            let open = record.openAttempt(quizID: quizID, moduleID: moduleID)
            let at = (open?.answers.count ?? 0) + 1
            if let lessonID, let lesson = module?.lesson(lessonID) {
                return s.resumeCheck(lesson.title.value(for: language), question: at)
            }
            return s.resumeModuleQuiz(moduleTitle, question: at)
        case .read(let moduleID, let lessonID):
            let lesson = module?.lesson(lessonID)?.title.value(for: language) ?? lessonID
            if !record.hasStarted { return short ? s.startWithModule(moduleTitle) : s.startWith(moduleTitle, lesson) }
            if !record.hasWorked(in: moduleID) { return short ? s.nextModuleOnly(moduleTitle) : s.nextModule(moduleTitle, lesson) }
            return short ? s.continueModule(moduleTitle) : s.continueLesson(moduleTitle, lesson)
        case .moduleQuiz:
            return s.takeModuleQuiz(moduleTitle)
        }
    }
}
