import Foundation
import Testing
@testable import ProgressKit
import TestSupport

/// Each figure of the report against its definition in docs/report.md, one learner at a time.
struct ReportDefinitionTests {
    static let module = ReportModule(id: "shop", title: "开店", lessonIDs: ["01-a", "02-b"], quizID: "shop/quiz")
    static let lesson = LessonKey(moduleID: "shop", lessonID: "01-a")
    static let calendar = TestTime.utc

    /// A UTC time on a day of 2025.
    static func time(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    static func learner(_ id: String, _ name: String = "王芳") throws -> LearnerRecord {
        LearnerRecord(learner: try Learner(id: id, displayName: name, createdAt: TestTime.t0))
    }

    static func report(_ learners: [ReportLearner], since: String? = nil, until: String? = nil) -> TrainingReport {
        TrainingReport(learners: learners, modules: [module], period: ReportPeriod(since: since.flatMap(ReportDay.init),
                                                                                  until: until.flatMap(ReportDay.init)),
                       calendar: calendar)
    }

    static func report(_ records: [LearnerRecord], since: String? = nil, until: String? = nil) -> TrainingReport {
        report(records.map { ReportLearner(record: $0) }, since: since, until: until)
    }

    /// A learner who answered the module quiz and passed it, `at`, without opening a lesson.
    static func quizOnly(_ id: String, at start: Date) throws -> LearnerRecord {
        var record = try learner(id)
        record.startAttempt(id: id + "-q", quizID: "shop/quiz", moduleID: "shop", at: start)
        try record.record(Answer(questionID: "q1", chosen: [0], correct: true, answeredAt: start.addingTimeInterval(90)),
                          inAttempt: id + "-q", calendar: calendar)
        try record.finishAttempt(id + "-q", at: start.addingTimeInterval(120), scorePercent: 100, passed: true)
        return record
    }

    @Test func aLearnerWhoOnlyTookTheQuizIsTrainedAndQualified() throws {
        let report = Self.report([try Self.quizOnly("quizonly", at: try Self.time("2025-11-03T09:00:00Z"))])
        #expect(report.totals.trained == 1)
        #expect(report.totals.qualified == 1)
        #expect(report.modules[0].learnersActive == 1 && report.modules[0].learnersPassed == 1)
        let figures = try #require(report.learners.first)
        #expect(figures.modules[0].attempts == 1 && figures.modules[0].best == 100)
        #expect(figures.minutes == 2)
    }

    @Test func anAttemptWithoutAnAnswerIsNoAttemptAndNoActivity() throws {
        var record = try Self.learner("escaped1")
        record.startAttempt(id: "empty", quizID: "shop/quiz", moduleID: "shop", at: try Self.time("2025-11-03T09:00:00Z"))
        let report = Self.report([record])
        #expect(report.totals.trained == 0)
        #expect(report.modules[0].learnersActive == 0)
        #expect(report.modules[0].attempts == 0)
        #expect(report.learners.first?.modules[0].attempts == 0)
        #expect(report.totals.minutes == 0)
        // One answer makes it an attempt.
        try record.record(Answer(questionID: "q1", chosen: [1], correct: false, answeredAt: try Self.time("2025-11-03T09:01:00Z")),
                          inAttempt: "empty", calendar: Self.calendar)
        let answered = Self.report([record])
        #expect(answered.totals.trained == 1 && answered.totals.qualified == 0)
        #expect(answered.learners.first?.modules[0].attempts == 1)
        #expect(answered.learners.first?.modules[0].best == nil)
    }

    @Test func aRemovedLearnerStaysInThePeriodsTheyTrainedIn() throws {
        let removed = ReportLearner(record: try Self.quizOnly("gone0001", at: try Self.time("2025-10-20T09:00:00Z")),
                                    station: "张庄服务站", removed: true)
        let october = Self.report([removed], since: "2025-10-01", until: "2025-10-31")
        #expect(october.totals.learners == 1 && october.totals.trained == 1 && october.totals.qualified == 1)
        #expect(october.learners.first?.removed == true)
        #expect(ReportCSV(english: false).ledger(october)[1][3] == "已移除")
        // November: not on the list any more and nothing done, so not listed at all.
        let november = Self.report([removed], since: "2025-11-01", until: "2025-11-30")
        #expect(november.learners.isEmpty && november.totals.learners == 0)
    }

    @Test func readingTimeIsCountedOnTheDayItWasRead() throws {
        var record = try Self.learner("reader01")
        let october = try Self.time("2025-10-31T20:00:00Z"), november = try Self.time("2025-11-01T08:00:00Z")
        record.updateReading(Self.lesson, at: october) {
            $0.open(at: october)
            $0.addTime(seconds: 600, at: october, calendar: Self.calendar)
        }
        record.updateReading(Self.lesson, at: november) {
            $0.addTime(seconds: 300, at: november, calendar: Self.calendar)
            $0.move(to: 5, at: november)
        }
        #expect(record.readingState(Self.lesson).secondsByDay == ["2025-10-31": 600, "2025-11-01": 300])
        #expect(Self.report([record], since: "2025-11-01").totals.minutes == 5)
        #expect(Self.report([record], until: "2025-10-31").totals.minutes == 10)
        #expect(Self.report([record]).totals.minutes == 15)
        let november1 = try #require(Self.report([record], since: "2025-11-01").learners.first)
        #expect(november1.firstDay?.description == "2025-11-01" && november1.daysAttended == 1)
    }

    @Test func timeFromAnOlderFileBelongsToTheDayTheLessonWasLastRead() throws {
        // As an older version wrote it: a running total, no days.
        let lastRead = try Self.time("2025-10-31T20:00:00Z")
        var record = try Self.learner("oldfile1")
        record.reading[Self.lesson] = ReadingState(openedAt: lastRead, lastReadAt: lastRead, secondsSpent: 600)
        let encoded = String(decoding: try RecordCoding.encode(record), as: UTF8.self)
        #expect(!encoded.contains("secondsByDay"))
        #expect(Self.report([record], since: "2025-11-01").totals.minutes == 0)
        #expect(Self.report([record], until: "2025-10-31").totals.minutes == 10)
        // The first reading after the upgrade keeps the old total on its day.
        let november = try Self.time("2025-11-02T08:00:00Z")
        record.updateReading(Self.lesson, at: november) { $0.addTime(seconds: 120, at: november, calendar: Self.calendar) }
        #expect(record.readingState(Self.lesson).secondsByDay == ["2025-10-31": 600, "2025-11-02": 120])
        #expect(record.readingState(Self.lesson).secondsSpent == 720)
        #expect(Self.report([record], since: "2025-11-01").totals.minutes == 2)
        let decoded = try RecordCoding.decode(try RecordCoding.encode(record))
        #expect(decoded == record)
    }

    @Test func anOldFixtureFileLoadsAndItsTimeHasADay() throws {
        // Written before days were kept, with no date on its reading state at all: the time
        // belongs to the learner's last activity (here: the day they were added, 2026-12-01).
        let record = try RecordCoding.decode(try RecordFormatTests.fixture("old-saveloop-cekxjuev.json"))
        #expect(record.reading.values.allSatisfy { $0.secondsByDay.isEmpty })
        let day = TrainingReport(records: [record], modules: [], period: ReportPeriod(since: ReportDay("2026-12-01"),
                                                                                       until: ReportDay("2026-12-01")),
                                 calendar: Self.calendar)
        #expect(day.learners.first?.modules.map(\.seconds) == [23])
        let before = TrainingReport(records: [record], modules: [], period: ReportPeriod(until: ReportDay("2026-11-30")),
                                    calendar: Self.calendar)
        #expect(before.learners.first?.modules.map(\.seconds) == [0])
    }

    @Test func copiesOfOneLessonMergeDayByDay() throws {
        let calendar = Self.calendar
        var base = ReadingState()
        base.addTime(seconds: 100, at: try Self.time("2025-11-01T08:00:00Z"), calendar: calendar)
        var stationA = base, stationB = base
        stationA.addTime(seconds: 50, at: try Self.time("2025-11-02T08:00:00Z"), calendar: calendar)
        stationB.addTime(seconds: 70, at: try Self.time("2025-11-03T08:00:00Z"), calendar: calendar)
        let merged = ReadingState.merge(stationA, stationB)
        #expect(merged.secondsByDay == ["2025-11-01": 100, "2025-11-02": 50, "2025-11-03": 70])
        #expect(merged.secondsSpent == 220)
        #expect(ReadingState.merge(stationB, stationA) == merged)
        #expect(ReadingState.merge(merged, stationA) == merged)
    }

    @Test func twoLearnersOfOneNameAtTwoStationsAreTwoRows() throws {
        let day = try Self.time("2025-11-03T09:00:00Z")
        let report = Self.report([
            ReportLearner(record: try Self.quizOnly("wangfan1", at: day), station: "张庄服务站"),
            ReportLearner(record: try Self.quizOnly("wangfan2", at: day), station: "李庄服务站"),
        ])
        let ledger = ReportCSV(english: false).ledger(report)
        #expect(ledger.dropFirst().map { Array($0.prefix(3)) } == [["王芳", "张庄服务站", "wangfan1"], ["王芳", "李庄服务站", "wangfan2"]])
        #expect(report.stations == ["张庄服务站", "李庄服务站"])
        #expect(ReportCSV(english: false).totals(report)[1][0] == "张庄服务站、李庄服务站")
    }

    @Test("rounding adds up: minutes of rows sum to the total, class hours too", arguments: [UInt64(7), 42, 2_025])
    func roundingAddsUp(seed: UInt64) throws {
        print("roundingAddsUp seed \(seed)")
        var generator = SeededGenerator(seed: seed)
        let modules = (0..<3).map { ReportModule(id: "m\($0)", title: "单元\($0)", lessonIDs: ["l"], quizID: nil) }
        var records: [LearnerRecord] = []
        for index in 0..<9 {
            var record = try Self.learner("learner\(index)", "学员\(index)")
            for module in modules {
                let at = try Self.time("2025-11-03T09:00:00Z")
                record.updateReading(LessonKey(moduleID: module.id, lessonID: "l"), at: at) {
                    $0.open(at: at)
                    $0.addTime(seconds: Int.random(in: 0...200, using: &generator), at: at, calendar: Self.calendar)
                }
            }
            records.append(record)
        }
        let report = TrainingReport(records: records, modules: modules, calendar: Self.calendar)
        let seconds = report.learners.flatMap(\.modules).reduce(0) { $0 + $1.seconds }
        #expect(report.totals.minutes == Int((Double(seconds) / 60).rounded()))
        #expect(report.learners.reduce(0) { $0 + $1.minutes } == report.totals.minutes)
        #expect(report.modules.reduce(0) { $0 + $1.minutes } == report.totals.minutes)
        #expect(report.learners.reduce(0) { $0 + $1.classHourTenths } == report.totals.classHourTenths)
        for learner in report.learners {
            #expect(learner.modules.reduce(0) { $0 + $1.minutes } == learner.minutes)
            let exact = Double(learner.modules.reduce(0) { $0 + $1.seconds }) / 60
            #expect(abs(Double(learner.minutes) - exact) < 1)
        }
        // The CSV shows the same sums.
        let ledger = ReportCSV(english: false).ledger(report).dropFirst()
        #expect(ledger.reduce(0) { $0 + (Int($1[7]) ?? -1) } == report.totals.minutes)
    }

    @Test func threeRowsOf20SecondsAreOneMinuteInAll() {
        #expect(Apportion.parts([20, 20, 20], divisor: 60) == [1, 0, 0])
        #expect(Apportion.parts([30, 30], divisor: 60) == [1, 0])
        #expect(Apportion.parts([89, 31], divisor: 60) == [1, 1])
        #expect(Apportion.rounded(90, 60) == 2 && Apportion.rounded(89, 60) == 1)
    }

    @Test func aRehearsalOnlyLearnerIsTrainedAndCounted() throws {
        var record = try Self.learner("rehears1")
        let start = try Self.time("2025-11-03T09:00:00Z")
        var run = ScenarioRun(id: "r1", scenarioID: "shop/livestream.twee", moduleID: "shop", startedAt: start, start: "Start")
        run.take(.init(passage: "坏", at: start.addingTimeInterval(60)), isMistake: true, ending: nil)
        run.take(.init(passage: "好结局", at: start.addingTimeInterval(300)), isMistake: false, ending: true)
        record.insertOrMerge(run)
        // A run opened and left before the first step is not tried.
        record.insertOrMerge(ScenarioRun(id: "r2", scenarioID: "shop/livestream.twee", moduleID: "shop", startedAt: start, start: "Start"))
        let report = Self.report([record])
        #expect(report.totals.trained == 1 && report.totals.qualified == 0)
        #expect(report.totals.rehearsals == RehearsalCount(tried: 1, passed: 1, mistakes: 1))
        #expect(report.modules[0].rehearsals.tried == 1 && report.modules[0].learnersActive == 1)
        #expect(report.totals.minutes == 5)
        let json = try #require(try JSONSerialization.jsonObject(with: try ReportJSON.render(report)) as? [String: Any])
        let totals = try #require(json["totals"] as? [String: Any])
        #expect((totals["rehearsals"] as? [String: Int]) == ["tried": 1, "passed": 1, "mistakes": 1])
        #expect(Self.report([record], since: "2025-11-04").totals.trained == 0)
    }

    @Test func aSheetOnlyLearnerIsTrainedAndTheFinishedSheetCounted() throws {
        var record = try Self.learner("sheet001")
        let first = try Self.time("2025-10-30T09:00:00Z"), last = try Self.time("2025-11-03T09:00:00Z")
        record.saveWorksheet(WorksheetAnswers(id: "shop/title", answers: ["name": "蜂蜜"], updatedAt: first))
        record.saveWorksheet(WorksheetAnswers(id: "shop/title", answers: ["name": "土蜂蜜"], updatedAt: last, finishedAt: last))
        #expect(record.worksheetAnswers(id: "shop/title")?.startedAt == first)
        // An empty sheet (opened, nothing typed) is no activity.
        record.saveWorksheet(WorksheetAnswers(id: "shop/card", answers: [:], updatedAt: last))
        let october = Self.report([record], until: "2025-10-31")
        #expect(october.totals.trained == 1 && october.totals.sheetsDone == 0)
        let november = Self.report([record], since: "2025-11-01")
        #expect(november.totals.trained == 1 && november.totals.sheetsDone == 1)
        #expect(november.learners.first?.modules[0].sheetsDone == 1)
        #expect(ReportCSV(english: false).ledger(november)[1].last == "1")
        #expect(november.totals.minutes == 0)
    }

    @Test func aLearnerAddedAfterThePeriodIsNotListedInIt() throws {
        var late = try Self.learner("late0001")
        late.learner.createdAt = try Self.time("2025-11-20T09:00:00Z")
        let october = Self.report([late, try Self.learner("early001")], until: "2025-10-31")
        #expect(october.learners.map(\.id) == ["early001"])
        #expect(Self.report([late], until: "2025-11-30").totals.learners == 1)
    }

    @Test func noActivityInThePeriodIsNotTrainedButStillListed() throws {
        let report = Self.report([try Self.quizOnly("early001", at: try Self.time("2025-10-03T09:00:00Z"))], since: "2025-11-01")
        #expect(report.totals.learners == 1 && report.totals.trained == 0 && report.totals.qualified == 0)
        #expect(ReportCSV(english: false).ledger(report).count == 1)
    }
}
