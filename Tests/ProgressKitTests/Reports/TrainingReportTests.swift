import Foundation
import Testing
@testable import ProgressKit

/// Report figures from a known data set (see `ReportFixture`), two stations merged.
struct TrainingReportTests {
    /// 台账.csv of the fixture (lines without the BOM and CRLF): trainees only, 李强 did nothing.
    static let expectedLedger = [
        "姓名,服务站,学员编号,状态,首次学习日期,最近学习日期,学习天数,学习时长（分钟）,学时,通过单元数,是否合格,演练次数,演练通过次数,演练失误次数,完成实操单数",
        "张伟,李庄服务站,zhangwei,在册,2025-06-15,2025-06-15,1,4,0.1,1,是,0,0,0,0",
        "王芳,张庄服务站、李庄服务站,wangfang,在册,2025-06-15,2025-06-16,2,35,0.8,1,是,0,0,0,0",
        "赵敏,张庄服务站,zhaomin,在册,2025-06-15,2025-06-15,1,1,0.0,0,否,0,0,0,0",
    ]

    static let expectedModules = [
        "服务站,单元编号,单元,学习人数,通过人数,通过率,测验次数,学习时长（分钟）,演练次数,演练通过次数,演练失误次数,完成实操单数",
        "张庄服务站、李庄服务站,platform-registration,开网店,3,1,33.3%,3,35,0,0,0,0",
        "张庄服务站、李庄服务站,listing,商品上架,2,1,50.0%,0,5,0,0,0,0",
    ]

    static let expectedTotals = [
        "服务站,统计起始日期,统计截止日期,学员人数,培训人数,合格人数,学习时长（分钟）,学时,通过的单元（人次）,演练次数,演练通过次数,完成实操单数",
        "张庄服务站、李庄服务站,,,4,3,2,40,0.9,2,0,0,0",
    ]

    static func lines(_ data: Data) -> [String] {
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        return Array(text.components(separatedBy: "\r\n").dropLast())
    }

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

