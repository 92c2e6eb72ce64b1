import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// The instructor's pages: menu, class table, learner detail, renaming, import, skipped files.
enum InstructorView {
    static func render(_ instructor: InstructorState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        let content = Chrome.contentRect(for: screen.size)
        if InstructorToolsView.render(instructor, context, into: &screen) { return }
        switch instructor.page {
        case .menu(let item):
            Chrome(title: s.instructorTitle, trailing: nil, hints: listHints(s)).render(context, into: &screen)
            let items = InstructorState.MenuItem.allCases
            SelectList(items.map { SelectList.Item(label($0, context)) }, selected: items.firstIndex(of: item))
                .render(in: Rect(x: content.x, y: content.y, width: min(content.width, 60), height: content.height), screen: &screen)
        case .classTable(let selection):
            Chrome(title: s.menuClass, trailing: nil, hints: listHints(s)).render(context, into: &screen)
            renderClassTable(instructor.members, selection: selection, context, in: content, screen: &screen)
        case .rename(let id, let text):
            renderRename(name: instructor.member(id)?.summary.name ?? id, text: text, context, in: content, screen: &screen)
        case .importPath(let text):
            renderImportPath(text, context, in: content, screen: &screen)
        case .learner, .confirmRemove, .importPreview, .skipped, .pickFolder, .importDone, .changePIN, .confirmResetPIN, .confirmRename:
            let (hints, lines, scroll) = textPage(instructor, context, width: content.width)
            Chrome(title: s.instructorTitle, trailing: nil, hints: hints).render(context, into: &screen)
            let first = min(scroll, max(0, lines.count - content.height))
            for (i, line) in lines.dropFirst(first).prefix(content.height).enumerated() {
                screen.put(line, x: content.x, y: content.y + i, clip: content)
            }
        }
    }

    private static func listHints(_ s: Strings) -> [KeyHintBar.Hint] {
        [.init("↑↓", s.keySelect), .init("Enter", s.keyOpen), .init("Esc", s.keyBack)]
    }

    private static func label(_ item: InstructorState.MenuItem, _ context: ScreenContext) -> String {
        let s = context.strings
        switch item {
        case .classTable: return s.menuClass
        case .importFolder: return s.menuImport
        case .skipped: return s.menuSkipped + " (\(context.library.course.skippedFiles.count))"
        case .changePIN: return s.menuChangePIN
        case .back: return s.menuBack
        case .leave: return s.menuLeave
        }
    }

    /// The pages that are scrolled text: their hints, lines and scroll.
    private static func textPage(_ instructor: InstructorState, _ context: ScreenContext,
                                 width: Int) -> ([KeyHintBar.Hint], [StyledLine], Int) {
        let s = context.strings
        switch instructor.page {
        case .learner(let id, let scroll):
            return ([.init("P", s.keyResetPIN), .init("N", s.keyRename), .init("D", s.keyRemove), .init("↑↓", s.keyScroll), .init("Esc", s.keyBack)],
                    learnerLines(instructor.member(id), context, width: width), scroll)
        case .confirmRemove(let id):
            let name = instructor.member(id)?.summary.name ?? id
            return ([.init("1", s.keyRemove), .init("Enter/Esc", s.keyBack)],
                    LineWrapper.wrap(StyledLine(s.confirmRemove(name), style: Theme.warning), width: width), 0)
        case .importPreview(let preview, let scroll):
            let hints: [KeyHintBar.Hint] = preview.canImport ? [.init("Enter", s.importConfirm), .init("↑↓", s.keyScroll), .init("Esc", s.keyBack)]
                : [.init("↑↓", s.keyScroll), .init("Esc", s.keyBack)]
            return (hints, previewLines(preview, context, width: width), scroll)
        case .skipped(let scroll):
            return ([.init("↑↓", s.keyScroll), .init("Esc", s.keyBack)], skippedLines(context, width: width), scroll)
        case .menu, .classTable, .rename, .importPath, .pickFolder, .importDone, .changePIN, .confirmResetPIN, .confirmRename:
            return ([], [], 0)
        }
    }

    private static func renderRename(name: String, text: String, _ context: ScreenContext, in content: Rect, screen: inout Screen) {
        let s = context.strings
        Chrome(title: s.keyRename, trailing: nil, hints: [.init("Enter", s.keyConfirm), .init(s.backspaceKey, s.keyDelete), .init("Esc", s.keyBack)])
            .render(context, into: &screen)
        screen.put(name, x: content.x, y: content.y, style: Theme.heading)
        let x = screen.put(s.renamePrompt, x: content.x, y: content.y + 2, style: Theme.emphasis)
        screen.put(text, x: x, y: content.y + 2, style: Style(underline: true))
        screen.cursor = Point(x: x + DisplayWidth.of(text), y: content.y + 2)
    }

