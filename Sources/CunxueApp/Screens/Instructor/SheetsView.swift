import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// One worksheet row of a learner's list: the course's sheet (nil when it is no longer in the
/// course) and the learner's answers (nil when not started).
struct LearnerSheetRow: Equatable {
    /// `moduleID/sheetID`.
    var id: String
    var worksheet: Worksheet?
    var answers: WorksheetAnswers?

    /// The course's worksheets in course order, then the learner's sheets the course no longer has.
    static func rows(_ record: LearnerRecord?, _ library: Library) -> [LearnerSheetRow] {
        var rows = library.modules.flatMap { module in
            module.worksheets.map { sheet -> LearnerSheetRow in
                let id = WorksheetAnswers.id(moduleID: module.id, sheetID: sheet.id)
                return LearnerSheetRow(id: id, worksheet: sheet, answers: record?.worksheetAnswers(id: id))
            }
        }
        let known = Set(rows.map(\.id))
        for answers in record?.worksheets ?? [] where !known.contains(answers.id) {
            rows.append(LearnerSheetRow(id: answers.id, worksheet: nil, answers: answers))
        }
        return rows
    }
}

/// A learner's worksheets for the instructor: the list (finished, in progress, not started),
/// one sheet as the page the learner sees, the export folder and where the files went.
enum SheetsView {
    static func render(_ instructor: InstructorState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        let content = Chrome.contentRect(for: screen.size)
        switch instructor.page {
        case .sheets(let id, let selection):
            let member = instructor.member(id)
            let hints: [KeyHintBar.Hint] = [.init("↑↓", s.keySelect), .init("Enter", s.keyOpen), .init("E", s.keyExport), .init("Esc", s.keyBack)]
            Chrome(title: s.sheetsTitle(member?.summary.name ?? id), trailing: nil, hints: hints).render(context, into: &screen)
            let rows = LearnerSheetRow.rows(member?.record, context.library)
            if rows.isEmpty { screen.put(s.sheetsEmpty, x: content.x, y: content.y, style: Theme.muted) }
            let items = rows.map { SelectList.Item(StyledLine(label($0, context)), detail: status($0, context)) }
            SelectList(items, selected: rows.isEmpty ? nil : min(selection, rows.count - 1))
                .render(in: content, screen: &screen)
        case .sheet(let id, let sheetID, let scroll):
            let member = instructor.member(id)
            let row = LearnerSheetRow.rows(member?.record, context.library).first { $0.id == sheetID }
            let title = row.map { label($0, context) } ?? sheetID
            Chrome(title: LineWrapper.truncate(title, width: 40, ambiguous: context.ambiguous), trailing: member?.summary.name,
                   hints: [.init("↑↓", s.keyScroll), .init("E", s.keyExport), .init("Esc", s.keyBack)]).render(context, into: &screen)
            let lines = pageLines(row, context, width: content.width)
            let first = min(scroll, max(0, lines.count - content.height))
            for (i, line) in lines.dropFirst(first).prefix(content.height).enumerated() {
                screen.put(line, x: content.x, y: content.y + i, clip: content)
            }
        case .exportPath(let id, let text):
            renderExportPath(instructor.member(id)?.summary.name ?? id, text, context, in: content, screen: &screen)
        case .exported(let id, let report):
            Chrome(title: s.keyExport, trailing: nil, hints: [.init("Enter/Esc", s.keyBack)]).render(context, into: &screen)
            let lines = exportedLines(instructor.member(id)?.summary.name ?? id, report, context, width: content.width)
            for (i, line) in lines.prefix(content.height).enumerated() {
                screen.put(line, x: content.x, y: content.y + i, clip: content)
            }
        default:
            break
        }
    }

    static func label(_ row: LearnerSheetRow, _ context: ScreenContext) -> String {
        guard let sheet = row.worksheet else { return WorksheetView.clean(row.id) }
        let module = context.library.module(sheet.moduleID)?.title.value(for: context.contentLanguage) ?? sheet.moduleID
        return WorksheetView.clean(sheet.title.value(for: context.contentLanguage)) + " " + context.glyphs.separator + " " + module
    }

