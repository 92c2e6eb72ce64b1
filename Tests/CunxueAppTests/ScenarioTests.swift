import Foundation
import LessonKit
import ProgressKit
import Testing
import TerminalKit
@testable import CunxueApp

/// The fixture rehearsal: `Fixtures/Course/05-safe-trading/07-scam-call.twee`.
private let moduleID = "safe-trading"
private let scenarioID = "07-scam-call"

extension AppState {
    /// Opens the fixture rehearsal from its module page.
    mutating func openScamCall() {
        let lessons = library.module(moduleID)?.lessons.count ?? 0
        route = .module(ModulePageState(moduleID: moduleID, selection: lessons))
        _ = update(.input(.key(.enter)))
    }

    var scenarioState: ScenarioState? {
        if case .scenario(let state) = route { return state }
        return nil
    }

    /// The run the screen plays, from the record.
    var scenarioRun: ScenarioRun? {
        record?.scenarioRuns.last { $0.id == scenarioState?.runID }
    }

    /// Moves the clock on by `seconds`, one tick a second.
    mutating func wait(_ seconds: Int) {
        let start = now
        for second in 1...seconds { _ = update(.tick(start.addingTimeInterval(Double(second)))) }
    }
}

@Suite("Rehearsal screen")
struct ScenarioTests {
    @Test func opensAtTheStartWithARunSaved() throws {
        var s = signedInState()
        s.openScamCall()
        let state = try #require(s.scenarioState)
        #expect(state.passageName == "来电")
        let run = try #require(s.scenarioRun)
        #expect(run.scenarioID == "safe-trading/07-scam-call.twee")
        #expect(run.steps.isEmpty && !run.isFinished)
    }

    @Test func rightChoiceShowsFeedbackWithoutAMistake() throws {
        var s = signedInState()
        s.openScamCall()
        let effects = s.keys(.character("1"))
        #expect(effects.contains { if case .save = $0 { return true } else { return false } })
        #expect(s.scenarioState?.passageName == "挂断")
        #expect(s.scenarioState?.mistakes == 0)
        #expect(renderScreen(s).text.contains("选对了"))
        #expect(s.scenarioRun?.steps.map(\.passage) == ["挂断"])
    }

    @Test func wrongChoiceCountsAMistake() throws {
        var s = signedInState()
        s.openScamCall()
        s.keys(.down, .enter)
        #expect(s.scenarioState?.passageName == "答应")
        #expect(s.scenarioState?.mistakes == 1)
        #expect(s.scenarioRun?.mistakes == 1)
        #expect(renderScreen(s).text.contains("选错了"))
    }

    @Test func timeRunningOutTakesTheLastChoice() throws {
        var s = signedInState()
        s.openScamCall()
        s.wait(29)
        #expect(s.scenarioState?.passageName == "来电")
        #expect(renderScreen(s).text.contains("还剩 1 秒"))
        s.wait(1)
        #expect(s.scenarioState?.passageName == "愣住")
        let step = try #require(s.scenarioRun?.steps.last)
        #expect(step.timedOut)
        #expect(s.scenarioRun?.mistakes == 1)
    }