    private static func renderImportPath(_ text: String, _ context: ScreenContext, in content: Rect, screen: inout Screen) {
        let s = context.strings
        Chrome(title: s.menuImport, trailing: nil, hints: [.init("Enter", s.keyConfirm), .init(s.backspaceKey, s.keyDelete), .init("Esc", s.keyBack)])
            .render(context, into: &screen)
        TextBlock(s.importPrompt, style: Theme.heading).render(in: Rect(x: content.x, y: content.y, width: content.width, height: 2), screen: &screen)
        let x = screen.put(s.importPathLabel, x: content.x, y: content.y + 3, style: Theme.emphasis)
        let shown = DisplayWidth.of(text) > content.maxX - x - 1 ? "…" + String(text.suffix(content.maxX - x - 4)) : text
        screen.put(shown, x: x, y: content.y + 3, style: Style(underline: true))
        screen.cursor = Point(x: min(content.maxX - 1, x + DisplayWidth.of(shown)), y: content.y + 3)
    }

    private static func skippedLines(_ context: ScreenContext, width: Int) -> [StyledLine] {
        let skipped = context.library.course.skippedFiles
        if skipped.isEmpty { return [StyledLine(context.strings.noSkipped, style: Theme.good)] }
        var lines: [StyledLine] = []
        for file in skipped {
            lines += LineWrapper.wrap(StyledLine(file.path + (file.questionHeading.map { " · " + $0 } ?? ""), style: Theme.emphasis), width: width)
            for reason in file.reasons {
                lines += LineWrapper.wrap(StyledLine(reason.message(in: context.contentLanguage)), width: width - 2)
                    .map { $0.prefixed(by: [Span("  ")]) }
            }
        }
        return lines
    }

    // MARK: - Class table

