import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// The instructor's screens: PIN, menu, class table, learner detail, import, skipped files.
enum InstructorView {
    static func renderPIN(_ entry: InstructorPINState, _ state: AppState, into screen: inout Screen) {
        let s = state.strings
        Chrome(title: s.instructorTitle, trailing: nil,
               hints: [.init("0-9", s.pinPrompt.trimmingSuffix()), .init("Enter", s.keyConfirm), .init("⌫", s.keyDelete), .init("Esc", s.keyBack)])
            .render(state, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        guard let hasPIN = entry.hasPIN else { return }
        let prompt = hasPIN ? s.instructorEnterPIN : (entry.firstEntry == nil ? s.instructorSetPIN : s.instructorSetPINAgain)
        TextBlock(prompt, style: Theme.heading).render(in: Rect(x: content.x, y: content.y, width: content.width, height: 2), screen: &screen)
        PINTyping.render(label: s.pinPrompt, count: entry.digits.count, x: content.x, y: content.y + 3, screen: &screen)
        if entry.isChecking {
            screen.put(s.pinChecking, x: content.x, y: content.y + 5, style: Theme.muted)
        } else if let wait = entry.waitUntil, wait > state.now {
            screen.put(s.pinWait(seconds: Int(wait.timeIntervalSince(state.now).rounded(.up))), x: content.x, y: content.y + 5, style: Theme.warning)
        }
    }

    static func render(_ instructor: InstructorState, _ state: AppState, into screen: inout Screen) {
        let s = state.strings
        let content = Chrome.contentRect(for: screen.size)
        var hints: [KeyHintBar.Hint] = [.init("↑↓", s.keySelect), .init("Enter", s.keyOpen), .init("Esc", s.keyBack)]
        var lines: [StyledLine] = []
        var scroll = 0
        switch instructor.page {
        case .menu(let selection):
            let labels = state.instructorMenu.map { item -> String in
                switch item {
                case .classTable: return s.menuClass
                case .importFolder: return s.menuImport
                case .skipped: return s.menuSkipped + " (\(state.library.course.skippedFiles.count))"
                case .back: return s.menuBack
                case .leave: return s.menuLeave
                }
            }
            Chrome(title: s.instructorTitle, trailing: nil, hints: hints).render(state, into: &screen)
            SelectList(labels.map { SelectList.Item($0) }, selected: selection)
                .render(in: Rect(x: content.x, y: content.y, width: min(content.width, 60), height: content.height), screen: &screen)
            return
        case .classTable(let selection):
            Chrome(title: s.menuClass, trailing: nil, hints: hints).render(state, into: &screen)
            renderClassTable(instructor.members, selection: selection, state, in: content, screen: &screen)
            return
        case .learner(let id, let offset):
            hints = [.init("P", s.keyResetPIN), .init("N", s.keyRename), .init("D", s.keyRemove), .init("↑↓", s.keyScroll), .init("Esc", s.keyBack)]
            lines = learnerLines(instructor.members.first { $0.summary.id == id }, state, width: content.width)
            scroll = offset
        case .rename(let id, let text):
            hints = [.init("Enter", s.keyConfirm), .init("⌫", s.keyDelete), .init("Esc", s.keyBack)]
            Chrome(title: s.keyRename, trailing: nil, hints: hints).render(state, into: &screen)
            let name = instructor.members.first { $0.summary.id == id }?.summary.name ?? id
            screen.put(name, x: content.x, y: content.y, style: Theme.heading)
            let x = screen.put(s.renamePrompt, x: content.x, y: content.y + 2, style: Theme.emphasis)
            screen.put(text, x: x, y: content.y + 2, style: Style(underline: true))
            screen.cursor = Point(x: x + DisplayWidth.of(text), y: content.y + 2)
            return
        case .confirmRemove(let id):
            hints = [.init("Enter", s.keyRemove), .init("Esc", s.keyBack)]
            let name = instructor.members.first { $0.summary.id == id }?.summary.name ?? id
            lines = LineWrapper.wrap(StyledLine(s.confirmRemove(name), style: Theme.warning), width: content.width)
        case .importPath(let text):
            hints = [.init("Enter", s.keyConfirm), .init("⌫", s.keyDelete), .init("Esc", s.keyBack)]
            Chrome(title: s.menuImport, trailing: nil, hints: hints).render(state, into: &screen)
            TextBlock(s.importPrompt, style: Theme.heading).render(in: Rect(x: content.x, y: content.y, width: content.width, height: 2), screen: &screen)
            let x = screen.put(s.importPathLabel, x: content.x, y: content.y + 3, style: Theme.emphasis)
            let shown = DisplayWidth.of(text) > content.maxX - x - 1 ? "…" + String(text.suffix(content.maxX - x - 4)) : text
            screen.put(shown, x: x, y: content.y + 3, style: Style(underline: true))
            screen.cursor = Point(x: min(content.maxX - 1, x + DisplayWidth.of(shown)), y: content.y + 3)
            return
        case .importPreview(let preview, let offset):
            hints = preview.canImport ? [.init("Enter", s.importConfirm), .init("↑↓", s.keyScroll), .init("Esc", s.keyBack)]
                : [.init("↑↓", s.keyScroll), .init("Esc", s.keyBack)]
            lines = previewLines(preview, s, width: content.width)
            scroll = offset
        case .skipped(let offset):
            hints = [.init("↑↓", s.keyScroll), .init("Esc", s.keyBack)]
            let skipped = state.library.course.skippedFiles
            if skipped.isEmpty { lines = [StyledLine(s.noSkipped, style: Theme.good)] }
            for file in skipped {
                lines += LineWrapper.wrap(StyledLine(file.path + (file.questionHeading.map { " · " + $0 } ?? ""), style: Theme.emphasis), width: content.width)
                for reason in file.reasons {
                    lines += LineWrapper.wrap(StyledLine(reason.message(in: state.contentLanguage)), width: content.width - 2)
                        .map { $0.prefixed(by: [Span("  ")]) }
                }
            }
            scroll = offset
        }
        Chrome(title: s.instructorTitle, trailing: nil, hints: hints).render(state, into: &screen)
        let first = min(scroll, max(0, lines.count - content.height))
        for (i, line) in lines.dropFirst(first).prefix(content.height).enumerated() {
            screen.put(line, x: content.x, y: content.y + i, clip: content)
        }
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

    static func renderClassTable(_ members: [ClassMember], selection: Int, _ state: AppState, in rect: Rect, screen: inout Screen) {
        let s = state.strings
        let modules = state.library.modules
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
            row += member.summary.lastActive.map { shortDate($0, now: state.now) } ?? "—"
            return SelectList.Item(StyledLine(row))
        }
        SelectList(items, selected: members.isEmpty ? nil : selection, numbered: false)
            .render(in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(1, listHeight)), screen: &screen)
        // Legend: what the numbered columns are.
        var y = rect.maxY - min(3, modules.count) - 1
        screen.put(LineWrapper.truncate(s.classLegend, width: rect.width), x: rect.x, y: y, style: Theme.muted)
        var legend = ""
        for (i, module) in modules.enumerated() {
            legend += String(format: "%02d ", i) + module.title.value(for: state.contentLanguage) + "  "
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

    static func learnerLines(_ member: ClassMember?, _ state: AppState, width: Int) -> [StyledLine] {
        let s = state.strings
        guard let member else { return [] }
        var lines = [StyledLine(member.summary.name + "  (\(member.summary.id))" + (member.summary.hasPIN ? "  " + s.hasPIN : ""), style: Theme.heading), StyledLine()]
        guard let record = member.record else { return lines + [StyledLine(s.unreadable, style: Theme.bad)] }
        for module in state.library.modules {
            let p = record.progress(in: module)
            var text = pad(module.title.value(for: state.contentLanguage), 24) + " " + s.lessonsRead(p.lessonsRead, p.lessonCount)
            if let best = p.bestScore { text += "  " + s.bestScore(best) }
            if p.passed && module.quiz != nil { text += "  " + s.passedMark }
            lines.append(StyledLine(LineWrapper.truncate(text, width: width)))
        }
        lines += [StyledLine(), StyledLine(s.attemptsHeading, style: Theme.heading)]
        let finished = record.attempts.filter(\.isFinished).sorted { $0.startedAt > $1.startedAt }
        if finished.isEmpty { lines.append(StyledLine(s.noAttempts, style: Theme.muted)) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = state.calendar.timeZone
        for attempt in finished.prefix(30) {
            let quiz = state.library.index.quizzes[attempt.quizID]
            let title: String
            if let lessonID = quiz?.lessonID, let lesson = state.library.module(attempt.moduleID)?.lessons.first(where: { $0.id == lessonID }) {
                title = lesson.title.value(for: state.contentLanguage)
            } else {
                title = (state.library.module(attempt.moduleID)?.title.value(for: state.contentLanguage) ?? attempt.moduleID) + " · " + s.moduleQuiz
            }
            let score = attempt.scorePercent.map { "\($0)" } ?? "—"
            let mark = attempt.passed == true ? " ✓" : ""
            lines.append(StyledLine(LineWrapper.truncate(formatter.string(from: attempt.startedAt) + "  " + pad(score, 4) + mark + "  " + title, width: width)))
        }
        lines += [StyledLine(), StyledLine(s.missedHeading, style: Theme.heading)]
        let missed = record.notebook.active.filter { $0.wrongCount >= 2 }.sorted { $0.wrongCount > $1.wrongCount }
        if missed.isEmpty { lines.append(StyledLine(s.noMisses, style: Theme.muted)) }
        for entry in missed {
            let heading = state.library.index.questions[entry.questionID]?.question.content.value(for: state.contentLanguage).headingText ?? entry.questionID
            lines += LineWrapper.wrap(StyledLine(s.missedTimes(entry.wrongCount) + "  " + heading), width: width)
        }
        return lines
    }

    // MARK: - Import

    static func previewLines(_ preview: ImportPreview, _ s: Strings, width: Int) -> [StyledLine] {
        var lines = [StyledLine(preview.path, style: Theme.heading), StyledLine()]
        func section(_ title: String, _ items: [String], _ style: Style) {
            guard !items.isEmpty else { return }
            lines.append(StyledLine(title, style: Theme.heading))
            for item in items {
                lines += LineWrapper.wrap(StyledLine(item, style: style), width: width - 2).map { $0.prefixed(by: [Span("  ")]) }
            }
            lines.append(StyledLine())
        }
        section(s.importRefused, preview.refusals, Theme.bad)
        section(s.importWillAdd, preview.modules, Theme.good)
        section(s.importWillReplace, preview.replaces, Theme.warning)
        section(s.importSkips, preview.skipped, Theme.muted)
        section(s.importFindings, preview.findings, .plain)
        return lines
    }
}
