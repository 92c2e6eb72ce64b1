import Foundation
import LessonKit
import ProgressKit
import Testing
import TerminalKit
@testable import CunxueApp

/// Issue 17 on the learner's side: rehearsals counted on the home screen, the module page and
/// the results; feedback said once. Issue 19: each learner's reading-aloud settings, reading on
/// opening, the speed reaching the engine, F3 on the worksheet.
@Suite("Practice counts and reading-aloud settings")
struct PracticeCountsTests {
    private static let safeTrading = "safe-trading"

    /// The text of the first `.speak` effect.
    private func spoken(_ effects: [Effect]) -> String? {
        for case .speak(let text, _, _) in effects { return text }
        return nil
    }

    /// The rate of the first `.speak` effect.
    private func rate(_ effects: [Effect]) -> Int? {
        for case .speak(_, _, let rate) in effects { return rate }
        return nil
    }

    /// 王芳 after passing the fixture rehearsal once without a mistake, on the home screen with
    /// the module of the rehearsal highlighted.
    private func afterOnePassingRun(_ language: UILanguage, size: Size = Size(width: 80, height: 24)) throws -> AppState {
        var s = signedInState(language, size: size)
        s.openScamCall()
        s.keys(.character("1"), .character("1"), .character("1"))
        let run = try #require(s.record?.scenarioRuns.last)
        #expect(run.passed == true && run.mistakes == 0)
        s.keys(.escape, .escape)
        let row = try #require(s.homeRows.firstIndex(of: .module(Self.safeTrading)))
        s.route = .home(HomeState(selection: row))
        return s
    }

    // MARK: - Counts