    /// One cell per module: `3/5 80✓` (lessons read/total, best score, passed).
    static func cell(_ record: LearnerRecord, _ module: Module) -> String {
        let p = record.progress(in: module)
        var cell = "\(p.lessonsRead)/\(p.lessonCount)"
        if let best = p.bestScore { cell += " \(best)" }
        if p.passed && module.quiz != nil { cell += "✓" }
        return cell
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let cut = LineWrapper.truncate(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    /// Rows of the class table shown at once.
    static func classTableHeight(_ context: ScreenContext) -> Int {
        let content = Chrome.contentRect(for: context.size)
        return max(1, content.height - 3 - min(3, context.library.modules.count))
    }

    static func renderClassTable(_ members: [ClassMember], selection: Int, _ context: ScreenContext, in rect: Rect, screen: inout Screen) {
        let s = context.strings
        let modules = context.library.modules
        let nameWidth = 8, lastWidth = 4, mistakesWidth = 4
        let cellWidth = max(4, min(9, (rect.width - 3 - nameWidth - lastWidth - mistakesWidth) / max(1, modules.count)))
        var header = pad(s.classHeaderName, nameWidth) + " "
        for (i, _) in modules.enumerated() { header += pad(String(format: "%02d", i), cellWidth) }
        header += pad(s.classHeaderMistakes, mistakesWidth) + " " + s.classHeaderLast
        screen.put(LineWrapper.truncate("  " + header, width: rect.width), x: rect.x, y: rect.y, style: Theme.heading)
        if members.isEmpty {
            screen.put(s.classEmpty, x: rect.x + 2, y: rect.y + 2, style: Theme.muted)
        }
        let listHeight = rect.height - 3 - min(3, modules.count)
        let items = members.map { member -> SelectList.Item in
            guard let record = member.record else {
                return SelectList.Item(StyledLine(pad(member.summary.name, nameWidth) + " " + s.unreadable, style: Theme.bad))
            }
            var row = pad(member.summary.name, nameWidth) + " "
            for module in modules { row += pad(cell(record, module), cellWidth) }
            row += pad("\(record.notebook.active.count)", mistakesWidth) + " "
            row += member.summary.lastActive.map { shortDate($0, now: context.now) } ?? "—"
            return SelectList.Item(StyledLine(row))
        }
        SelectList(items, selected: members.isEmpty ? nil : selection, numbered: false)
            .render(in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(1, listHeight)), screen: &screen)
        // Legend: what the numbered columns are.
        var y = rect.maxY - min(3, modules.count) - 1
        screen.put(LineWrapper.truncate(s.classLegend, width: rect.width), x: rect.x, y: y, style: Theme.muted)
        var legend = ""
        for (i, module) in modules.enumerated() {
            legend += String(format: "%02d ", i) + module.title.value(for: context.contentLanguage) + "  "
        }
        for line in LineWrapper.wrap(StyledLine(legend, style: Theme.muted), width: rect.width).prefix(3) {
            y += 1
            screen.put(line, x: rect.x, y: y)
        }
    }

    private static func shortDate(_ date: Date, now: Date) -> String {
        let days = Int(now.timeIntervalSince(date) / 86_400)
        if days <= 0 { return "0d" }
        return "\(days)d"
    }

    // MARK: - Learner detail

    static func learnerLines(_ member: ClassMember?, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        guard let member else { return [] }
        var lines = [StyledLine(member.summary.name + "  (\(member.summary.id))" + (member.summary.hasPIN ? "  " + s.hasPIN : ""), style: Theme.heading), StyledLine()]
        guard let record = member.record else { return lines + [StyledLine(s.unreadable, style: Theme.bad)] }
        for module in context.library.modules {
            let p = record.progress(in: module)
            var text = pad(module.title.value(for: context.contentLanguage), 24) + " " + s.lessonsRead(p.lessonsRead, p.lessonCount)
            if let best = p.bestScore { text += "  " + s.bestScore(best) }
            if p.passed && module.quiz != nil { text += "  " + s.passedMark }
            lines.append(StyledLine(LineWrapper.truncate(text, width: width)))
        }
        lines += [StyledLine(), StyledLine(s.attemptsHeading, style: Theme.heading)]
        lines += attemptLines(record, context, width: width)
        lines += [StyledLine(), StyledLine(s.missedHeading, style: Theme.heading)]
        let missed = record.notebook.active.filter { $0.wrongCount >= 2 }.sorted { $0.wrongCount > $1.wrongCount }
        if missed.isEmpty { lines.append(StyledLine(s.noMisses, style: Theme.muted)) }
        for entry in missed {
            let heading = context.library.index.questions[entry.questionID]?.question.content.value(for: context.contentLanguage).headingText ?? entry.questionID
            lines += LineWrapper.wrap(StyledLine(s.missedTimes(entry.wrongCount) + "  " + heading), width: width)
        }
        return lines
    }

    /// The learner's finished quizzes, newest first (at most 30): date, score, ✓, which quiz.
    private static func attemptLines(_ record: LearnerRecord, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        let finished = record.attempts.filter(\.isFinished).sorted { $0.startedAt > $1.startedAt }
        if finished.isEmpty { return [StyledLine(s.noAttempts, style: Theme.muted)] }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = context.calendar.timeZone
        return finished.prefix(30).map { attempt in
            let module = context.library.module(attempt.moduleID)
            let title: String
            if let lessonID = context.library.index.quizzes[attempt.quizID]?.lessonID, let lesson = module?.lesson(lessonID) {
                title = lesson.title.value(for: context.contentLanguage)
            } else {
                title = (module?.title.value(for: context.contentLanguage) ?? attempt.moduleID) + " · " + s.moduleQuiz
            }
            let score = attempt.scorePercent.map { "\($0)" } ?? "—"
            let mark = attempt.passed == true ? " ✓" : ""
            return StyledLine(LineWrapper.truncate(formatter.string(from: attempt.startedAt) + "  " + pad(score, 4) + mark + "  " + title, width: width))
        }
    }

    // MARK: - Import

    /// What the importer decided: why it refuses, what it adds and replaces, what it leaves
    /// out, what the validator found.
    static func previewLines(_ preview: ImportPreview, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        let english = context.language == .en
        let result = preview.result
        var lines = [StyledLine(preview.path, style: Theme.heading), StyledLine()]
        func section(_ title: String, _ items: [String], _ style: Style) {
            guard !items.isEmpty else { return }
            lines.append(StyledLine(title, style: Theme.heading))
            for item in items {
                lines += LineWrapper.wrap(StyledLine(item, style: style), width: width - 2).map { $0.prefixed(by: [Span("  ")]) }
            }
            lines.append(StyledLine())
        }
        section(s.importRefused, result.refusals.map { $0.formatted(english: english) }, Theme.bad)
        if preview.canImport {
            section(s.importWillAdd, result.imported.map { "\($0.id)  \($0.title)" }, Theme.good)
            section(s.importWillReplace, result.imported.filter { $0.replaced != nil }.map(\.id), Theme.warning)
        }
        section(s.importSkips, result.skipped.map { $0.path + (english ? ": " : "：") + $0.message(english: english) }, Theme.muted)
        section(s.importFindings, result.findings.map { $0.formatted(in: english ? .english : .simplifiedChinese) }, .plain)  // the screen's language
        return lines
    }
}
