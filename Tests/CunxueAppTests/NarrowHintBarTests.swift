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

    @Test("Chrome marks Esc, Enter/Esc and Backspace to stay, nothing else")
    func whatStays() {
        let s = Strings(.zh)
        let hints = Chrome.keepingTheWayBack([.init("↑↓", s.keySelect), .init("Esc", s.keyBack), .init("Enter/Esc", s.keyBack),
                                              .init(s.backspaceKey, s.keyDelete), .init("F3", s.keyReadAloud)], s)
        #expect(hints.map(\.stays) == [false, true, true, true, false])
    }
}
