import Foundation
import Testing
import ProgressKit
import TerminalKit
@testable import CunxueApp

/// One snapshot of every screen at 80x24, in Chinese and in English, each reached by pressing
/// keys from a known state (the bundled course, 王芳 signed in, seed 42).
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    private func snap(_ state: AppState, _ name: String) {
        expectSnapshot(renderScreen(state), named: "\(name)-\(state.language.rawValue)")
    }

    @Test("new learner: name, PIN", arguments: UILanguage.allCases)
    func newLearner(language: UILanguage) {
        let start = AppState(size: Size(width: 80, height: 24), language: language, now: testNow, library: bundledLibrary)
        fillInTheNewLearnerForm(from: start) { snap($0, $1) }
    }

    @Test("PIN entry", arguments: UILanguage.allCases)
    func pinEntry(language: UILanguage) {
        var s = AppState(size: Size(width: 80, height: 24), language: language, now: testNow, library: bundledLibrary,
                         learners: [LearnerSummary(id: "a1", name: "王芳", hasPIN: true, lastActive: testNow)])
        s.keys(.enter)
        s.type("123")
        snap(s, "pin-entry")
    }

    /// Screens reached from 王芳 signed in by keys alone: each snapshot's name and the keys.
    static let screensByKeys: [(snapshot: String, keys: [Key])] = [
        ("home", [.down, .down]),                                    // a module with advice
        ("module", [.character("2")]),                               // the module page
        ("reader", [.character("2"), .enter, .down, .down]),
        ("reader-end", [.character("2"), .enter, .end]),
        ("quiz-single", [.character("1"), .end, .enter, .character("2")]),
        ("help-reader", [.character("2"), .enter, .character("?")]),  // help over a lesson
    ]

    @Test("home, module page, reader, its end, a single-choice question, help", arguments: UILanguage.allCases, screensByKeys)
    func reachedByKeys(language: UILanguage, screen: (snapshot: String, keys: [Key])) {
        var s = signedInState(language)
        for key in screen.keys { s.keys(key) }
        snap(s, screen.snapshot)
    }

    @Test("home with progress", arguments: UILanguage.allCases)
    func homeWithProgress(language: UILanguage) {
        var s = signedInState(language)
        s.keys(.character("1"), .end, .enter)  // module 00's quiz
        s.answer(correctly: false)
        s.keys(.enter)
        while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
        s.keys(.escape, .escape)
        s.aDayLater()
        snap(s, "home-progress")
    }

    @Test("home at the smallest size, 60x20: columns give way, the title stays")
    func homeNarrow() {
        let s = homeAtTheSmallestSize()
        snap(s, "home-60x20")
        for line in renderScreen(s).lines { #expect(DisplayWidth.of(line) == 60) }
        #expect(renderScreen(s).text.contains("0/5 课"))
    }

    @Test("quiz: hint and wrong answer", arguments: UILanguage.allCases)
    func quizFeedback(language: UILanguage) {
        var s = signedInState(language)
        s.keys(.character("1"), .end, .enter, .character("h"))
        snap(s, "quiz-hint")
        s.answer(correctly: false)
        snap(s, "quiz-wrong")
    }

    @Test("quiz: choose all and ordering", arguments: UILanguage.allCases)
    func quizKinds(language: UILanguage) {
        var s = signedInState(language)
        s.keys(.character("1"), .end, .enter)
        #expect(s.answerQuizShowingEachKind { snap($0, $1) } == ["multiple", "ordering"])
        snap(s, "results-pass")
    }

    @Test("results: not passed", arguments: UILanguage.allCases)
    func resultsFail(language: UILanguage) {
        var s = signedInState(language)
        s.keys(.character("1"), .end, .enter)
        while s.quizSession != nil { s.answer(correctly: false); s.keys(.enter) }
        snap(s, "results-fail")
    }

    @Test("mistake review", arguments: UILanguage.allCases)
    func review(language: UILanguage) {
        var s = signedInState(language)
        s.missAQuizQuestionAndWaitADay()
        s.keys(.home, .down, .enter)  // the notebook row, under "continue"
        snap(s, "notebook-due")
        s.keys(.enter)
        snap(s, "review")
    }

    @Test("monochrome: the highlighted row stands out without colour")
    func monochrome() {
        let screen = renderScreen(signedInState())
        let y = screen.lines.firstIndex { $0.contains("▶") } ?? 0
        #expect(screen[4, y].style.monochrome.reverse)
        #expect(!screen[4, y + 3].style.monochrome.reverse)
    }
}
