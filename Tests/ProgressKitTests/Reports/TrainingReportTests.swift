import Foundation
import Testing
@testable import ProgressKit

/// Report figures from a known data set (see `ReportFixture`), two stations merged.
struct TrainingReportTests {
    static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current

    /// The CSV of the fixture, lines without the BOM and CRLF.
    static let expectedCSV = [
        "学员编号,姓名,单元编号,单元,已学完课数,总课数,学习时长（分钟）,最高分,是否通过,测验次数,最近学习时间",
        "zhangwei,张伟,platform-registration,开网店,0,2,2,,否,1,2025-06-15 15:58",
        "zhangwei,张伟,listing,商品上架,1,1,2,,是,0,2025-06-15 16:02",
        "liqiang,李强,platform-registration,开网店,0,2,0,,否,0,",
        "liqiang,李强,listing,商品上架,0,1,0,,否,0,",
        "wangfang,王芳,platform-registration,开网店,2,2,32,90,是,2,2025-06-16 15:16",
        "wangfang,王芳,listing,商品上架,0,1,3,,否,0,2025-06-15 15:43",
        "zhaomin,赵敏,platform-registration,开网店,0,2,1,,否,0,2025-06-15 15:15",
        "zhaomin,赵敏,listing,商品上架,0,1,0,,否,0,",
        "",
        "合计",
        "学员总数,4",
        "培训人数（打开过课程的学员）,3",
        "通过的单元（人次）,2",
        "学习时长合计（分钟）,40",
        "",
        "单元编号,单元,开始学习人数,通过人数,完成率,学习时长（分钟）",
        "platform-registration,开网店,3,1,33.3%,35",
        "listing,商品上架,2,1,50.0%,5",
    ]

    @Test func twoStationsMergeWithNothingCountedTwice() throws {
        let folder = try TemporaryFolder("report")
        defer { folder.remove() }
        let directories = try ReportFixture.write(into: folder.url)
        // Either order of the stations gives the same figures.
        for order in [directories, directories.reversed()] {
            let collection = LearnerRecordCollection.gather(from: order)
            #expect(collection.warnings.isEmpty)
            #expect(collection.filesRead == 5)
            #expect(collection.records.map(\.id) == ["liqiang", "wangfang", "zhangwei", "zhaomin"])
            let wang = try #require(collection.records.first { $0.id == "wangfang" })
            #expect(wang.attempts.map(\.id) == ["q1", "q2"])

            let report = TrainingReport(records: collection.records, modules: ReportFixture.modules)
            let csv = ReportCSV(english: false, timeZone: Self.utc).render(report)
            #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
            #expect(text.hasSuffix("\r\n"))
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            #expect(text.components(separatedBy: "\r\n").dropLast() == Self.expectedCSV[...])
        }
    }

    @Test func figuresOfTheKnownDataSet() throws {
        let (a, b) = try ReportFixture.stations()
        let wang = try LearnerRecord.merge(a[0], b[0])
        let report = TrainingReport(records: [wang, a[1], a[2], b[1]], modules: ReportFixture.modules)
        #expect(report.learnerCount == 4)
        #expect(report.learnersTrained == 3)
        #expect(report.modulesPassed == 2)
        #expect(report.secondsSpent == 2_400)
        #expect(report.modules.map(\.learnersStarted) == [3, 2])
        #expect(report.modules.map(\.learnersPassed) == [1, 1])
        #expect(report.modules.map(\.completionRate) == [1.0 / 3.0, 0.5])
        let row = try #require(report.rows.first { $0.learnerID == "wangfang" && $0.moduleID == "platform-registration" })
        // 01-a: 420 s (the larger of the two copies' times, not their sum), 02-b: 600 s,
        // quiz q1: 300 s, quiz q2: 600 s.
        #expect(row.secondsSpent == 1_920)
        #expect(row.attempts == 2)
        #expect(row.bestScore == 90)
        #expect(row.passed)
    }

