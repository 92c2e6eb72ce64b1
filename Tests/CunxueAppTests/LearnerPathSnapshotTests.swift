import Foundation
import Testing
import ProgressKit
import TerminalKit
@testable import CunxueApp

/// Snapshots of the states issue 13 added, in Chinese and English, each reached by keys from a
/// known state (the fixture course, 王芳 signed in, seed 42).
@Suite("Learner path snapshots")
struct LearnerPathSnapshotTests {
    private func snap(_ state: AppState, _ name: String) {
        expectSnapshot(renderScreen(state), named: "\(name)-\(state.language.rawValue)")
    }

    /// In the first lesson's check, at the choose-all question, answers 1 and 3 ticked.
    private func inTheCheck(_ language: UILanguage) -> AppState {
        var s = signedInState(language)
        s.keys(.enter, .end, .enter)
        s.answer(correctly: true)
        s.keys(.enter, .character("1"), .character("3"))
        return s
    }

    /// Walks by keys alone from 王芳 signed in, or from `inTheCheck`, a snapshot after each step.
    static let walks = [
        KeyWalk("check resumed with its ticks", fromTheCheck: true, [
            ([.escape, .escape, .home, .enter], "quiz-resumed"),
        ]),
        KeyWalk("choose-all feedback: her ticks, the right ones, what is missing", fromTheCheck: true, [
            ([.enter], "quiz-multiple-wrong"),
            ([.enter], "results-check-fail"),
        ]),
        KeyWalk("leaving asks", fromTheCheck: false, [
            ([.escape], "confirm-sign-out"),
            ([.character("1"), .escape], "confirm-quit"),
        ]),
        KeyWalk("help for this screen", fromTheCheck: false, [
            ([.character("?")], "help-home"),
            ([.escape, .enter, .end, .enter, .character("?")], "help-quiz"),
        ]),
    ]

    @Test("check resumed, choose-all feedback, leaving asks, help", arguments: UILanguage.allCases, walks)
    func walk(language: UILanguage, walk: KeyWalk) {
        var s = walk.fromTheCheck ? inTheCheck(language) : signedInState(language)
        for step in walk.steps {
            for key in step.keys { s.keys(key) }
            snap(s, step.snapshot)
        }
    }

    @Test("home: continue the check, the notebook on day one", arguments: UILanguage.allCases)
    func homeWithAnOpenCheck(language: UILanguage) {
        var s = signedInState(language)
        s.keys(.enter, .end, .enter)
        s.answer(correctly: false)
        s.keys(.escape, .escape)
        snap(s, "home-open-check")
        s.keys(.home, .down, .enter)
        snap(s, "notebook-practice")
    }

    @Test("module page: read, check passed, check not passed, check half done", arguments: UILanguage.allCases)
    func moduleProgress(language: UILanguage) {
        var s = signedInState(language)
        s.keys(.enter, .end, .enter)
        while s.quizSession != nil { s.answer(correctly: false); s.keys(.enter) }
        s.keys(.escape, .down, .enter, .end, .enter)
        while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
        s.keys(.escape, .down, .enter, .end, .enter, .escape)
        snap(s, "module-progress")
    }

    @Test("results of a passed module quiz name the next module", arguments: UILanguage.allCases)
    func passedModuleQuiz(language: UILanguage) {
        var s = signedInState(language)
        for _ in 0..<3 {
            s.keys(.home, .enter, .end, .enter)
            while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
            s.keys(.escape, .escape)
        }
        s.keys(.home, .enter)
        while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
        snap(s, "results-module-pass")
        s.keys(.enter)
        snap(s, "home-next-module")
    }

    @Test("sign-in: who is who, a name taken", arguments: UILanguage.allCases)
    func names(language: UILanguage) {
        let quizID = bundledLibrary.modules[0].quiz?.id ?? "?"
        var s = AppState(size: Size(width: 80, height: 24), language: language, now: testNow, library: bundledLibrary, learners: [
            LearnerSummary(id: "a", name: "李叔", hasPIN: true, lastActive: testNow.addingTimeInterval(-86_400),
                           lastModuleID: bundledLibrary.modules[1].id, passedQuizIDs: [quizID]),
            LearnerSummary(id: "b", name: "王芳", hasPIN: false, lastActive: testNow),
            LearnerSummary(id: "c", name: "张婶", hasPIN: false, lastActive: nil),
        ], calendar: utcCalendar)
        snap(s, "welcome-who")
        s.type("li")
        snap(s, "welcome-typing")
        s.keys(.character("4"))
        s.type("李叔")
        s.keys(.enter)
        snap(s, "new-learner-name-taken")
    }

    @Test("the warning before an idle sign-out", arguments: UILanguage.allCases)
    func idleWarning(language: UILanguage) {
        var s = signedInState(language)
        s.keys(.enter, .end, .enter)
        _ = s.update(.tick(testNow.addingTimeInterval(9 * 60 + 35)))
        snap(s, "idle-warning")
    }

    @Test("wide window: a readable measure, bars beside names", arguments: UILanguage.allCases)
    func wide(language: UILanguage) {
        var s = signedInState(language, size: Size(width: 120, height: 40))
        snap(s, "home-120x40")
        s.keys(.enter, .pageDown)
        snap(s, "reader-120x40")
    }

    @Test("the smallest window, scrolled to the end", arguments: UILanguage.allCases)
    func narrowScrolled(language: UILanguage) {
        var s = signedInState(language, size: Size(width: 60, height: 20))
        s.keys(.end)
        snap(s, "home-60x20-end")
    }
}

/// Keys pressed in steps from a known state, the screen compared with a snapshot after each step.
struct KeyWalk: Sendable, CustomTestStringConvertible {
    /// What the walk shows (how Swift Testing names the test's argument).
    let testDescription: String
    /// Whether it starts in the first lesson's check (`inTheCheck`) rather than on home.
    let fromTheCheck: Bool
    /// Each step's keys and the name of the snapshot after them.
    let steps: [(keys: [Key], snapshot: String)]

    init(_ title: String, fromTheCheck: Bool, _ steps: [(keys: [Key], snapshot: String)]) {
        testDescription = title
        self.fromTheCheck = fromTheCheck
        self.steps = steps
    }
}