            let report = TrainingReport(learners: collection.learners, modules: ReportFixture.modules, calendar: TestTime.utc)
            let files = ReportCSV(english: false).files(report)
            #expect(files.map(\.name) == ["台账.csv", "模块.csv", "合计.csv"])
            for file in files {
                #expect(Array(file.data.prefix(3)) == [0xEF, 0xBB, 0xBF])
                let text = String(decoding: file.data.dropFirst(3), as: UTF8.self)
                #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            }
            #expect(Self.lines(files[0].data) == Self.expectedLedger)
            #expect(Self.lines(files[1].data) == Self.expectedModules)
            #expect(Self.lines(files[2].data) == Self.expectedTotals)
            let combined = Self.lines(ReportCSV(english: false).combined(report))
            #expect(combined == Self.expectedLedger + [""] + Self.expectedModules + [""] + Self.expectedTotals)
        }
    }

    @Test func figuresOfTheKnownDataSet() throws {
        let (a, b) = try ReportFixture.stations()
        let wang = try LearnerRecord.merge(a[0], b[0])
        let report = TrainingReport(records: [wang, a[1], a[2], b[1]], modules: ReportFixture.modules, calendar: TestTime.utc)
        #expect(report.totals.learners == 4)
        #expect(report.totals.trained == 3)
        #expect(report.totals.qualified == 2)
        #expect(report.totals.modulesPassed == 2)
        #expect(report.totals.minutes == 40)
        #expect(report.modules.map(\.learnersActive) == [3, 2])
        #expect(report.modules.map(\.learnersPassed) == [1, 1])
        #expect(report.modules.map(\.completionRate) == [1.0 / 3.0, 0.5])
        let learner = try #require(report.learners.first { $0.id == "wangfang" })
        let row = learner.modules[0]
        // 01-a: 420 s (the larger of the two copies' times, not their sum), 02-b: 600 s,
        // quiz q1: 300 s, quiz q2: 600 s.
        #expect(row.seconds == 1_920)
        #expect(row.minutes == 32)
        #expect(row.attempts == 2)
        #expect(row.best == 90)
        #expect(row.passed)
        #expect(learner.daysAttended == 2)
        #expect(report.learners.map(\.name) == ["张伟", "李强", "王芳", "赵敏"])
        #expect(report.learners.map(\.trained) == [true, false, true, true])
    }

    @Test func sinceCountsOnlyTheActivityOfItsDays() throws {
        let (a, b) = try ReportFixture.stations()
        let wang = try LearnerRecord.merge(a[0], b[0])
        let day = try #require(ReportDay("2025-06-16"))
        let report = TrainingReport(records: [wang, a[1], a[2], b[1]], modules: ReportFixture.modules,
                                    period: ReportPeriod(since: day), calendar: TestTime.utc)
        // 王芳 answered and passed the quiz on the 16th without opening a lesson that day: trained and qualified.
        #expect(report.totals.trained == 1)
        #expect(report.totals.qualified == 1)
        let row = try #require(report.learners.first { $0.id == "wangfang" }?.modules[0])
        #expect(row.attempts == 1)
        #expect(row.lessonsFinished == 0)
        #expect(row.seconds == 600)
        #expect(report.modules.map(\.learnersActive) == [1, 0])
        #expect(report.modules.map(\.completionRate) == [1.0, nil])
        let totals = Self.lines(Data(ReportCSV(english: true).combined(report)))
        #expect(totals.last == ",2025-06-16,,4,1,1,10,0.2,1,0,0,0")
    }

    @Test func untilCountsUpToItsDayIncluded() throws {
        let (a, b) = try ReportFixture.stations()
        let wang = try LearnerRecord.merge(a[0], b[0])
        let day = try #require(ReportDay("2025-06-15"))
        let report = TrainingReport(records: [wang, a[1], a[2], b[1]], modules: ReportFixture.modules,
                                    period: ReportPeriod(until: day), calendar: TestTime.utc)
        let row = try #require(report.learners.first { $0.id == "wangfang" }?.modules[0])
        #expect(row.attempts == 1 && row.best == 60 && !row.passed)
        #expect(row.seconds == 1_320)
        #expect(report.totals.trained == 3)
        #expect(report.totals.qualified == 1)  // 张伟: every lesson of the quiz-less module
    }

    @Test func englishHeadersAndJSON() throws {
        let (a, b) = try ReportFixture.stations()
        let report = TrainingReport(records: a + b, modules: ReportFixture.modules, calendar: TestTime.utc)
        let csv = String(decoding: ReportCSV(english: true).files(report)[0].data, as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}Name,Station,Learner ID,Status,First day,Last day,Days attended,Minutes,Class hours,"))
        let json = try ReportJSON.render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(Set(object.keys) == ["period", "totals", "learners", "modules"])
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(totals["trained"] as? Int == 3)
        let modules = try #require(object["modules"] as? [[String: Any]])
        #expect(modules.map { $0["completionRate"] as? Double } == [0.3333, 0.5])
        let learners = try #require(object["learners"] as? [[String: Any]])
        #expect(learners.count == 4)
        let firstModule = try #require((learners.first?["modules"] as? [[String: Any]])?.first)
        #expect(firstModule["best"] is NSNull)
    }

    @Test func moduleOnlyInProgressFilesGetsItsOwnColumn() throws {
        var record = LearnerRecord(learner: try Learner(id: "x1", displayName: "甲", createdAt: TestTime.t0))
        record.updateReading(LessonKey(moduleID: "old-module", lessonID: "01"), at: TestTime.t0) { $0.finish(at: TestTime.t0) }
        let report = TrainingReport(records: [record], modules: ReportFixture.modules, calendar: TestTime.utc)
        #expect(report.modules.map(\.module.id) == ["platform-registration", "listing", "old-module"])
        #expect(report.modules.last?.module.isInCourse == false)
        #expect(report.learners.first?.modules.last?.lessonsFinished == 1)
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
        // A comma, quote or space followed by a combining mark is one Swift `Character` that is
        // not a comma, quote or space; to a spreadsheet it still ends the field.
        ("a,\u{301}b", "\"a,\u{301}b\""), ("x\"\u{20E2}", "\"x\"\"\u{20E2}\""), (" \u{301}edge", "\" \u{301}edge\""),
    ])
    func csvQuoting(field: String, expected: String) {
        #expect(CSVWriter.quoted(field) == expected)
    }

    /// A hostile name (a synced learner file) cannot add a column to the report: every row of
    /// the CSV has its columns, read back as a spreadsheet reads them.
    @Test func combiningMarksAfterCommasAndQuotesAddNoColumn() {
        var writer = CSVWriter()
        let fields = ["王芳,\u{301}=HYPERLINK(\"x\")", "\"\u{20E2},\u{301}\"", "李娜"]
        writer.append(fields)
        let line = String(decoding: writer.data.dropFirst(3).dropLast(2), as: UTF8.self)
        #expect(Self.csvFields(line).count == 3)
        #expect(Self.csvFields(line) == fields)
    }

    /// The fields of one CSV line (RFC 4180), read by Unicode scalars as a spreadsheet reads bytes.
    private static func csvFields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = line.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else {
                field.append(scalar)
            }
        }
        fields.append(String(field))
        return fields
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