    /// At the slow speed a 30 s passage takes longer than 30 s to read: the time to choose starts
    /// when the reading ends, whether it was asked for with R or read on opening.
    @Test("the countdown waits until the passage has been read aloud", arguments: [false, true])
    func countdownWaitsForTheReading(readsOnOpen: Bool) throws {
        var s = signedInState()
        s.record?.learner.settings.readsAloudOnOpen = readsOnOpen
        s.openScamCall()
        if !readsOnOpen { #expect(s.keys(.character("R")).contains { if case .speak = $0 { true } else { false } }) }
        #expect(s.readAloud != nil)
        s.wait(45)  // still reading after the passage's 30 seconds
        #expect(s.scenarioState?.passageName == "来电")
        #expect(renderScreen(s).text.contains("读完后开始计时：30 秒"))
        _ = s.update(.speechEnded(spokenToTheEnd: true))
        #expect(renderScreen(s).text.contains("还剩 30 秒"))
        #expect(s.readAloud == nil)
        s.wait(29)
        #expect(s.scenarioState?.passageName == "来电")
        #expect(renderScreen(s).text.contains("还剩 1 秒"))
        s.wait(1)
        #expect(s.scenarioState?.passageName == "愣住")
        #expect(s.scenarioRun?.steps.last?.timedOut == true)
    }

    @Test func stoppingTheReadingStartsTheCountdownAndTheNextPassageCountsAfresh() throws {
        var s = signedInState()
        s.openScamCall()
        s.keys(.character("R"))
        s.wait(10)
        s.keys(.character("R"))  // stopped: the whole time from now
        #expect(s.readAloud == nil)
        s.wait(10)
        #expect(renderScreen(s).text.contains("还剩 20 秒"))
        let state = try #require(s.scenarioState)
        #expect(!state.isBeingRead && state.countdownFrom != nil)
        s.wait(20)
        #expect(s.scenarioState?.passageName == "愣住")
        #expect(s.scenarioState?.isBeingRead == false && s.scenarioState?.countdownFrom == nil)
    }

    @Test func commentsAppearOneByOne() throws {
        var s = signedInState()
        s.openScamCall()
        #expect(renderScreen(s).text.contains("别信"))
        #expect(!renderScreen(s).text.contains("平台不收钱"))
        s.wait(ScenarioState.commentInterval)
        #expect(renderScreen(s).text.contains("平台不收钱"))
    }

    @Test func passEndingCountsMistakesAndOneTriesAgain() throws {
        var s = signedInState()
        s.openScamCall()
        s.keys(.character("2"), .character("1"), .character("1"))
        #expect(s.scenarioState?.passageName == "过关")
        let run = try #require(s.scenarioRun)
        #expect(run.passed == true && run.isFinished && run.mistakes == 1)
        #expect(renderScreen(s).text.contains("选错了 1 次"))
        let firstRun = run.id
        s.keys(.character("1"))
        #expect(s.scenarioState?.passageName == "来电")
        #expect(s.scenarioState?.runID != firstRun)
        #expect(s.record?.scenarioRuns.count == 2)
    }

    @Test func failEndingIsRecorded() throws {
        var s = signedInState()
        s.openScamCall()
        s.keys(.character("1"), .character("1"), .character("2"))
        #expect(s.scenarioRun?.passed == false)
        #expect(renderScreen(s).text.contains("没做好"))
    }

    @Test func leavingAndComingBackResumes() throws {
        var s = signedInState()
        s.openScamCall()
        s.keys(.character("2"), .character("1"))
        let runID = try #require(s.scenarioState?.runID)
        s.keys(.escape)
        #expect(s.route.kind == .module)
        s.keys(.enter)
        #expect(s.scenarioState?.passageName == "短信")
        #expect(s.scenarioState?.runID == runID)
        #expect(s.scenarioState?.mistakes == 1)
    }

    @Test func runsSurviveTheFileAndOldFilesLoad() throws {
        var s = signedInState()
        s.openScamCall()
        s.keys(.character("2"))
        let record = try #require(s.record)
        let data = try JSONEncoder().encode(record)
        let decoded = try JSONDecoder().decode(LearnerRecord.self, from: data)
        #expect(decoded.scenarioRuns == record.scenarioRuns)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object.removeValue(forKey: "scenarioRuns")
        let old = try JSONDecoder().decode(LearnerRecord.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.scenarioRuns.isEmpty)
    }

    @Test func readAloudSaysThePassageAndNumberedChoices() throws {
        var s = signedInState()
        s.openScamCall()
        let spoken = try #require(s.route.speakable(context: s.screenContext))
        #expect(spoken.text.contains("解冻费"))
        #expect(spoken.text.contains(SpokenText.option(3, language: .zh)))
    }

    @Test(arguments: [UILanguage.zh, .en])
    func snapshots(_ language: UILanguage) {
        var s = signedInState(language)
        s.openScamCall()
        expectSnapshot(renderScreen(s), named: "scenario-livestream-\(language.rawValue)")
        s.wait(10)
        expectSnapshot(renderScreen(s), named: "scenario-timed-\(language.rawValue)")
        s.keys(.character("2"))
        expectSnapshot(renderScreen(s), named: "scenario-feedback-\(language.rawValue)")
        s.keys(.character("1"))
        expectSnapshot(renderScreen(s), named: "scenario-passage-\(language.rawValue)")
        s.keys(.character("1"))
        expectSnapshot(renderScreen(s), named: "scenario-pass-\(language.rawValue)")
        s.keys(.character("1"), .character("1"), .character("1"), .character("2"))
        expectSnapshot(renderScreen(s), named: "scenario-fail-\(language.rawValue)")
        s.route = .module(ModulePageState(moduleID: moduleID, selection: 0))
        expectSnapshot(renderScreen(s), named: "module-with-rehearsal-\(language.rawValue)")
    }

    @Test func snapshotAt60x20() {
        var s = signedInState(.zh, size: Size(width: 60, height: 20))
        s.openScamCall()
        expectSnapshot(renderScreen(s), named: "scenario-livestream-60x20-zh-Hans")
    }
}

@Suite("Rehearsal screen: long text")
struct ScenarioScrollTests {
    /// The fixture course with the fixture rehearsal's start passage made forty lines long.
    private func longState() throws -> AppState {
        var course = bundledLibrary.course
        let index = try #require(course.modules.firstIndex { $0.id == moduleID })
        var scenario = try #require(course.modules[index].scenarios.first)
        var story = scenario.content.original
        let start = try #require(story.passages.firstIndex { $0.name == "来电" })
        let text = (1...40).map { "第\($0)行。" }.joined(separator: "\n\n")
        story.passages[start].body = MarkdownParser().parse(text)
        scenario.content = Localized(originalLanguage: scenario.content.originalLanguage, original: story)
        course.modules[index].scenarios = [scenario]
        var s = signedInState(.zh, size: Size(width: 60, height: 20))
        s.library = Library(course)
        s.openScamCall()
        return s
    }

    @Test func pageDownScrollsTheTextAndStopsAtItsEnd() throws {
        var s = try longState()
        #expect(renderScreen(s).text.contains("第1行"))
        #expect(renderScreen(s).text.contains("PgUp/PgDn"))
        s.keys(.pageDown)
        #expect(try #require(s.scenarioState).scroll > 0)
        #expect(!renderScreen(s).text.contains("第1行。"))
        for _ in 0..<40 { s.keys(.pageDown) }
        #expect(renderScreen(s).text.contains("第40行"))
        #expect(s.scenarioState?.passageName == "来电")
        s.keys(.pageUp)
        #expect(!renderScreen(s).text.contains("第40行"))
    }
}