    @Test(arguments: [UILanguage.zh, .en])
    func theHomeScreenCountsRehearsals(_ language: UILanguage) throws {
        var s = signedInState(language)
        let row = try #require(s.homeRows.firstIndex(of: .module(Self.safeTrading)))
        s.route = .home(HomeState(selection: row))
        // On the module's line when it fits (the English titles are too long for it at 80
        // columns), always on the highlighted module's line under the list.
        if language == .zh { #expect(renderScreen(s).text.contains("演练 0/1 通过")) }
        #expect(renderScreen(s).text.contains(language == .zh ? "情景演练 1 个：练过 0 个，通过 0 个。" : "1 rehearsal: 0 tried, 0 passed."))
        s = try afterOnePassingRun(language)
        let screen = renderScreen(s).text
        if language == .zh { #expect(screen.contains("演练 1/1 通过")) }
        #expect(screen.contains(language == .zh ? "情景演练 1 个：练过 1 个，通过 1 个。" : "1 rehearsal: 1 tried, 1 passed."))
        expectSnapshot(renderScreen(s), named: "home-rehearsals-\(language.rawValue)")
    }

    @Test func atSixtyColumnsTheHighlightedModuleLineCountsThem() throws {
        let s = try afterOnePassingRun(.zh, size: Size(width: 60, height: 20))
        let screen = renderScreen(s).text
        #expect(screen.contains("情景演练 1 个：练过 1 个，通过 1 个。"))
        #expect(screen.contains("S 设置"))
        #expect(screen.contains("? 帮助"))
        expectSnapshot(renderScreen(s), named: "home-rehearsals-60x20-zh-Hans")
    }

    @Test func theModulePageShowsTriedPassedAndTheBestRunsMistakes() throws {
        var s = signedInState()
        s.openScamCall()
        s.keys(.character("2"), .character("1"), .character("1"))  // one mistake, then passed
        s.keys(.character("1"))  // on the ending: play again
        s.keys(.character("1"), .character("1"), .character("1"))  // again, no mistake
        s.keys(.escape)
        let text = renderScreen(s).text
        #expect(text.contains("✓ 通过，没选错（练了 2 次）"), "\(text)")
        s.openScamCall()
        s.keys(.character("2"), .character("1"), .character("2"))  // failed, one mistake
        s.keys(.escape)
        #expect(renderScreen(s).text.contains("✓ 通过，没选错（练了 3 次）"))
    }

    @Test(arguments: [UILanguage.zh, .en])
    func theResultsOfAModuleQuizNameTheRehearsalsNotPassed(_ language: UILanguage) throws {
        var s = signedInState(language)
        s.route = .module(ModulePageState(moduleID: Self.safeTrading, lessonID: nil, in: s.library))
        s.keys(.enter)
        #expect(s.quizSession != nil)
        var guardCount = 0
        while s.quizSession != nil, guardCount < 40 { s.answer(correctly: true); s.keys(.enter); guardCount += 1 }
        guard case .results = s.route else { Issue.record("no results: \(s.route)"); return }
        let text = renderScreen(s).text
        #expect(text.contains(language == .zh ? "情景演练还没通过：「防骗演练」" : "not passed yet: “Scam call rehearsal”")
                || text.contains(language == .zh ? "情景演练还没通过" : "not passed yet"), "\(text)")
        expectSnapshot(renderScreen(s), named: "results-rehearsal-hint-\(language.rawValue)")
        // Once passed, it is not named any more.
        var passed = try afterOnePassingRun(language)
        passed.route = s.route
        #expect(!renderScreen(passed).text.contains(language == .zh ? "情景演练还没通过" : "not passed yet"))
    }

    // MARK: - Feedback said once

    @Test func feedbackWrittenTheOldWayIsShownOnce() {
        var s = signedInState()
        s.openScamCall()
        s.keys(.character("1"))  // 挂断 [good]: "选对了：平台不会……" in the fixture
        let screen = renderScreen(s).text
        #expect(screen.components(separatedBy: "选对了").count - 1 == 1, "\(screen)")
        #expect(screen.contains("平台不会让你交钱"))
        let read = s.route.speakable(context: s.screenContext)?.text ?? ""
        #expect(read.components(separatedBy: "选对了").count - 1 == 1, "\(read)")
    }

    @Test func onlyAVerdictWithItsMarkIsLeftOut() {
        let words = ["Right", "选对了"]
        #expect(ScenarioPassage.strippingVerdict("Right: the platform never asks.", words: words) == "The platform never asks.")
        #expect(ScenarioPassage.strippingVerdict("选对了！先挂电话。", words: words) == "先挂电话。")
        #expect(ScenarioPassage.strippingVerdict("Right away, hang up.", words: words) == nil)
        #expect(ScenarioPassage.strippingVerdict("Rightly so: hang up.", words: words) == nil)
        #expect(ScenarioPassage.strippingVerdict("选对了吗？", words: words) == nil)
    }

    @Test func aRightPassageGoneBackToAfterAMistakeSaysChooseAgain() throws {
        // The fixture's mistake "答应" made to lead back to the right passage "挂断", as the bundled
        // stories' "重新选" links do.
        var course = bundledLibrary.course
        let index = try #require(course.modules.firstIndex { $0.id == Self.safeTrading })
        var scenario = try #require(course.modules[index].scenarios.first)
        var story = scenario.content.original
        let wrong = try #require(story.passages.firstIndex { $0.name == "答应" })
        story.passages[wrong].choices[0].target = "挂断"
        scenario.content = Localized(originalLanguage: scenario.content.originalLanguage, original: story)
        course.modules[index].scenarios = [scenario]
        var s = signedInState()
        s.library = Library(course)
        s.openScamCall()
        s.keys(.character("2"))
        #expect(renderScreen(s).text.contains("✗ 选错了"))
        s.keys(.character("1"))
        #expect(s.scenarioState?.passageName == "挂断")
        let screen = renderScreen(s).text
        #expect(screen.contains("再选一次："))
        #expect(!screen.contains("✓ 选对了"), "\(screen)")
        // Resumed after leaving, it still says so.
        s.keys(.escape)
        s.openScamCall()
        #expect(renderScreen(s).text.contains("再选一次："))
        #expect(renderScreen(s).text.contains("✦ 防骗演练") == false)  // the rehearsal screen, not the list
    }

    // MARK: - Settings

    @Test(arguments: [UILanguage.zh, .en])
    func theSettingsScreenChangesAndSavesBothSettings(_ language: UILanguage) throws {
        var s = signedInState(language)
        s.keys(.character("S"))
        guard case .settings = s.route else { Issue.record("no settings: \(s.route)"); return }
        expectSnapshot(renderScreen(s), named: "settings-\(language.rawValue)")
        let on = s.keys(.character("1"))
        #expect(on.contains { if case .save(let r) = $0 { return r.learner.settings.readsAloudOnOpen } else { return false } })
        // A change is read aloud at once, at the speed chosen.
        #expect(spoken(on)?.contains(language == .zh ? "开" : "on") == true)
        let faster = s.keys(.character("2"))
        #expect(s.record?.learner.settings.speechSpeed == .fast)
        #expect(rate(faster) == 190)
        s.keys(.left, .left, .left)
        #expect(s.record?.learner.settings.speechSpeed == .slow)
        s.keys(.right)
        expectSnapshot(renderScreen(s), named: "settings-changed-\(language.rawValue)")
        var narrow = s
        narrow.size = Size(width: 60, height: 20)
        #expect(renderScreen(narrow).text.contains(language == .zh ? "慢 [正常] 快" : "slow [normal] fast"))
        s.keys(.escape)
        guard case .home = s.route else { Issue.record("Esc did not go home"); return }
    }

    @Test func theNumbersStayWithModules() throws {
        var s = signedInState()
        s.keys(.character("5"))
        guard case .module(let page) = s.route else { Issue.record("5 did not open a module"); return }
        #expect(page.moduleID == s.screenContext.modulesByLevel[4].id)
    }

    // MARK: - Reading on opening

    @Test func aLessonIsReadAsItOpensOnlyWithTheSettingOn() throws {
        var off = signedInState()
        let opened = off.keys(.enter)  // 从这里开始: the first lesson
        guard case .reader = off.route else { Issue.record("not reading"); return }
        #expect(spoken(opened) == nil)
        #expect(off.readAloud == nil)

        var on = signedInState()
        on.record?.learner.settings.readsAloudOnOpen = true
        let effects = on.keys(.enter)
        let text = try #require(spoken(effects))
        let first = try #require(on.route.speakable(context: on.screenContext))
        #expect(text == SpokenText.make(first.text, language: .zh))
        #expect(on.readAloud != nil)
        #expect(rate(effects) == LearnerSettings.SpeechSpeed.normal.wordsPerMinute)
        // Any key that leaves stops it.
        #expect(on.keys(.escape).contains(.stopSpeaking))
        #expect(on.readAloud == nil)
    }

    @Test func eachQuestionAndPassageIsReadAsItOpens() throws {
        var s = signedInState()
        s.record?.learner.settings.readsAloudOnOpen = true
        s.record?.learner.settings.speechSpeed = .slow
        let quiz = s.keys(.character("2"), .end, .enter)
        #expect(spoken(quiz)?.hasPrefix("第一题。") == true)
        #expect(rate(quiz) == 110)
        s.answer(correctly: true)
        let next = s.keys(.enter)
        if s.quizSession != nil { #expect(spoken(next)?.hasPrefix("第二题。") == true) }

        var r = signedInState()
        r.record?.learner.settings.readsAloudOnOpen = true
        let lessons = r.library.module(Self.safeTrading)?.lessons.count ?? 0
        r.route = .module(ModulePageState(moduleID: Self.safeTrading, selection: lessons))
        #expect(spoken(r.keys(.enter))?.contains("解冻费") == true)
        #expect(spoken(r.keys(.character("1")))?.contains("平台不会让你交钱") == true)
    }

    @Test func speedReachesTheEngineCommandLine() {
        let slow = LearnerSettings.SpeechSpeed.slow.wordsPerMinute
        let fast = LearnerSettings.SpeechSpeed.fast.wordsPerMinute
        let espeak = Speaker.command(.espeak("/usr/bin/espeak-ng"), text: "你好", language: .zh, rate: slow)
        #expect(espeak.arguments.contains("-s") && espeak.arguments.contains("110"))
        let spd = Speaker.command(.speechDispatcher("/usr/bin/spd-say"), text: "你好", language: .zh, rate: fast)
        let at = spd.arguments.firstIndex(of: "--rate").map { $0 + 1 }
        #expect(at.map { spd.arguments[$0] } == "30")
        let custom = Speaker.command(.custom("cat"), text: "你好", language: .en, rate: fast)
        #expect(custom.environment["CUNXUE_SPEAK_RATE"] == "190")
        #expect(custom.environment["CUNXUE_SPEAK_LANG"] == "en")
    }

    // MARK: - F3 on the worksheet

    @Test(arguments: [UILanguage.zh, .en])
    func f3ReadsTheOpenFieldOnTheWorksheet(_ language: UILanguage) throws {
        var s = try WorksheetTests.opened(WorksheetTests.listing, WorksheetTests.titleSheet, language)
        s.type("Rr")  // letters are text here
        #expect(s.readAloud == nil)
        #expect(WorksheetTests.answers(s)["origin"] == "Rr")
        let text = try #require(spoken(s.keys(.function(3))))
        #expect(text.contains(language == .zh ? "产地" : "Origin") || text.contains("产地"), "\(text)")
        #expect(text.contains("Rr"))
        let screen = renderScreen(s)
        #expect(screen.text.contains(language == .zh ? "F3 停止朗读" : "F3 Stop"))
        #expect(s.keys(.function(3)) == [.stopSpeaking])
        expectSnapshot(renderScreen(s), named: "worksheet-f3-\(language.rawValue)")
        // Moving to another field stops what was read of this one, and reads nothing by itself.
        s.record?.learner.settings.readsAloudOnOpen = true
        #expect(spoken(s.keys(.function(3))) != nil)
        let moved = s.keys(.down)
        #expect(moved.contains(.stopSpeaking) && spoken(moved) == nil)
        #expect(s.readAloud == nil)
        var narrow = try WorksheetTests.opened(WorksheetTests.listing, WorksheetTests.titleSheet, language)
        narrow.size = Size(width: 60, height: 20)
        #expect(renderScreen(narrow).text.contains(language == .zh ? "F3 朗读" : "F3 Read"))
    }

    @Test(arguments: [UILanguage.zh, .en])
    func rStaysInViewAtSixtyColumns(_ language: UILanguage) throws {
        var s = signedInState(language, size: Size(width: 60, height: 20))
        s.keys(.enter)  // the first lesson
        #expect(renderScreen(s).text.contains(language == .zh ? "R 朗读" : "R Read"))
        s.keys(.end)  // at the end, Enter comes first
        #expect(renderScreen(s).text.contains(language == .zh ? "R 朗读" : "R Read"))
        #expect(renderScreen(s).text.contains("Esc"))
        var r = signedInState(language, size: Size(width: 60, height: 20))
        r.openScamCall()
        #expect(renderScreen(r).text.contains(language == .zh ? "R 朗读" : "R Read"))
        r.keys(.character("1"), .character("1"), .character("1"))
        #expect(renderScreen(r).text.contains(language == .zh ? "R 朗读" : "R Read"))
    }
}
