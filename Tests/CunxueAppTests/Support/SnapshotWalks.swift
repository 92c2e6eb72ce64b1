import Foundation
import TerminalKit
@testable import CunxueApp

/// The new-learner form as a person fills it in from the sign-in screen `start` of a station
/// without learners: the name step with 王芳 typed, then the PIN step with two digits typed.
/// `show` is handed each state with its snapshot name ("new-learner-name", "new-learner-pin").
func fillInTheNewLearnerForm(from start: AppState, _ show: (AppState, String) -> Void) {
    var s = start
    s.keys(.enter)
    s.type("王芳")
    show(s, "new-learner-name")
    s.keys(.enter)
    s.type("12")
    show(s, "new-learner-pin")
}

/// 王芳 signed in at the smallest size, 60x20, on a terminal drawing ambiguous characters
/// `ambiguous`, with a module with advice highlighted.
func homeAtTheSmallestSize(ambiguous: AmbiguousWidth = .narrow) -> AppState {
    var s = signedInState(.zh, size: Size(width: 60, height: 20))
    s.ambiguousWidth = ambiguous
    s.keys(.down, .down)
    return s
}

/// Ways through the fixture course that several snapshot suites take.
extension AppState {
    /// A day after `testNow`, the learner still at the keyboard: the notebook's questions are due.
    mutating func aDayLater() {
        lastInputAt = testNow.addingTimeInterval(86_400)
        _ = update(.tick(testNow.addingTimeInterval(86_400)))
    }

    /// From home: module 1's quiz, its first question answered wrong, back home, a day later.
    mutating func missAQuizQuestionAndWaitADay() {
        keys(.character("1"), .end, .enter)
        answer(correctly: false)
        keys(.escape, .escape)
        aDayLater()
    }

    /// Answers the quiz on screen right to its end. At the first choose-all question it ticks
    /// 1 and 3 and at the first ordering question it presses 2 and 1 (then takes them back),
    /// handing the state to `show` with "quiz-multiple" or "quiz-ordering" before answering.
    /// - Returns: the kinds shown ("multiple", "ordering").
    mutating func answerQuizShowingEachKind(_ show: (AppState, String) -> Void) -> Set<String> {
        var seen: Set<String> = []
        while let session = quizSession, let item = session.current, let question = question(item) {
            if question.kind == .multiple, !seen.contains("multiple") {
                keys(.character("1"), .character("3"))
                show(self, "quiz-multiple")
                seen.insert("multiple")
            }
            if question.kind == .ordering, !seen.contains("ordering") {
                keys(.character("2"), .character("1"))
                show(self, "quiz-ordering")
                seen.insert("ordering")
                keys(.backspace, .backspace)
            }
            answer(correctly: true)
            keys(.enter)
        }
        return seen
    }
}
