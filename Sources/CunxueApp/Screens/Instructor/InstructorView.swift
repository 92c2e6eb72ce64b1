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
            Chrome(title: s.menuClass, trailing: nil, hints: ClassTable.hints(instructor, context)).render(context, into: &screen)
            ClassTable.render(instructor, selection: selection, context, in: content, screen: &screen)
        case .sheets, .sheet, .exportPath, .exported:
            SheetsView.render(instructor, context, into: &screen)
        case .rename(let id, let text):
            renderRename(name: instructor.member(id)?.summary.name ?? id, text: text, context, in: content, screen: &screen)
        case .importPath(let text):
            renderImportPath(text, context, in: content, screen: &screen)
        case .learner, .confirmRemove, .importPreview, .skipped, .pickFolder, .importing, .importDone, .changePIN, .confirmResetPIN, .confirmRename:
            let (hints, lines, scroll) = textPage(instructor, context, width: content.width)
            Chrome(title: s.instructorTitle, trailing: nil, hints: hints).render(context, into: &screen)
            let first = min(scroll, max(0, lines.count - content.height))
            for (i, line) in lines.dropFirst(first).prefix(content.height).enumerated() {
                screen.put(line, x: content.x, y: content.y + i, clip: content)
            }
            // ▲▼ show there is more, also when the narrow hint bar has let ↑↓ give way.
            Chrome.drawScrollMarks(above: first > 0, below: first + content.height < lines.count, beside: content, screen: &screen)
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
        case .skipped: return s.menuSkipped + " (\(context.library.skippedFiles.count))"
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
            return ([.init("P", s.keyResetPIN), .init("N", s.keyRename), .init("D", s.keyRemove), .init("W", s.keySheets),
                     .init("↑↓", s.keyScroll), .init("Esc", s.keyBack)],
                    LearnerDetailView.lines(instructor.member(id), instructor.standing(id), context, width: width), scroll)
        case .confirmRemove(let id):
            let name = instructor.member(id)?.summary.name ?? id
            return ([.init("1", s.keyRemove), .init("Enter/Esc", s.keyBack)],
                    LineWrapper.wrap(StyledLine(s.confirmRemove(name), style: Theme.warning), width: width, ambiguous: context.ambiguous), 0)
        case .importPreview(let preview, let scroll):
            let hints: [KeyHintBar.Hint] = preview.canImport ? [.init("Enter", s.importConfirm), .init("↑↓", s.keyScroll), .init("Esc", s.keyBack)]
                : [.init("↑↓", s.keyScroll), .init("Esc", s.keyBack)]
            return (hints, previewLines(preview, context, width: width), scroll)
        case .skipped(let scroll):
            return ([.init("↑↓", s.keyScroll), .init("Esc", s.keyBack)], skippedLines(context, width: width), scroll)
        case .menu, .classTable, .rename, .importPath, .sheets, .sheet, .exportPath, .exported, .pickFolder, .importing, .importDone, .changePIN, .confirmResetPIN, .confirmRename:
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
        screen.cursor = Point(x: x + DisplayWidth.of(text, ambiguous: context.ambiguous), y: content.y + 2)
    }

    private static func renderImportPath(_ text: String, _ context: ScreenContext, in content: Rect, screen: inout Screen) {
        let s = context.strings
        Chrome(title: s.menuImport, trailing: nil, hints: [.init("Enter", s.keyConfirm), .init(s.backspaceKey, s.keyDelete), .init("Esc", s.keyBack)])
            .render(context, into: &screen)
        TextBlock(s.importPrompt, style: Theme.heading).render(in: Rect(x: content.x, y: content.y, width: content.width, height: 2), screen: &screen)
        let x = screen.put(s.importPathLabel, x: content.x, y: content.y + 3, style: Theme.emphasis)
        let room = content.maxX - x - 1, ellipsis = DisplayWidth.of("…", ambiguous: context.ambiguous)
        let shown = DisplayWidth.of(text, ambiguous: context.ambiguous) > room
            ? "…" + SheetsView.tail(text, width: room - ellipsis, ambiguous: context.ambiguous) : text
        screen.put(shown, x: x, y: content.y + 3, style: Style(underline: true))
        screen.cursor = Point(x: min(content.maxX - 1, x + DisplayWidth.of(shown, ambiguous: context.ambiguous)), y: content.y + 3)
    }

    private static func skippedLines(_ context: ScreenContext, width: Int) -> [StyledLine] {
        let skipped = context.library.skippedFiles
        if skipped.isEmpty { return [StyledLine(context.strings.noSkipped, style: Theme.good)] }
        var lines: [StyledLine] = []
        for file in skipped {
            lines += LineWrapper.wrap(StyledLine(file.path + (file.questionHeading.map { " \(context.glyphs.separator) " + $0 } ?? ""), style: Theme.emphasis), width: width, ambiguous: context.ambiguous)
            for reason in file.reasons {
                lines += LineWrapper.wrap(StyledLine(reason.message(in: context.contentLanguage)), width: width - 2, ambiguous: context.ambiguous)
                    .map { $0.prefixed(by: [Span("  ")]) }
            }
        }
        return lines
    }

    // MARK: - Class table

    /// Rows of the class table shown at once.
    static func classTableHeight(_ context: ScreenContext) -> Int { ClassTable.pageHeight(context) }

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
                lines += LineWrapper.wrap(StyledLine(item, style: style), width: width - 2, ambiguous: context.ambiguous).map { $0.prefixed(by: [Span("  ")]) }
            }
            lines.append(StyledLine())
        }
        section(s.importRefused, result.refusals.map { $0.formatted(english: english) }, Theme.bad)
        if preview.canImport {
            section(s.importWillAdd, result.imported.map { "\($0.id)  \($0.title)" }, Theme.good)
            section(s.importWillReplace, result.imported.filter { $0.replaced != nil }.map(\.id), Theme.warning)
        }
        // What an edit keeps and detaches of learners' history, before the instructor confirms.
        section(s.importHistory, result.history.flatMap { $0.lines(english: english) }, Theme.warning)
        section(s.importSkips, result.skipped.map { $0.path + (english ? ": " : "：") + $0.message(english: english) }, Theme.muted)
        section(s.importFindings, result.findings.map { $0.formatted(in: english ? .english : .simplifiedChinese) }, .plain)  // the screen's language
        return lines
    }
}
