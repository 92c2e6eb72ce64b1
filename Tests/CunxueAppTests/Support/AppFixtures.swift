import Foundation
import LessonKit
import ProgressKit
import TerminalKit
import Testing
@testable import CunxueApp

/// The app tests' course, loaded once: a frozen copy of the first bundled course in
/// `Fixtures/Course`, so that editing `Lessons/` never changes an app snapshot (the bundled
/// course has tests of its own in LessonKitTests). Loaded as the app loads it, as an index:
/// every screen a test opens reads lesson bodies on demand (`Library.body(of:in:)`).
let bundledLibrary: Library = {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    var loader = CourseLoader()
    loader.mode = .index
    return Library(loader.load(tests.appendingPathComponent("Fixtures/Course").path))
}()

/// A calendar in UTC, so that "tomorrow" is the same everywhere tests run.
let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.current
    return calendar
}()

/// A learner record for 王芳, new.
func makeRecord(name: String = "王芳") -> LearnerRecord {
    // The name is valid by construction; a failure here is a broken test fixture.
    let learner = (try? Learner(id: "wangfang01", displayName: name, createdAt: testNow))!
    return LearnerRecord(learner: learner)
}

/// A state with 王芳 signed in on the bundled course, at 80x24.
func signedInState(_ language: UILanguage = .zh, size: Size = Size(width: 80, height: 24)) -> AppState {
    var state = AppState(size: size, language: language, now: testNow, library: bundledLibrary,
                         learners: [LearnerSummary(id: "wangfang01", name: "王芳", hasPIN: false, lastActive: nil)],
                         calendar: utcCalendar, seed: 42)
    _ = state.update(.signedIn(makeRecord(), warnings: []))
    state.language = language
    return state
}

/// The instructor signed in with PIN 2468 on `library` (seed 3), on a terminal drawing ambiguous
/// characters `ambiguous`.
func instructorSignedIn(_ language: UILanguage = .zh, size: Size = Size(width: 80, height: 24),
                        library: Library = bundledLibrary, ambiguous: AmbiguousWidth = .narrow) -> AppState {
    var s = AppState(size: size, language: language, now: testNow, library: library, calendar: utcCalendar, seed: 3)
    s.ambiguousWidth = ambiguous
    s.keys(.function(2))
    _ = s.update(.instructorStatus(hasPIN: true))
    s.type("2468")
    s.keys(.enter)
    _ = s.update(.instructorPINChecked(correct: true, waitUntil: nil))
    return s
}

extension AppState {
    /// Presses keys and returns all effects they produced.
    @discardableResult
    mutating func keys(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(.input(.key($0))) }
    }

    /// Types text as the terminal delivers it: one character event each.
    mutating func type(_ text: String) {
        for c in text { _ = update(.input(.key(.character(c)))) }
    }

    /// The highlighted row of the sign-in screen, nil on another screen.
    var signInSelection: Int? {
        if case .signIn(let screen) = route { return screen.selection }
        return nil
    }

    /// The reader's state, nil on another screen.
    var readerState: ReaderState? {
        if case .reader(let reader) = route { return reader }
        return nil
    }

    /// The instructor's state, nil outside instructor mode.
    var instructorState: InstructorState? { if case .instructor(let state) = route { state } else { nil } }

    /// The worksheet screen's state, nil on another screen.
    var worksheetState: WorksheetState? { if case .worksheet(let sheet) = route { sheet } else { nil } }

    /// The home screen's rows for the signed-in learner.
    var homeRows: [HomeRow] { screenContext.homeRows }

    /// The mistake notebook's questions due now.
    var dueReviewEntries: [MistakeEntry] { screenContext.dueReviewEntries }

    /// The question an item of a quiz asks.
    func question(_ item: QuizSession.Item) -> Question? { screenContext.question(item) }

    var quizSession: QuizSession? {
        if case .quiz(let session) = route { return session }
        return nil
    }

    /// Answers the current question right (true) or wrong (false) and submits it.
    mutating func answer(correctly: Bool) {
        guard let session = quizSession, let item = session.current, let question = question(item) else {
            Issue.record("no question to answer: \(route)")
            return
        }
        let answers = question.content.original.answers
        switch question.kind {
        case .single:
            let originals = answers.indices.filter { answers[$0].isCorrect == correctly }
            let row = item.order.firstIndex(of: originals[0]) ?? 0
            _ = update(.input(.key(.character(Character("\(row + 1)")))))
        case .multiple:
            let wanted = correctly ? answers.indices.filter { answers[$0].isCorrect } : [answers.indices.first { !answers[$0].isCorrect } ?? 0]
            for original in wanted {
                let row = item.order.firstIndex(of: original) ?? 0
                _ = update(.input(.key(.character(Character("\(row + 1)")))))
            }
        case .ordering:
            var originals = Array(answers.indices)
            if !correctly { originals.swapAt(0, 1) }
            for original in originals {
                let row = item.order.firstIndex(of: original) ?? 0
                _ = update(.input(.key(.character(Character("\(row + 1)")))))
            }
        }
        _ = update(.input(.key(.enter)))
    }
}

extension QuizSession.Mode {
    /// The attempt a quiz (not a notebook round) is saved under, nil for a round.
    var attemptID: String? {
        if case .quiz(_, _, _, let attemptID) = self { return attemptID }
        return nil
    }
}

extension Event {
    /// The record of `.signedIn`, nil for any other event.
    var signedInRecord: LearnerRecord? {
        if case .signedIn(let record, _) = self { return record }
        return nil
    }

    /// Whether `.pinChecked` found the PIN right, nil for any other event.
    var pinCheckedCorrect: Bool? {
        if case .pinChecked(_, let correct, _, _) = self { return correct }
        return nil
    }
}
