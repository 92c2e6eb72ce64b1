import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension ReaderState: ScreenState {
    // MARK: - Opening and laying out

    /// Opens a lesson where the learner stopped last time, and records the opening.
    /// - Returns: the effect that saves the opening.
    static func open(moduleID: String, lessonID: String, context: inout ScreenContext) -> [Effect] {
        var reader = ReaderState(moduleID: moduleID, lessonID: lessonID, openedAt: context.now)
        reader.layOut(context)
        let key = LessonKey(moduleID: moduleID, lessonID: lessonID)
        let saved = context.record?.readingState(key) ?? ReadingState()
        if saved.isOpened, !saved.isFinished || saved.lastPosition < 1000 {
            let place = Double(min(1000, max(0, saved.lastPosition))) / 1000
            reader.scroll = Int((Double(reader.maxScroll(context.size)) * place).rounded())
        }
        context.show(.reader(reader))
        let now = context.now
        return context.changeRecord { $0.updateReading(key, at: now) { $0.open(at: now) } }
    }

    /// Rows of lesson text visible at once on a screen of `size` (the last content row shows
    /// the position).
    static func pageHeight(_ size: Size) -> Int { max(1, Chrome.contentRect(for: size).height - 1) }

    /// The last first-line there is on a screen of `size`.
    func maxScroll(_ size: Size) -> Int { max(0, lines.count - Self.pageHeight(size)) }

    /// Lays the lesson out for the context's width and language, keeping the reading place.
    mutating func layOut(_ context: ScreenContext) {
        let width = Chrome.contentRect(for: context.size).width
        guard layoutWidth != width || layoutLanguage != context.language || lines.isEmpty else { return }
        let oldMax = max(0, lines.count - Self.pageHeight(context.size))
        let fraction = oldMax > 0 ? Double(scroll) / Double(oldMax) : 0
        lines = ReaderView.lines(moduleID: moduleID, lessonID: lessonID, context: context, width: max(1, width))
        layoutWidth = width
        layoutLanguage = context.language
        scroll = Int((fraction * Double(maxScroll(context.size))).rounded())
    }

    // MARK: - Reading

    /// Scrolls; Enter at the end goes on (check, next lesson, module quiz); Esc goes back to the
    /// module.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        layOut(context)
        let page = Self.pageHeight(context.size)
        let atEnd = scroll >= maxScroll(context.size)
        switch input {
        case .key(.up): scroll -= 1
        case .key(.down): scroll += 1
        case .key(.pageUp), .key(.backTab): scroll -= max(1, page - 1)
        case .key(.pageDown), .key(.character(" ")), .key(.tab): scroll += max(1, page - 1)
        case .key(.home): scroll = 0
        case .key(.end): scroll = maxScroll(context.size)
        case .key(.enter), .mouse(.click, _):
            if atEnd { return finish(context: &context) }
            scroll += max(1, page - 1)
        case .key(.escape), .key(.backspace):
            return leave(context: &context)
        case .mouse(.wheelUp, _): scroll -= 3
        case .mouse(.wheelDown, _): scroll += 3
        case .key:
            break  // no move, but a lesson that fits on one page is read once a key is pressed
        case .result:
            return []
        }
        return scrolled(context: &context)
    }

    /// Clamps the scroll; reaching the end marks the lesson read (saved once).
    private mutating func scrolled(context: inout ScreenContext) -> [Effect] {
        scroll = min(max(0, scroll), maxScroll(context.size))
        let key = LessonKey(moduleID: moduleID, lessonID: lessonID)
        guard scroll >= maxScroll(context.size), context.record?.readingState(key).isFinished == false else { return [] }
        let now = context.now
        return context.changeRecord { $0.updateReading(key, at: now) { $0.finish(at: now) } }
    }

    /// Adds the time spent reading (capped by the idle limit) and the place to the record.
    func recordReadingTime(in context: inout ScreenContext) {
        let seconds = Int(min(context.now.timeIntervalSince(openedAt), Double(context.idleMinutes * 60)))
        let position = ReadingPlace.thousandths(scroll: scroll, maxScroll: maxScroll(context.size))
        let now = context.now, key = LessonKey(moduleID: moduleID, lessonID: lessonID), calendar = context.calendar
        _ = context.changeRecord {
            $0.updateReading(key, at: now) {
                $0.addTime(seconds: max(0, seconds), at: now, calendar: calendar)
                $0.move(to: position, at: now)
            }
        }
    }

    private func leave(context: inout ScreenContext) -> [Effect] {
        recordReadingTime(in: &context)
        let index = context.library.module(moduleID)?.lessons.firstIndex { $0.id == lessonID } ?? 0
        context.show(.module(ModulePageState(moduleID: moduleID, selection: index)))
        return context.record.map { [.save($0)] } ?? []
    }

    /// At the end of a lesson: its check, else the next lesson, else the module quiz.
    private func finish(context: inout ScreenContext) -> [Effect] {
        recordReadingTime(in: &context)
        let key = LessonKey(moduleID: moduleID, lessonID: lessonID)
        let now = context.now
        var effects = context.changeRecord { $0.updateReading(key, at: now) { $0.finish(at: now) } }
        guard let module = context.library.module(moduleID), let lesson = module.lesson(lessonID) else {
            context.show(.home(HomeState()))
            return effects
        }
        if let check = lesson.check {
            effects += QuizSession.start(check, moduleID: module.id, lessonID: lesson.id, context: &context)
        } else if let next = module.lesson(after: lesson.id) {
            effects += ReaderState.open(moduleID: module.id, lessonID: next.id, context: &context)
        } else if let quiz = module.quiz {
            effects += QuizSession.start(quiz, moduleID: module.id, lessonID: nil, context: &context)
        } else {
            context.show(.module(ModulePageState(moduleID: module.id, lessonID: lesson.id, in: context.library)))
        }
        return effects
    }
}

extension Module {
    /// The lesson with `id`.
    func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// The lesson after the one with `id`, nil after the last.
    func lesson(after id: String) -> Lesson? {
        guard let i = lessons.firstIndex(where: { $0.id == id }), i + 1 < lessons.count else { return nil }
        return lessons[i + 1]
    }
}
