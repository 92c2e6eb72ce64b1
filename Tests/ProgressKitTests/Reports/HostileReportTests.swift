import Foundation
import Testing
@testable import ProgressKit

/// Progress files from a synced county folder are untrusted: ids with escape sequences, formula
/// text, files whose id is another learner's, numbers that overflow, dates in year 9999. The
/// report is made from what can be trusted and says what it left out, naming the file.
struct HostileReportTests {
    /// A learner file as a synced folder might hold it, written as text.
    static func file(id: String, name: String = "王芳", reading: String = "", attempts: String = "") -> Data {
        Data("""
            {"schemaVersion": 2,
             "learner": {"id": "\(id)", "displayName": "\(name)", "createdAt": "2025-06-15T08:00:00Z"},
             "reading": [\(reading)], "attempts": [\(attempts)], "notebook": []}
            """.utf8)
    }

    static func reading(module: String, lesson: String = "01-a", seconds: String = "60",
                        date: String = "2025-06-15T09:00:00Z") -> String {
        """
        {"moduleID": "\(module)", "lessonID": "\(lesson)",
         "state": {"openedAt": "\(date)", "finishedAt": "\(date)", "lastReadAt": "\(date)", "lastPosition": 0, "secondsSpent": \(seconds)}}
        """
    }

