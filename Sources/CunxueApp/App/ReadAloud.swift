import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// What is being read aloud, if anything (`R`).
public struct ReadAloud: Sendable, Equatable {
    /// Where the text came from.
    public enum Source: Sendable, Equatable {
        /// Lines of the lesson in the reader; reading goes on paragraph by paragraph.
        case lesson(lines: Range<Int>)
        /// The question in front, with its numbered options.
        case question(index: Int)
        /// Another screen's text, read once.
        case page
    }

    /// Where the text came from.
    public var source: Source
}

/// Something a screen offers to read aloud: the text as shown, and where it came from.
struct Speakable: Equatable {
    var text: String
    var source: ReadAloud.Source
}

extension AppState {
    /// Words a minute for speech when the learner has not chosen (normal speech is about 160).
    static let defaultSpeechRate = 150

    /// `R`: reads the text in front aloud, or stops reading.
    mutating func toggleReadAloud() -> [Effect] {
        if readAloud != nil { return stopReadingAloud() }
        guard let speakable = route.speakable(context: screenContext) else {
            notice = Notice(.info) { $0.nothingToRead }
            return []
        }
        return startReading(speakable)
    }

    /// Stops reading aloud (a screen was left, or `R` again).
    mutating func stopReadingAloud() -> [Effect] {
        guard readAloud != nil else { return [] }
        readAloud = nil
        route.markReadAloud(nil, at: now)
        return [.stopSpeaking]
    }

    /// The engine finished an utterance: the reader goes on with the next paragraph.
    mutating func readAloudEnded(spokenToTheEnd: Bool) -> [Effect] {
        guard let current = readAloud else { return [] }
        guard spokenToTheEnd, case .lesson(let lines) = current.source, case .reader(var reader) = route,
              let next = reader.paragraph(startingAfter: lines.upperBound) else {
            readAloud = nil
            route.markReadAloud(nil, at: now)
            return []
        }
        if case .lesson(let nextLines) = next.source { reader.scroll = min(nextLines.lowerBound, reader.maxScroll(size)) }
        route = .reader(reader)
        return startReading(next)
    }

    /// Stops reading when the screen in front is no longer the one that was read.
    mutating func stopReadingIfLeft(_ screenBefore: AppState.Route.Kind) -> [Effect] {
        guard readAloud != nil, route.kind != screenBefore else { return [] }
        return stopReadingAloud()
    }

    /// After an event: stops reading when the screen, the question or the passage read has been
    /// left; reads the new one when the learner reads on opening (`LearnerSettings`); reads a
    /// setting that was just changed on the settings screen, at the speed now chosen.
    mutating func followReading(screenBefore: AppState.Route.Kind, placeBefore: String?,
                                settingsBefore: LearnerSettings?) -> [Effect] {
        var effects = stopReadingIfLeft(screenBefore)
        if case .settings = route, let settings = record?.learner.settings, let before = settingsBefore, settings != before {
            return effects + startReading(SettingsView.changedText(from: before, to: settings, strings), quiet: true)
        }
        let place = route.readingPlace
        guard place != placeBefore, place != nil else { return effects }
        // Lessons, questions and passages are read on opening; a worksheet field only on F3.
        let readsOnOpening = [.reader, .quiz, .scenario].contains(route.kind)
        let speakable = readsOnOpening && record?.learner.settings.readsAloudOnOpen == true && overlay == nil && !isTooSmall
            ? route.speakable(context: screenContext) : nil
        guard let speakable else {
            // Another question or passage: what was read belonged to the one left.
            return readAloud != nil ? effects + stopReadingAloud() : effects
        }
        effects.removeAll { $0 == .stopSpeaking }  // the new utterance replaces the old one
        return effects + startReading(speakable, quiet: true)
    }

    private mutating func startReading(_ speakable: Speakable, quiet: Bool = false) -> [Effect] {
        let spoken = SpokenText.make(speakable.text, language: language)
        guard !spoken.isEmpty else {
            if !quiet { notice = Notice(.info) { $0.nothingToRead } }
            return []
        }
        readAloud = ReadAloud(source: speakable.source)
        route.markReadAloud(speakable.source, at: now)
        return [.speak(text: spoken, language: language, rate: speechRate)]
    }

    /// The signed-in learner's speed (words a minute), or the default.
    var speechRate: Int { record?.learner.settings.speechSpeed.wordsPerMinute ?? Self.defaultSpeechRate }

    /// The strings in the interface language.
    var strings: Strings { Strings(language) }
}

extension AppState.Route {
    /// Which screen this is, without its state (to notice that the screen changed).
    enum Kind: Sendable, Equatable {
        case signIn, newLearner, pinEntry, home, module, reader, notebook, quiz, results, instructor, worksheet, scenario
        case settings
    }

    /// Which screen this is.
    var kind: Kind {
        switch self {
        case .signIn: return .signIn
        case .newLearner: return .newLearner
        case .pinEntry: return .pinEntry
        case .home: return .home
        case .module: return .module
        case .reader: return .reader
        case .notebook: return .notebook
        case .quiz: return .quiz
        case .results: return .results
        case .scenario: return .scenario
        case .instructor: return .instructor
        case .worksheet: return .worksheet
        case .settings: return .settings
        }
    }

