import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension AppState {
    /// Rows of lesson text visible at once (the last content row shows the position).
    var readerPageHeight: Int { max(1, Chrome.contentRect(for: size).height - 1) }

    /// Opens a lesson where the learner stopped last time, and records the opening.
    mutating func openLesson(moduleID: String, lessonID: String) -> [Effect] {
        var reader = ReaderState(moduleID: moduleID, lessonID: lessonID, openedAt: now)
        layOut(&reader)
        let key = LessonKey(moduleID: moduleID, lessonID: lessonID)
        let saved = record?.readingState(key) ?? ReadingState()
        if saved.isOpened, !saved.isFinished || saved.lastPosition < 1000 {
            reader.scroll = Int((Double(maxScroll(reader)) * Double(min(1000, max(0, saved.lastPosition))) / 1000).rounded())
        }
        route = .reader(reader)
        let now = self.now
        return changeRecord { $0.updateReading(key, at: now) { $0.open(at: now) } }
    }

    /// Lays the lesson out for the current width and language, keeping the reading place.
    mutating func layOut(_ reader: inout ReaderState) {
        let width = Chrome.contentRect(for: size).width
        guard reader.layoutWidth != width || reader.layoutLanguage != language || reader.lines.isEmpty else { return }
        let oldMax = maxScroll(reader)
        let fraction = oldMax > 0 ? Double(reader.scroll) / Double(oldMax) : 0
        reader.lines = readerLines(moduleID: reader.moduleID, lessonID: reader.lessonID, width: max(1, width))
        reader.layoutWidth = width
        reader.layoutLanguage = language
        reader.scroll = Int((fraction * Double(maxScroll(reader))).rounded())
    }

    private func readerLines(moduleID: String, lessonID: String, width: Int) -> [StyledLine] {
        guard let module = library.module(moduleID), let lesson = module.lessons.first(where: { $0.id == lessonID }) else { return [] }
        let s = strings
        let title = lesson.title.value(for: contentLanguage)
        let body = lesson.body.value(for: contentLanguage)
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
        else if nextLesson(after: lesson, in: module) != nil { next = s.endNextLesson }
        else if module.quiz != nil { next = s.endModuleQuiz }
        else { next = s.endBack }
        lines += LineWrapper.wrap(StyledLine(next, style: Theme.emphasis), width: width)
        return lines
    }

    func maxScroll(_ reader: ReaderState) -> Int { max(0, reader.lines.count - readerPageHeight) }

    func nextLesson(after lesson: Lesson, in module: Module) -> Lesson? {
        guard let i = module.lessons.firstIndex(where: { $0.id == lesson.id }), i + 1 < module.lessons.count else { return nil }
        return module.lessons[i + 1]
    }

    mutating func handleReaderKey(_ key: Key, _ reader: ReaderState) -> [Effect] {
        var reader = reader
        layOut(&reader)
        let page = readerPageHeight
        let atEnd = reader.scroll >= maxScroll(reader)
        switch key {
        case .up: reader.scroll -= 1
        case .down: reader.scroll += 1
        case .pageUp, .backTab: reader.scroll -= max(1, page - 1)
        case .pageDown, .character(" "), .tab: reader.scroll += max(1, page - 1)
        case .home: reader.scroll = 0
        case .end: reader.scroll = maxScroll(reader)
        case .enter:
            if atEnd { return finishReading(reader) }
            reader.scroll += max(1, page - 1)
        case .escape, .backspace:
            return leaveReader(reader)
        default: break
        }
        return scrolled(reader)
    }

    mutating func handleReaderMouse(_ action: MouseAction, _ reader: ReaderState) -> [Effect] {
        var reader = reader
        switch action {
        case .wheelUp: reader.scroll -= 3
        case .wheelDown: reader.scroll += 3
        case .click:
            if reader.scroll >= maxScroll(reader) { return finishReading(reader) }
            reader.scroll += max(1, readerPageHeight - 1)
        }
        return scrolled(reader)
    }

    /// Clamps the scroll; reaching the end marks the lesson read (saved once).
    private mutating func scrolled(_ reader: ReaderState) -> [Effect] {
        var reader = reader
        reader.scroll = min(max(0, reader.scroll), maxScroll(reader))
        route = .reader(reader)
        let key = LessonKey(moduleID: reader.moduleID, lessonID: reader.lessonID)
        if reader.scroll >= maxScroll(reader), record?.readingState(key).isFinished == false {
            let now = self.now
            return changeRecord { $0.updateReading(key, at: now) { $0.finish(at: now) } }
        }
        return []
    }

    /// Adds the time spent reading (capped by the idle limit) and the place to the record.
    mutating func recordReadingTime(_ reader: ReaderState) {
        guard var current = record else { return }
        let seconds = Int(min(now.timeIntervalSince(reader.openedAt), Double(idleMinutes * 60)))
        let maxScroll = maxScroll(reader)
        // The place is kept in thousandths of the lesson, so it survives another window size.
        let position = maxScroll > 0 ? Int((Double(reader.scroll) * 1000 / Double(maxScroll)).rounded()) : 1000
        current.updateReading(LessonKey(moduleID: reader.moduleID, lessonID: reader.lessonID), at: now) {
            $0.addTime(seconds: max(0, seconds))
            $0.move(to: position, at: now)
        }
        record = current
    }

    private mutating func leaveReader(_ reader: ReaderState) -> [Effect] {
        recordReadingTime(reader)
        let module = library.module(reader.moduleID)
        let index = module?.lessons.firstIndex { $0.id == reader.lessonID } ?? 0
        route = .module(ModulePageState(moduleID: reader.moduleID, selection: index))
        return record.map { [.save($0)] } ?? []
    }

    /// At the end of a lesson: its check, else the next lesson, else the module quiz.
    private mutating func finishReading(_ reader: ReaderState) -> [Effect] {
        recordReadingTime(reader)
        let key = LessonKey(moduleID: reader.moduleID, lessonID: reader.lessonID)
        let now = self.now
        var effects = changeRecord { $0.updateReading(key, at: now) { $0.finish(at: now) } }
        guard let module = library.module(reader.moduleID), let lesson = module.lessons.first(where: { $0.id == reader.lessonID }) else {
            route = .home(HomeState())
            return effects
        }
        if let check = lesson.check {
            effects += startQuiz(check, moduleID: module.id, lessonID: lesson.id)
        } else if let next = nextLesson(after: lesson, in: module) {
            effects += openLesson(moduleID: module.id, lessonID: next.id)
        } else if let quiz = module.quiz {
            effects += startQuiz(quiz, moduleID: module.id, lessonID: nil)
        } else {
            route = .module(ModulePageState(moduleID: module.id, selection: module.lessons.count - 1))
        }
        return effects
    }
}