    static func status(_ row: LearnerSheetRow, _ context: ScreenContext) -> StyledLine {
        let s = context.strings
        guard row.worksheet != nil else { return StyledLine(s.sheetGone, style: Theme.muted) }
        guard let answers = row.answers, SheetExporter.isFilled(answers) else {
            return StyledLine(s.sheetNotStarted, style: Theme.muted)
        }
        if let finished = answers.finishedAt {
            return StyledLine(s.sheetFinishedOn(day(finished, context)), style: Theme.good)
        }
        let inputs = row.worksheet?.fields.filter { !$0.isComputed } ?? []
        let filled = inputs.filter { !(answers.answers[$0.id] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }.count
        return StyledLine(s.sheetInProgress(filled, inputs.count), style: Theme.warning)
    }

    static func day(_ date: Date, _ context: ScreenContext) -> String {
        SheetExporter(course: context.library.course, language: context.contentLanguage, calendar: context.calendar).day(date)
    }

    /// The sheet as the one page the learner sees, under a line saying whether it is finished.
    static func pageLines(_ row: LearnerSheetRow?, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        guard let row, let sheet = row.worksheet else { return [StyledLine(s.sheetGone, style: Theme.muted)] }
        let answers = row.answers?.answers ?? [:]
        let check = WorksheetChecker(worksheet: sheet).check(answers)
        let heading = row.answers?.finishedAt.map { StyledLine(s.sheetFinishedOn(day($0, context)), style: Theme.good) }
            ?? StyledLine(s.sheetNotFinishedTitle, style: Theme.warning)
        return WorksheetView.pageLines(answers: answers, sheet, check, context, width: width, heading: heading,
                                       note: StyledLine(s.exportTakeHome, style: Theme.muted)).map(\.text)
    }

    private static func renderExportPath(_ name: String, _ text: String, _ context: ScreenContext, in content: Rect, screen: inout Screen) {
        let s = context.strings
        Chrome(title: s.keyExport + " " + context.glyphs.separator + " " + name, trailing: nil,
               hints: [.init("Enter", s.keyConfirm), .init(s.backspaceKey, s.keyDelete), .init("Esc", s.keyBack)]).render(context, into: &screen)
        let ambiguous = context.ambiguous
        let prompt = LineWrapper.wrap(StyledLine(s.exportPrompt, style: Theme.heading), width: content.width, ambiguous: ambiguous)
        for (i, line) in prompt.enumerated() { screen.put(line, x: content.x, y: content.y + i) }
        let y = content.y + prompt.count + 1
        let x = screen.put(s.exportPathLabel, x: content.x, y: y, style: Theme.emphasis)
        let room = content.maxX - x - 1
        // `…` is ambiguous: on a wide terminal it takes two of the columns.
        let ellipsis = DisplayWidth.of("…", ambiguous: ambiguous)
        let shown = DisplayWidth.of(text, ambiguous: ambiguous) > room ? "…" + tail(text, width: room - ellipsis, ambiguous: ambiguous) : text
        screen.put(shown, x: x, y: y, style: Style(underline: true))
        screen.cursor = Point(x: min(content.maxX - 1, x + DisplayWidth.of(shown, ambiguous: ambiguous)), y: y)
    }

    /// The end of `text` that fits in `width` columns (whole characters only), counted as the
    /// terminal draws ambiguous characters.
    static func tail(_ text: String, width: Int, ambiguous: AmbiguousWidth) -> String {
        var out = "", used = 0
        for c in text.reversed() {
            let w = DisplayWidth.of(c, ambiguous: ambiguous)
            if used + w > width { break }
            out.insert(c, at: out.startIndex)
            used += w
        }
        return out
    }

    static func exportedLines(_ name: String, _ report: SheetExporter.Report, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings, ambiguous = context.ambiguous
        var lines = LineWrapper.wrap(StyledLine(s.exportedTo(name, report.written.count), style: Theme.good), width: width, ambiguous: ambiguous)
        lines += LineWrapper.wrap(StyledLine(WorksheetView.clean(report.folder), style: Theme.emphasis), width: width - 2, ambiguous: ambiguous)
            .map { $0.prefixed(by: [Span("  ")]) }
        lines.append(StyledLine())
        for stem in report.written {
            lines += LineWrapper.wrap(StyledLine(stem + ".md  " + stem + ".txt"), width: width - 2, ambiguous: ambiguous).map { $0.prefixed(by: [Span("  ")]) }
        }
        if !report.skipped.isEmpty {
            lines.append(StyledLine())
            lines += LineWrapper.wrap(StyledLine(s.exportSkipped(report.skipped.joined(separator: ", ")), style: Theme.warning), width: width, ambiguous: ambiguous)
        }
        lines.append(StyledLine())
        lines += LineWrapper.wrap(StyledLine(s.exportTakeHome, style: Theme.muted), width: width, ambiguous: ambiguous)
        return lines
    }
}