    /// What is open to be read on this screen: the lesson, the question, the passage (nil where
    /// nothing is read on opening). When it changes, what was being read was left.
    var readingPlace: String? {
        switch self {
        case .reader(let reader): return "reader/\(reader.moduleID)/\(reader.lessonID)"
        case .quiz(let session): return "quiz/\(session.index)/\(session.current?.questionID ?? "")"
        case .scenario(let scenario): return "scenario/\(scenario.runID)/\(scenario.passageName)"
        case .worksheet(let sheet): return "worksheet/\(sheet.answersID)/\(sheet.current)/\(sheet.showsPage)"
        default: return nil
        }
    }

    /// What this screen reads aloud on `R`, nil where there is nothing to read.
    func speakable(context: ScreenContext) -> Speakable? {
        switch self {
        case .reader(let reader):
            var laidOut = reader
            laidOut.layOut(context)
            return laidOut.paragraph(atOrAfter: laidOut.scroll)
        case .quiz(let session):
            return session.speakable(context: context)
        case .scenario(let scenario):
            return scenario.speakable(context: context)
        case .worksheet(let sheet):
            return sheet.speakable(context: context)
        case .settings:
            let texts = SettingsView.rowTexts(SettingsState.settings(context), context.strings)
            return Speakable(text: texts.map { context.strings.settingSpoken($0.name, $0.value) }.joined(separator: "\n"), source: .page)
        case .signIn, .newLearner, .pinEntry, .home, .module, .notebook, .results, .instructor:
            return nil
        }
    }

    /// Marks what is being read on the screen at `now` (the reader shows the paragraph; a
    /// rehearsal's countdown waits until its passage has been read).
    mutating func markReadAloud(_ source: ReadAloud.Source?, at now: Date) {
        switch self {
        case .reader(var reader):
            if case .lesson(let lines)? = source { reader.readAloudLines = lines } else { reader.readAloudLines = nil }
            self = .reader(reader)
        case .scenario(var scenario):
            scenario.markRead(source != nil, at: now)
            self = .scenario(scenario)
        default:
            return
        }
    }
}

extension ReaderState {
    /// The paragraph (a run of non-empty laid-out lines) that starts at or after `line`.
    func paragraph(atOrAfter line: Int) -> Speakable? {
        var start = max(0, line)
        while start < lines.count, lines[start].text.trimmingCharacters(in: .whitespaces).isEmpty { start += 1 }
        // Reading from the middle of a paragraph starts at its beginning.
        while start > 0, start < lines.count, !lines[start - 1].text.trimmingCharacters(in: .whitespaces).isEmpty { start -= 1 }
        guard start < lines.count else { return nil }
        var end = start
        while end < lines.count, !lines[end].text.trimmingCharacters(in: .whitespaces).isEmpty { end += 1 }
        let text = Self.joined(lines[start..<end].map(\.text))
        return Speakable(text: text, source: .lesson(lines: start..<end))
    }

    /// The paragraph after the one ending at `line`.
    func paragraph(startingAfter line: Int) -> Speakable? {
        var start = line
        while start < lines.count, !lines[start].text.trimmingCharacters(in: .whitespaces).isEmpty { start += 1 }
        while start < lines.count, lines[start].text.trimmingCharacters(in: .whitespaces).isEmpty { start += 1 }
        return start < lines.count ? paragraph(atOrAfter: start) : nil
    }

    /// Wrapped lines joined back into one text: no space between CJK characters, one elsewhere.
    static func joined(_ texts: [String]) -> String {
        var result = ""
        for text in texts.map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            if let last = result.last, let first = text.first, !(last.isWide || first.isWide) { result += " " }
            result += text
        }
        return result
    }
}

extension QuizSession {
    /// The question in front and its options, numbered as on screen.
    func speakable(context: ScreenContext) -> Speakable? {
        guard let item = current, let question = context.library.index.question(item.questionID)?.question else { return nil }
        let content = question.content.value(for: context.contentLanguage)
        var parts = [context.strings.questionNumber(index + 1) + content.headingText]
        let body = content.body.plainText
        if !body.isEmpty { parts.append(body) }
        for (row, original) in item.order.enumerated() where original < content.answers.count {
            let separator = context.language == .zh ? "：" : ": "
            parts.append(SpokenText.option(row + 1, language: context.language) + separator + content.answers[original].plainText)
        }
        return Speakable(text: parts.joined(separator: "\n"), source: .question(index: index))
    }
}

private extension Character {
    /// Whether the character is CJK or another wide character (no spaces between such words).
    var isWide: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        return (0x2E80...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
            || (0xFF00...0xFFEF).contains(scalar.value) || (0x3000...0x303F).contains(scalar.value)
    }
}

extension ScenarioState {
    /// The passage in front (its feedback or ending first) and its choices, numbered as on screen.
    func speakable(context: ScreenContext) -> Speakable? {
        guard let scenario = scenario(in: context.library),
              let passage = passage(scenario, language: context.contentLanguage) else { return nil }
        var parts = ScenarioView.statusLines(self, passage, context).map { line in
            line.spans.map(\.text).joined().trimmingCharacters(in: CharacterSet(charactersIn: "✓✗⏱ "))
        }
        let body = passage.shownBody.plainText
        if !body.isEmpty { parts.append(body) }
        let separator = context.language == .zh ? "：" : ": "
        for (row, choice) in passage.choices.prefix(9).enumerated() {
            parts.append(SpokenText.option(row + 1, language: context.language) + separator + choice.text)
        }
        return Speakable(text: parts.joined(separator: "\n"), source: .page)
    }
}
