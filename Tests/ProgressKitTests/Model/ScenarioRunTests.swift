import Foundation
import Testing
@testable import ProgressKit

@Suite("Rehearsal runs")
struct ScenarioRunTests {
    private let start = Date(timeIntervalSince1970: 1_772_355_600)

    private func run(_ id: String = "run-1") -> ScenarioRun {
        ScenarioRun(id: id, scenarioID: "safe-trading/07-scam-call.twee", moduleID: "safe-trading", startedAt: start, start: "来电")
    }

    @Test func stepsCountMistakesAndAnEndingClosesTheRun() {
        var run = run()
        run.take(.init(passage: "愣住", at: start.addingTimeInterval(30), timedOut: true), isMistake: true, ending: nil)
        run.take(.init(passage: "过关", at: start.addingTimeInterval(40)), isMistake: false, ending: true)
        #expect(run.mistakes == 1 && run.currentPassage == "过关" && run.passed == true && run.isFinished)
        run.take(.init(passage: "来电", at: start.addingTimeInterval(50)), isMistake: true, ending: nil)
        #expect(run.steps.count == 2 && run.mistakes == 1)
    }

    @Test func mergeKeepsTheCopyFurtherAlongWhicheverComesFirst() throws {
        var behind = try newLearnerRecord(createdAt: start)
        behind.insertOrMerge(run())
        var ahead = behind
        ahead.updateScenarioRun(id: "run-1", at: start) { $0.take(.init(passage: "挂断", at: self.start), isMistake: false, ending: nil) }
        let one = try LearnerRecord.merge(behind, ahead)
        let other = try LearnerRecord.merge(ahead, behind)
        #expect(one.scenarioRuns == other.scenarioRuns)
        #expect(one.scenarioRuns.map(\.currentPassage) == ["挂断"])
    }

    @Test func runsSurviveTheFileCodecAndFilesWithoutRunsKeepTheirBytes() throws {
        let plain = try newLearnerRecord(createdAt: start)
        let plainBytes = try RecordCoding.encode(plain)
        #expect(!String(decoding: plainBytes, as: UTF8.self).contains("scenarioRuns"))
        var withRun = plain
        withRun.insertOrMerge(run())
        withRun.updateScenarioRun(id: "run-1", at: start) { $0.take(.init(passage: "答应", at: self.start), isMistake: true, ending: nil) }
        let decoded = try RecordCoding.decode(try RecordCoding.encode(withRun))
        #expect(decoded.scenarioRuns == withRun.scenarioRuns)
        #expect(decoded.openScenarioRun(scenarioID: "safe-trading/07-scam-call.twee")?.mistakes == 1)
    }
}
