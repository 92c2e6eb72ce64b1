import LessonKit
import TerminalKit

/// The lesson text, scrolled, with the position at the bottom.
enum ReaderView {
    /// The lesson laid out `width` columns wide: its title (unless the text starts with it), the
    /// text, and what Enter does at the end.
    static func lines(moduleID: String, lessonID: String, context: ScreenContext, width: Int) -> [StyledLine] {
        guard let module = context.library.module(moduleID), let lesson = module.lesson(lessonID) else { return [] }
        let s = context.strings
        let title = lesson.title.value(for: context.contentLanguage)
        let body = lesson.body.value(for: context.contentLanguage)
        var lines: [StyledLine] = []
        // The title heads the page, unless the lesson starts with the same heading itself.
        if body.firstHeadingText != title || !(body.blocks.first.map { if case .heading = $0.kind { true } else { false } } ?? false) {
            lines += LineWrapper.wrap(StyledLine(title, style: Theme.heading), width: width) + [StyledLine()]
        }
        lines += DocumentRenderer(imageLabel: s.imageLabel).render(body, width: width)
        lines.append(StyledLine())
        lines.append(StyledLine(s.endOfLesson, style: Theme.muted))
        let next: String
        if lesson.check != nil { next = s.endTakeCheck }
        else if module.lesson(after: lesson.id) != nil { next = s.endNextLesson }
        else if module.quiz != nil { next = s.endModuleQuiz }
        else { next = s.endBack }
        lines += LineWrapper.wrap(StyledLine(next, style: Theme.emphasis), width: width)
        return lines
    }

    static func render(_ reader: ReaderState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        let module = context.library.module(reader.moduleID)
        let title = module?.title.value(for: context.contentLanguage) ?? ""
        let atEnd = reader.scroll >= reader.maxScroll(context.size)
        var hints: [KeyHintBar.Hint] = [.init("↑↓", s.keyScroll), .init("空格/PgDn", s.keyPage), .init("Esc", s.keyBack)]
        if context.language == .en { hints[1] = .init("Space/PgDn", s.keyPage) }
        if atEnd {
            let label = module?.lesson(reader.lessonID)?.check != nil ? s.keyTakeCheck : s.keyNextLesson
            hints.insert(.init("Enter", label), at: 0)
        }
        hints += [context.readAloudHint, .init("?", s.keyHelp), .init("L", s.keyLanguage)]
        Chrome(title: title, trailing: context.record?.learner.displayName, hints: hints).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        var laidOut = reader
        laidOut.layOut(context)
        let lines = laidOut.lines
        let height = max(1, content.height - 1)
        for (i, line) in lines.dropFirst(reader.scroll).prefix(height).enumerated() {
            screen.put(line, x: content.x, y: content.y + i, clip: content)
            if reader.readAloudLines?.contains(reader.scroll + i) == true {
                screen.put(">", x: 0, y: content.y + i, style: Theme.emphasis)  // the paragraph being read
            }
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
