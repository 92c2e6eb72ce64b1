import Foundation
import Testing
import TerminalKit
@testable import CunxueApp

@Suite("Sign-in screen")
struct SignInTests {
    private let learners = [
        LearnerSummary(id: "a1", name: "王芳", hasPIN: true, lastActive: testNow.addingTimeInterval(-3600)),
        LearnerSummary(id: "b2", name: "李建国", hasPIN: false, lastActive: testNow.addingTimeInterval(-3 * 86_400)),
        LearnerSummary(id: "c3", name: "Zhang Wei", hasPIN: false, lastActive: nil),
    ]

    private func state(_ language: UILanguage = .zh, learners: [LearnerSummary]? = nil) -> AppState {
        AppState(size: Size(width: 80, height: 24), language: language, now: testNow, learners: learners ?? self.learners)
    }

    @Test("welcome screen", arguments: UILanguage.allCases)
    func welcome(language: UILanguage) {
        expectSnapshot(renderScreen(state(language)), named: "welcome-\(language.rawValue)")
    }

    @Test func welcomeWithNoLearners() {
        expectSnapshot(renderScreen(state(learners: [])), named: "welcome-empty-zh-Hans")
    }

    @Test func welcomeAt120x40() {
        var s = state()
        _ = s.update(.input(.resize(Size(width: 120, height: 40))))
        expectSnapshot(renderScreen(s), named: "welcome-120x40-zh-Hans")
    }

    @Test func arrowsMoveAndStopAtTheEnds() {
        var s = state()
        s.press(.up)
        #expect(s.signInSelection == 0)
        s.press(.down, .down, .down, .down, .down)
        #expect(s.signInSelection == 3)  // the "new learner" row
        s.press(.home)
        #expect(s.signInSelection == 0)
    }

    @Test func numberKeysChoose() {
        var s = state()
        s.press(.character("2"))
        #expect(s.signInSelection == 1)
        s.press(.character("9"))  // no ninth row: nothing happens
        #expect(s.signInSelection == 1)
    }

    @Test func clickChoosesTheRowUnderTheMouse() {
        var s = state()
        let rect = SignInView.listRect(for: s.size, itemCount: 4)
        _ = s.update(.input(.mouse(.click, Point(x: rect.x + 3, y: rect.y + 2))))
        #expect(s.signInSelection == 2)
    }

    @Test func helpOpensAndClosesWithEsc() {
        var s = state()
        s.press(.character("?"))
        #expect(s.overlay == .help)
        expectSnapshot(renderScreen(s), named: "help-zh-Hans")
        s.press(.escape)
        #expect(s.overlay == nil)
    }

    @Test func languageSwitchesWithTabAndLettersDoNothing() {
        var s = state()
        s.press(.tab)
        #expect(s.language == .en)
        #expect(renderScreen(s).text.contains("Welcome to Cunxue"))
        s.press(.tab)
        #expect(s.language == .zh)
    }

    @Test func typingANameHereChangesNothing() {
        var s = state()
        for c in "li shu Lin QI nqil?".filter({ $0 != "?" }) {
            #expect(s.update(.input(.key(.character(c)))).isEmpty)
        }
        #expect(s.language == .zh && s.overlay == nil && s.route == .signIn(SignInState()))
        #expect(renderScreen(s).text.contains("这里不用打字"))
    }

    @Test func quitAsksFirstAndEnterOrEscStays() {
        var s = state()
        s.press(.escape)
        #expect(s.overlay == .confirmQuit)
        #expect(renderScreen(s).text.contains("要退出村学吗？"))
        s.press(.enter)                       // an Enter habit does not quit
        #expect(s.overlay == nil && !s.isFinished)
        s.press(.escape, .escape)
        #expect(s.overlay == nil && !s.isFinished)
        s.press(.escape)
        let effects = s.update(.input(.key(.character("1"))))
        #expect(effects == [.quit])
        #expect(s.isFinished)
    }

    @Test func languageReturnsToTheStationsAfterSignOut() {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary)
        var record = makeRecord()
        record.learner.preferredLanguage = "en"
        _ = s.update(.signedIn(record, warnings: []))
        #expect(s.language == .en)
        s.press(.escape, .character("1"))
        #expect(s.record == nil && s.language == .zh)
        #expect(renderScreen(s).text.contains("欢迎来到村学"))
    }

    @Test func theListShowsWhenEachLastStudiedAndTheModulesPassed() {
        let quizID = bundledLibrary.modules[0].quiz?.id ?? "?"
        let moduleID = bundledLibrary.modules[1].id
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary, learners: [
            LearnerSummary(id: "a", name: "李叔", hasPIN: false, lastActive: testNow.addingTimeInterval(-86_400),
                           lastModuleID: moduleID, passedQuizIDs: [quizID]),
            LearnerSummary(id: "b", name: "王芳", hasPIN: true, lastActive: nil),
        ], calendar: utcCalendar)
        _ = s.update(.tick(testNow))
        let text = renderScreen(s).text
        #expect(text.contains("昨天 · 通过 1 个单元 · 开网店：平台注册"))
        #expect(text.contains("有密码 · 还没学过"))
    }

    @Test func controlCQuitsAndControlZSuspends() {
        var s = state()
        #expect(s.update(.input(.key(.control("z")))) == [.suspend])
        #expect(s.update(.input(.key(.control("c")))) == [.quit])
        #expect(s.isFinished)
    }

    @Test("kiosk mode keeps the app open", arguments: [Key.control("c"), .control("z"), .control("\\"), .escape])
    func kiosk(key: Key) {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, isKiosk: true)
        let effects = s.update(.input(.key(key)))
        #expect(effects.isEmpty)
        #expect(!s.isFinished)
        #expect(s.overlay == nil)
        #expect(renderScreen(s).text.contains("请找老师"))
    }

    @Test func terminateSignalQuits() {
        var s = state()
        #expect(s.update(.input(.signal(.terminate))) == [.quit])
        #expect(s.isFinished)
    }

    @Test("too small windows get a message and recover", arguments: [Size(width: 59, height: 24), Size(width: 80, height: 19), Size(width: 20, height: 5)])
    func tooSmall(size: Size) {
        var s = state()
        _ = s.update(.input(.resize(size)))
        let text = renderScreen(s).text
        #expect(text.contains("窗口太小"))
        #expect(!text.contains("学员"))
        _ = s.update(.input(.resize(Size(width: 80, height: 24))))
        #expect(renderScreen(s).text.contains("欢迎来到村学"))
    }

    @Test func colourFreeReadability() {
        // The highlighted row must stand out by attributes alone.
        let screen = renderScreen(state())
        let rect = SignInView.listRect(for: screen.size, itemCount: 4)
        #expect(screen[rect.x, rect.y].style.monochrome.reverse)
        #expect(!screen[rect.x, rect.y + 1].style.monochrome.reverse)
    }
}
