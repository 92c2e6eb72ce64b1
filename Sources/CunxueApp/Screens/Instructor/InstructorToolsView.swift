import LessonKit
import ProgressKit
import TerminalKit

/// The pages of the instructor's tools (see `InstructorUpdate+Tools`).
enum InstructorToolsView {
    /// Draws the page if it is one of the tools'.
    /// - Returns: whether it was.
    static func render(_ instructor: InstructorState, _ context: ScreenContext, into screen: inout Screen) -> Bool {
        let s = context.strings
        let content = Chrome.contentRect(for: screen.size)
        var lines: [StyledLine]
        var hints: [KeyHintBar.Hint] = [.init("1/Y", s.keyConfirm), .init("Enter/Esc", s.keyBack)]
        var scroll = 0
        var title = s.instructorTitle
        switch instructor.page {
        case .pickFolder(let picker):
            FolderPickerView.render(picker, context, into: &screen)
            return true
        case .changePIN(let change):
            InstructorPINChangeView.render(change, context, into: &screen)
            return true
        case .confirmResetPIN(let id):
            hints[0] = .init("1/Y", s.keyClearPIN)
            lines = LineWrapper.wrap(StyledLine(s.confirmResetPIN(instructor.member(id)?.summary.name ?? id), style: Theme.warning), width: content.width, ambiguous: context.ambiguous)
        case .confirmRename(let id, let name):
            hints[0] = .init("1/Y", s.keyDoRename)
            lines = LineWrapper.wrap(StyledLine(s.confirmRename(instructor.member(id)?.summary.name ?? id, name), style: Theme.warning), width: content.width, ambiguous: context.ambiguous)
        case .importing(let path):
            title = s.menuImport
            hints = [.init("Esc", s.keyBack)]
            lines = LineWrapper.wrap(StyledLine(SafeText.clean(path, limit: 1_000), style: Theme.heading), width: content.width, ambiguous: context.ambiguous)
                + [StyledLine("")]
                + LineWrapper.wrap(StyledLine(s.importRunning, style: Theme.emphasis), width: content.width, ambiguous: context.ambiguous)
        case .importDone(let done, let offset):
            title = s.importDoneTitle
            hints = [.init("↑↓", s.keyScroll), .init("Enter/Esc", s.keyBack)]
            lines = importDoneLines(done, context, width: content.width)
            scroll = offset
        default:
            return false
        }
        if case .confirmResetPIN = instructor.page { lines += [StyledLine(""), StyledLine(s.confirmHint)] }
        if case .confirmRename = instructor.page { lines += [StyledLine(""), StyledLine(s.confirmHint)] }
        Chrome(title: title, trailing: nil, hints: hints).render(context, into: &screen)
        let first = min(scroll, max(0, lines.count - content.height))
        for (i, line) in lines.dropFirst(first).prefix(content.height).enumerated() {
            screen.put(line, x: content.x, y: content.y + i, clip: content)
        }
        return true
    }

    /// What was imported, then every file left out with its reason, in the screen's language.
    static func importDoneLines(_ done: ImportPreview, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        let english = context.language == .en
        var lines = LineWrapper.wrap(StyledLine(SafeText.clean(done.path, limit: 1_000), style: Theme.heading), width: width, ambiguous: context.ambiguous)
        lines.append(StyledLine(""))
        for module in done.result.imported {
            lines += LineWrapper.wrap(StyledLine("✓ " + module.title, style: Theme.good), width: width, ambiguous: context.ambiguous)
        }
        lines.append(StyledLine(""))
        guard !done.result.skipped.isEmpty else { return lines + [StyledLine(s.importNothingLeftOut)] }
        lines.append(StyledLine(s.importLeftOutHeading, style: Theme.heading))
        for skip in done.result.skipped {
            // The path inside the folder imported (the folder itself is named above).
            let inside = skip.path.hasPrefix(done.path + "/") ? String(skip.path.dropFirst(done.path.count + 1)) : skip.path
            lines += LineWrapper.wrap(StyledLine(SafeText.clean(inside, limit: 1_000), style: Theme.emphasis), width: width, ambiguous: context.ambiguous)
            lines += LineWrapper.wrap(StyledLine(skip.message(english: english)), width: width - 2, ambiguous: context.ambiguous).map { $0.prefixed(by: [Span("  ")]) }
        }
        return lines
    }
}
