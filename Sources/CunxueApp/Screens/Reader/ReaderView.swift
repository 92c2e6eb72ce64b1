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
        let body = context.library.bodyToShow(of: lesson, in: context.contentLanguage, strings: s)
        var lines: [StyledLine] = []
        // The title heads the page, unless the lesson starts with the same heading itself.
        if body.firstHeadingText != title || !(body.blocks.first.map { if case .heading = $0.kind { true } else { false } } ?? false) {
            lines += LineWrapper.wrap(StyledLine(title, style: Theme.heading), width: width, ambiguous: context.ambiguous) + [StyledLine()]
        }
        lines += DocumentRenderer(imageLabel: s.imageLabel, ambiguous: context.ambiguous).render(body, width: width)
        lines.append(StyledLine())
        lines.append(StyledLine(s.endOfLesson, style: Theme.muted))
        let next: String
        if lesson.check != nil { next = s.endTakeCheck }
        else if module.lesson(after: lesson.id) != nil { next = s.endNextLesson }
        else if module.quiz != nil { next = s.endModuleQuiz }
        else { next = s.endBack }
        lines += LineWrapper.wrap(StyledLine(next, style: Theme.emphasis), width: width, ambiguous: context.ambiguous)
        return lines
    }

    /// What Enter does at the end of the lesson.
    static func endLabel(_ module: Module?, lessonID: String, _ s: Strings) -> String {
        guard let module, let lesson = module.lesson(lessonID) else { return s.keyBackToModule }
        if lesson.check != nil { return s.keyTakeCheck }
        if module.lesson(after: lessonID) != nil { return s.keyNextLesson }
        return module.quiz != nil ? s.keyModuleQuiz : s.keyBackToModule
    }

    static func render(_ reader: ReaderState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        let module = context.library.module(reader.moduleID)
        let title = module?.title.value(for: context.contentLanguage) ?? ""
        let atEnd = reader.scroll >= reader.maxScroll(context.size)
        // R before Esc, so reading aloud stays in view at 60 columns; at the end, where paging
        // down does nothing, Enter, R and Esc come first.
        let paging: [KeyHintBar.Hint] = [.init(s.spacePageDown, s.keyPage), .init("↑↓", s.keyScroll)]
        let leave: [KeyHintBar.Hint] = [context.readAloudHint, .init("Esc", s.keyBackToModule)]
        var hints = atEnd ? [.init("Enter", endLabel(module, lessonID: reader.lessonID, s))] + leave + paging : paging + leave
        hints += [.init("?", s.keyHelp), .init("L", s.keyLanguage)]
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
        // The place: "读到 38%" (as the lesson list says it) and a small bar, under the text.
        let maxScroll = max(0, lines.count - height)
        let place = ReadingPlace.thousandths(scroll: reader.scroll, maxScroll: maxScroll)
        let percent = ReadingPlace.percent(place, finished: reader.scroll >= maxScroll)
        let bar = ProgressBar(fraction: Double(percent) / 100, showsPercent: false, filledStyle: Theme.frame).line(width: 12, glyphs: context.glyphs)
        let y = content.maxY - 1
        let x = screen.put(StyledLine(s.readPercent(percent), style: Theme.muted), x: content.x, y: y)
        screen.put(bar, x: x + 2, y: y)
    }
}
