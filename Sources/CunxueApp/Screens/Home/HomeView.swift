import LessonKit
import ProgressKit
import TerminalKit

/// The signed-in learner's home: continue, review, modules by level with their progress.
enum HomeView {
    /// One drawn line: a group heading, or a choosable row.
    private enum Line {
        case heading(String)
        case row(Int)
        case blank
    }

    private static func lines(_ context: ScreenContext) -> [Line] {
        let rows = context.homeRows
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
                lines.append(.heading(context.strings.levelName(module.level.rawValue)))
            }
            lines.append(.row(index))
            index += 1
        }
        return lines
    }

    /// The list area: below the greeting, above the note line.
    private static func listRect(_ size: Size) -> Rect {
        let content = Chrome.contentRect(for: size)
        return Rect(x: content.x, y: content.y + 2, width: content.width, height: content.height - 4)
    }

    /// First line drawn so that the selected row is visible.
    private static func firstLine(_ lines: [Line], selection: Int, height: Int) -> Int {
        guard let at = lines.firstIndex(where: { if case .row(selection) = $0 { return true } else { return false } }),
              lines.count > height else { return 0 }
        return min(max(0, at - height + 1), lines.count - height)
    }

    /// Rows of the list shown at once.
    static func listHeight(_ size: Size) -> Int { listRect(size).height }

    /// The choosable row drawn at `point`, for mouse clicks.
    static func rowIndex(at point: Point, home: HomeState, context: ScreenContext) -> Int? {
        let rect = listRect(context.size)
        guard rect.contains(point) else { return nil }
        let all = lines(context)
        let i = firstLine(all, selection: home.selection, height: rect.height) + point.y - rect.y
        guard i < all.count, case .row(let row) = all[i] else { return nil }
        return row
    }

    static func render(_ home: HomeState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        guard let record = context.record else { return }
        Chrome(title: s.homeTitle, trailing: record.learner.displayName,
               hints: [.init("↑↓", s.keySelect), .init("Enter", s.keyOpen), .init("Esc", s.keySignOut),
                       .init("?", s.keyHelp), .init("L", s.keyLanguage)])
            .render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        screen.put(LineWrapper.truncate(s.hello(record.learner.displayName), width: content.width), x: content.x, y: content.y, style: Theme.heading)
        let rows = context.homeRows
        if context.library.modules.isEmpty {
            screen.put(LineWrapper.truncate(s.noModules, width: content.width), x: content.x, y: content.y + 2, style: Theme.warning)
            return
        }
        let rect = listRect(screen.size)
        let all = lines(context)
        let first = firstLine(all, selection: home.selection, height: rect.height)
        for (offset, line) in all.dropFirst(first).prefix(rect.height).enumerated() {
            let y = rect.y + offset
            switch line {
            case .blank: break
            case .heading(let text):
                screen.put("【\(text)】", x: rect.x, y: y, style: Theme.heading)
            case .row(let index):
                drawRow(rows[index], number: index, selected: index == home.selection, context: context, record: record,
                        in: Rect(x: rect.x, y: y, width: rect.width, height: 1), screen: &screen)
            }
        }
        // The highlighted module's advice, on the line under the list.
        if home.selection < rows.count, case .module(let id) = rows[home.selection], let module = context.library.module(id) {
            let missing = module.requires.filter { req in
                guard let m = context.library.module(req) else { return false }
                return !record.progress(in: m).isDone
            }.compactMap { context.library.module($0)?.title.value(for: context.contentLanguage) }
            if !missing.isEmpty {
                let note = s.requiresFirst(missing.joined(separator: "、"))
                screen.put(LineWrapper.truncate("ⓘ " + note, width: content.width), x: content.x, y: content.maxY - 1, style: Theme.warning)
            } else if let summary = module.summary.value(for: context.contentLanguage) {
                screen.put(LineWrapper.truncate(summary, width: content.width), x: content.x, y: content.maxY - 1, style: Theme.muted)
            }
        }
    }

    private static func drawRow(_ row: HomeRow, number: Int, selected: Bool, context: ScreenContext, record: LearnerRecord,
                                in rect: Rect, screen: inout Screen) {
        let s = context.strings
        let base = selected ? Theme.selected : Style.plain
        screen.clear(rect, style: base)
        let prefix = (selected ? "▶ " : "  ") + (number < 9 ? "\(number + 1). " : "   ")
        var x = screen.put(prefix, x: rect.x, y: rect.y, style: base)
        let language = context.contentLanguage
        switch row {
        case .resume(let moduleID, let lessonID):
            let module = context.library.module(moduleID)
            let moduleTitle = module?.title.value(for: language) ?? moduleID
            let text: String
            if record.lastReadLesson() != nil, let lessonID, let lesson = module?.lessons.first(where: { $0.id == lessonID }) {
                text = s.continueLesson(moduleTitle, lesson.title.value(for: language))
            } else {
                text = s.startWith(moduleTitle)
            }
            screen.put(LineWrapper.truncate(text, width: rect.maxX - x), x: x, y: rect.y, style: base.merged(with: Theme.emphasis))
        case .review(let due):
            let text = due > 0 ? s.reviewDue(due) : s.reviewNoneDue
            screen.put(LineWrapper.truncate(text, width: rect.maxX - x), x: x, y: rect.y,
                       style: due > 0 ? base.merged(with: Theme.warning) : base)
        case .module(let id):
            guard let module = context.library.module(id) else { return }
            let progress = record.progress(in: module)
            // Columns from most to least important; a narrow window drops them from the end,
            // keeping at least 12 columns for the title.
            let bar = ProgressBar(fraction: progress.fraction).line(width: 11)
            let best = progress.bestScore.map { s.bestScore($0) } ?? ""
            let columns: [[Span]] = [
                bar.spans.map { Span($0.text, style: base.merged(with: $0.style)) },
                [Span("  " + pad(s.lessonsRead(progress.lessonsRead, progress.lessonCount), context.language == .zh ? 9 : 13), style: base)],
                [Span(pad(best, 12), style: base)],
                [Span(pad(progress.passed && module.quiz != nil ? s.passedMark : "", 10), style: base.merged(with: Theme.good))],
            ]
            var detailLine = StyledLine()
            for count in stride(from: columns.count, through: 1, by: -1) {
                let candidate = StyledLine(columns.prefix(count).flatMap { $0 })
                if rect.maxX - x - candidate.width >= 12 { detailLine = candidate; break }
            }
            let wanted = detailLine.width
            let showDetails = wanted > 0
            let titleWidth = showDetails ? rect.maxX - x - wanted - 1 : rect.maxX - x
            x = screen.put(LineWrapper.truncate(module.title.value(for: language), width: titleWidth), x: x, y: rect.y, style: base)
            if showDetails {
                screen.put(detailLine, x: rect.maxX - wanted, y: rect.y, clip: rect)
            }
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
