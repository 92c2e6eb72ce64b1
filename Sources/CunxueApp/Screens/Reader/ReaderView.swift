import TerminalKit

/// The lesson text, scrolled, with the position at the bottom.
enum ReaderView {
    static func render(_ reader: ReaderState, _ state: AppState, into screen: inout Screen) {
        let s = state.strings
        let module = state.library.module(reader.moduleID)
        let title = module?.title.value(for: state.contentLanguage) ?? ""
        let atEnd = reader.scroll >= state.maxScroll(reader)
        var hints: [KeyHintBar.Hint] = [.init("↑↓", s.keyScroll), .init("空格/PgDn", s.keyPage), .init("Esc", s.keyBack)]
        if state.language == .en { hints[1] = .init("Space/PgDn", s.keyPage) }
        if atEnd {
            let lesson = module?.lessons.first { $0.id == reader.lessonID }
            let label = lesson?.check != nil ? s.keyTakeCheck : s.keyNextLesson
            hints.insert(.init("Enter", label), at: 0)
        }
        hints += [.init("?", s.keyHelp), .init("L", s.keyLanguage)]
        Chrome(title: title, trailing: state.record?.learner.displayName, hints: hints).render(state, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        var lines = reader.lines
        if reader.layoutWidth != content.width || reader.layoutLanguage != state.language {
            var fresh = reader
            var copy = state
            copy.layOut(&fresh)
            lines = fresh.lines
        }
        let height = max(1, content.height - 1)
        for (i, line) in lines.dropFirst(reader.scroll).prefix(height).enumerated() {
            screen.put(line, x: content.x, y: content.y + i, clip: content)
        }
        // Position: a small bar and the percentage, at the bottom right of the text.
        let maxScroll = max(0, lines.count - height)
        let fraction = maxScroll == 0 ? 1 : Double(reader.scroll) / Double(maxScroll)
        let bar = ProgressBar(fraction: fraction, filledStyle: Theme.frame).line(width: 16)
        let shownLines = "\(min(lines.count, reader.scroll + 1))-\(min(lines.count, reader.scroll + height))/\(lines.count)"
        let y = content.maxY - 1
        screen.put(StyledLine(shownLines, style: Theme.muted), x: content.x, y: y)
        screen.put(bar, x: content.maxX - bar.width, y: y)
    }
}