    static func gather(_ files: [String: Data]) throws -> (TemporaryFolder, LearnerRecordCollection) {
        let folder = try TemporaryFolder("hostile-report")
        let learners = folder.url.appendingPathComponent("learners")
        try FileManager.default.createDirectory(at: learners, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: learners.appendingPathComponent(name)) }
        let collection = LearnerRecordCollection.gather(from: [DataDirectory(url: folder.url)], now: TestTime.t0)
        return (folder, collection)
    }

    /// Whether `text` holds anything a terminal or spreadsheet would act on.
    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { SafeText.isRemoved($0) && $0 != "\n" && $0 != "\r" }
    }

    @Test("ten reading entries of 999999999999999999 seconds: no trap, a warning naming the file")
    func hugeSecondsDoNotTrap() throws {
        let entries = (0..<10).map { Self.reading(module: "platform-registration", lesson: "l\($0)", seconds: "999999999999999999") }
        let (folder, collection) = try Self.gather(["wangfang.json": Self.file(id: "wangfang", reading: entries.joined(separator: ","))])
        defer { folder.remove() }
        let report = TrainingReport(records: collection.records, modules: ReportFixture.modules, calendar: TestTime.utc)
        #expect(report.totals.minutes == 10 * RecordLimits.seconds.upperBound / 60)
        let warning = try #require(collection.warnings.first)
        #expect(warning.path.hasSuffix("learners/wangfang.json"))
        #expect(warning.message.zh.contains("wangfang.json") && warning.message.zh.contains("secondsSpent"))
        // Whatever the numbers, sums stop instead of trapping.
        var record = try #require(collection.records.first)
        record.updateReading(LessonKey(moduleID: "platform-registration", lessonID: "x"), at: TestTime.t0) { $0.secondsSpent = .max }
        let unclamped = TrainingReport(records: [record, record.renamedCopy("other")], modules: ReportFixture.modules, calendar: TestTime.utc)
        #expect(unclamped.learners.map(\.modules[0].seconds) == [.max, .max])
        #expect(ReportCSV(english: false).combined(unclamped).count > 0)
    }

    @Test func negativeTimesAndYear9999AreReportedAndCountNothingOdd() throws {
        let attempt = """
            {"id": "a1", "quizID": "platform-registration/quiz", "moduleID": "platform-registration",
             "startedAt": "9999-12-31T23:59:59Z", "endedAt": "0001-01-01T00:00:00Z", "answers": [],
             "scorePercent": 5000, "passed": true}
            """
        let data = Self.file(id: "wangfang", reading: Self.reading(module: "platform-registration", seconds: "-500",
                                                                   date: "9999-12-31T00:00:00Z"),
                             attempts: attempt)
        let (folder, collection) = try Self.gather(["wangfang.json": data])
        defer { folder.remove() }
        let report = TrainingReport(records: collection.records, modules: ReportFixture.modules, calendar: TestTime.utc)
        // The attempt has no answer: not an attempt; the reading time was negative: none.
        let row = try #require(report.learners.first?.modules.first { $0.module.id == "platform-registration" })
        #expect(row.seconds == 0)
        #expect(row.attempts == 0 && row.best == nil)
        let messages = collection.warnings.map(\.message.en).joined(separator: "\n")
        #expect(messages.contains("secondsSpent") && messages.contains("scorePercent"))
        #expect(messages.contains("impossible date (9999-12-31)"))
        #expect(collection.warnings.allSatisfy { $0.path.hasSuffix("wangfang.json") })
        _ = ReportCSV(english: true).combined(report)
        _ = try ReportJSON.render(report)
    }

    @Test("a file whose id is another learner's is reported, not merged under that learner's row")
    func idDifferentFromTheFileNameIsLeftOut() throws {
        let honest = Self.file(id: "wangfang", reading: Self.reading(module: "platform-registration"))
        let impostor = Self.file(id: "wangfang", name: "冒充", reading: Self.reading(module: "listing", lesson: "01-titles"))
        let (folder, collection) = try Self.gather(["wangfang.json": honest, "lina1234.json": impostor])
        defer { folder.remove() }
        #expect(collection.records.map(\.id) == ["wangfang"])
        #expect(collection.records[0].reading.keys.map(\.moduleID) == ["platform-registration"])
        let warning = try #require(collection.warnings.first)
        #expect(warning.path.hasSuffix("lina1234.json"))
        #expect(warning.message.zh.contains("lina1234") && warning.message.zh.contains("wangfang"))
    }

    @Test("ids with escape sequences, bidi characters or formulas never reach the report raw", arguments: [
        "\u{1B}]0;PWNED\u{07}", "\u{1B}]52;c;cm0gLXJmIH4K\u{07}", "=HYPERLINK(\"http://x\",\"y\")", "a\u{202E}b", "x\u{200B}y",
        "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3",
    ])
    func hostileIDsAreLeftOutOrCleaned(hostile: String) throws {
        let json = hostile.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
        let files: [String: Data] = [
            // A learner id inside the file that is not an id, under a file name that is.
            "wangfang.json": Self.file(id: json, reading: Self.reading(module: "platform-registration")),
            // A module id that is not one.
            "zhangwei.json": Self.file(id: "zhangwei", name: json, reading: Self.reading(module: json)),
            // A file name that is not an id (the name is printed in the warning).
            "\(hostile.replacingOccurrences(of: "/", with: "_")).json": Self.file(id: "liqiang"),
        ]
        let (folder, collection) = try Self.gather(files)
        defer { folder.remove() }
        #expect(collection.records.map(\.id) == ["zhangwei"])
        #expect(collection.records[0].reading.isEmpty)
        #expect(collection.warnings.count == 3)
        for warning in collection.warnings {
            #expect(Self.isClean(warning.message.zh) && Self.isClean(warning.message.en) && Self.isClean(warning.path))
        }
        let report = TrainingReport(records: collection.records, modules: ReportFixture.modules, calendar: TestTime.utc)
        let csv = String(decoding: ReportCSV(english: false).combined(report), as: UTF8.self)
        let json2 = String(decoding: try ReportJSON.render(report), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}"))                                 // the BOM for Excel
        #expect(Self.isClean(String(csv.dropFirst())) && Self.isClean(json2))
    }

    @Test("every CSV field is cleaned and formula prefixes neutralised, whatever its column")
    func everyCSVFieldIsDefused() throws {
        let module = ReportModule(id: "=cmd", title: "@SUM(A1)\u{1B}[2J", lessonIDs: [], quizID: nil)
        var record = LearnerRecord(learner: try Learner(id: "wangfang", displayName: "-王芳", createdAt: TestTime.t0))
        record.updateReading(LessonKey(moduleID: "=cmd", lessonID: "l"), at: TestTime.t0) { $0.open(at: TestTime.t0) }
        let report = TrainingReport(records: [record], modules: [module], calendar: TestTime.utc)
        let csv = String(decoding: ReportCSV(english: true).combined(report), as: UTF8.self)
        for line in csv.split(separator: "\r\n") {
            for field in line.split(separator: ",") {
                #expect(!"=+-@\t\r".contains(field.first ?? " "), "\(field)")
            }
        }
        #expect(csv.contains("'=cmd") && csv.contains("'@SUM(A1)[2J") && csv.contains("'-王芳"))
        #expect(!csv.contains("\u{1B}"))
        let json = String(decoding: try ReportJSON.render(report), as: UTF8.self)
        #expect(!json.contains("\\u001b") && !json.contains("\u{1B}"))
    }

    @Test("a station name with escape sequences from a synced station.json is cleaned; a damaged one is a warning")
    func hostileStationNames() throws {
        let (folder, _) = try Self.gather(["wangfang.json": Self.file(id: "wangfang", reading: Self.reading(module: "platform-registration"))])
        defer { folder.remove() }
        try Data(#"{"schemaVersion": 1, "name": "张庄\u001b]0;PWNED\u0007服务站\u202e"}"#.utf8)
            .write(to: folder.url.appendingPathComponent("station.json"))
        let collection = LearnerRecordCollection.gather(from: [DataDirectory(url: folder.url)], now: TestTime.t0)
        #expect(collection.learners.map(\.station) == ["张庄]0;PWNED服务站"])
        try Data("{ not json".utf8).write(to: folder.url.appendingPathComponent("station.json"))
        let damaged = LearnerRecordCollection.gather(from: [DataDirectory(url: folder.url)], now: TestTime.t0)
        #expect(damaged.learners.map(\.station) == [""])
        #expect(damaged.warnings.map(\.path) == [folder.url.appendingPathComponent("station.json").path])
    }

    @Test("learner ids and module ids are checked like the ids the app makes", arguments: [
        ("platform-registration", true), ("开网店", true), ("01_module.v2", true), ("", false), ("a/b", false),
        ("=x", false), ("a b", false), (".hidden", false), ("x\u{1B}", false), (String(repeating: "a", count: 101), false),
    ])
    func moduleIDCheck(id: String, plausible: Bool) {
        #expect(ReportModule.isPlausibleID(id) == plausible)
    }
}

extension LearnerRecord {
    /// The same record under another learner id.
    func renamedCopy(_ id: String) -> LearnerRecord {
        var learner = Learner(id: id, sanitizedName: self.learner.displayName, createdAt: self.learner.createdAt)
        learner.lastActiveAt = self.learner.lastActiveAt
        return LearnerRecord(learner: learner, reading: reading, attempts: attempts, notebook: notebook)
    }
}
