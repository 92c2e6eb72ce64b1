import Foundation
import Testing
import TerminalKit
@testable import CunxueApp

/// At the smallest size (60x20) the way back and the key that erases stay in the hint bar,
/// whatever else gives way.
@Suite("Narrow hint bars")
struct NarrowHintBarTests {
    @Test("an ordering question at 60x20 shows Esc and the key that takes a step back",
          arguments: UILanguage.allCases, [AmbiguousWidth.narrow, .wide])
    func orderingQuestion(language: UILanguage, ambiguous: AmbiguousWidth) {
        var s = signedInState(language, size: Size(width: 60, height: 20))
        s.ambiguousWidth = ambiguous
        s.keys(.character("1"), .end, .enter)
        var bar: String?
        _ = s.answerQuizShowingEachKind { state, name in
            if name == "quiz-ordering" { bar = renderScreen(state).lines.last }
        }
        let strings = Strings(language)
        #expect(bar?.contains("Esc " + strings.keyLeaveQuiz) == true, "\(ambiguous): \(bar ?? "no ordering question")")
        #expect(bar?.contains(strings.backspaceKey + " " + strings.keyUndo) == true, "\(ambiguous): \(bar ?? "no ordering question")")
    }

    @Test("the sign-in screen at 60x20 keeps F2 (the instructor's way in) and Esc; ↑↓ gives way below 70 columns",
          arguments: UILanguage.allCases, [AmbiguousWidth.narrow, .wide])
    func signIn(language: UILanguage, ambiguous: AmbiguousWidth) {
        let strings = Strings(language)
        for (width, arrows) in [(60, false), (80, true)] {
            var state = AppState(size: Size(width: width, height: width == 60 ? 20 : 24), language: language, now: testNow,
                                 library: bundledLibrary,
                                 learners: [LearnerSummary(id: "wangfang01", name: "王芳", hasPIN: false, lastActive: nil)],
                                 calendar: utcCalendar, seed: 42)
            state.ambiguousWidth = ambiguous
            let bar = renderScreen(state).lines.last ?? ""
            #expect(bar.contains("F2 " + strings.keyInstructor), "\(width) \(ambiguous): \(bar)")
            #expect(bar.contains("Esc " + strings.keyQuit), "\(width) \(ambiguous): \(bar)")
            #expect(bar.contains("↑↓") == arrows, "\(width) \(ambiguous): \(bar)")
        }
    }

    @Test("Chrome marks Esc, Enter/Esc and Backspace to stay, nothing else")
    func whatStays() {
        let s = Strings(.zh)
        let hints = Chrome.keepingTheWayBack([.init("↑↓", s.keySelect), .init("Esc", s.keyBack), .init("Enter/Esc", s.keyBack),
                                              .init(s.backspaceKey, s.keyDelete), .init("F3", s.keyReadAloud)], s)
        #expect(hints.map(\.stays) == [false, true, true, true, false])
    }
}