    @Test func sinceCountsOnlyLaterActivity() throws {
        let (a, b) = try ReportFixture.stations()
        let wang = try LearnerRecord.merge(a[0], b[0])
        let day = try #require(ReportDay("2025-06-16"))
        let report = TrainingReport(records: [wang, a[1], a[2], b[1]], modules: ReportFixture.modules,
                                    since: day.start(in: Self.utc))
        #expect(report.learnersTrained == 0)
        #expect(report.modulesPassed == 1)
        let row = try #require(report.rows.first { $0.learnerID == "wangfang" && $0.moduleID == "platform-registration" })
        #expect(row.attempts == 1)
        #expect(row.lessonsRead == 0)
        #expect(row.secondsSpent == 600)
        #expect(report.modules.map(\.learnersStarted) == [1, 0])
        #expect(report.modules.map(\.completionRate) == [1.0, nil])
        let csv = String(decoding: ReportCSV(english: true, timeZone: Self.utc).render(report, since: day), as: UTF8.self)
        #expect(csv.contains("\r\nSince,2025-06-16\r\n"))
        #expect(csv.contains("\r\nlisting,商品上架,0,0,,0\r\n"))
    }

    @Test func englishHeadersAndJSON() throws {
        let (a, b) = try ReportFixture.stations()
        let report = TrainingReport(records: a + b, modules: ReportFixture.modules)
        let csv = String(decoding: ReportCSV(english: true, timeZone: Self.utc).render(report), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}Learner ID,Name,Module ID,Module,Lessons read,Lessons total,Time spent (min),Best score,Passed,Attempts,Last active\r\n"))
        let json = try ReportJSON.render(report, since: nil, generatedAt: TestTime.t0)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["learnersTrained"] as? Int == 3)
        #expect(object["generatedAt"] as? String == "2025-06-15T15:06:40.000Z")
        #expect(object["since"] is NSNull)
        let modules = try #require(object["modules"] as? [[String: Any]])
        #expect(modules.map { $0["completionRate"] as? Double } == [0.3333, 0.5])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 8)
        #expect(rows.first?["bestScore"] is NSNull)
    }

    @Test func moduleOnlyInProgressFilesGetsItsOwnRows() throws {
        var record = LearnerRecord(learner: try Learner(id: "x1", displayName: "甲", createdAt: TestTime.t0))
        record.updateReading(LessonKey(moduleID: "old-module", lessonID: "01"), at: TestTime.t0) { $0.finish(at: TestTime.t0) }
        let report = TrainingReport(records: [record], modules: ReportFixture.modules)
        #expect(report.modules.map(\.module.id) == ["platform-registration", "listing", "old-module"])
        #expect(report.modules.last?.module.isInCourse == false)
        #expect(report.rows.last?.lessonsRead == 1)
    }

    @Test(arguments: [
        ("2025-06-01", true), ("2024-02-29", true), ("2025-02-29", false), ("2025-6-1", false),
        ("2025-13-01", false), ("20250601", false), ("２０２５-06-01", false), ("2025-06-31", false),
    ])
    func reportDayParsing(text: String, valid: Bool) {
        #expect((ReportDay(text) != nil) == valid)
    }

    @Test(arguments: [
        ("王芳", "王芳"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        (" padded", "\" padded\""),
    ])
    func csvQuoting(field: String, expected: String) {
        #expect(CSVWriter.quoted(field) == expected)
    }

    @Test func formulaLikeNamesAreDefused() {
        #expect(CSVWriter.text("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(CSVWriter.text("-1") == "'-1")
        #expect(CSVWriter.text("王芳") == "王芳")
    }

    @Test func damagedFileIsReportedAndTheRestCounted() throws {
        let folder = try TemporaryFolder("report")
        defer { folder.remove() }
        let directories = try ReportFixture.write(into: folder.url)
        let broken = directories[0].learnersFolder.appendingPathComponent("brokenid.json")
        try Data("{ not json".utf8).write(to: broken)
        // A Syncthing conflict copy of 张伟 holding one more attempt is merged in.
        let store = LearnerStore(directory: directories[1])
        var zhang = try store.load(id: "zhangwei", now: TestTime.t0).record
        zhang.startAttempt(id: "q4", quizID: ReportFixture.moduleQuiz, moduleID: "platform-registration", at: TestTime.at(5_000))
        try zhang.finishAttempt("q4", at: TestTime.at(5_100), scorePercent: 100, passed: true)
        try RecordCoding.encode(zhang).write(to: directories[1].learnersFolder
            .appendingPathComponent("zhangwei.sync-conflict-20250615-160000-ABCDEFG.json"))

        let collection = LearnerRecordCollection.gather(from: directories)
        #expect(collection.warnings.map(\.path) == [broken.path])
        let merged = try #require(collection.records.first { $0.id == "zhangwei" })
        #expect(merged.attempts.map(\.id) == ["q3", "q4"])
    }
}
