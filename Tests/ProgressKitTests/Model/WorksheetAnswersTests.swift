import Foundation
import Testing
@testable import ProgressKit

/// Worksheet answers in the learner record: kept, read back, absent in old files, merged.
struct WorksheetAnswersTests {
    static func record() throws -> LearnerRecord {
        LearnerRecord(learner: try Learner(id: "wangfang", displayName: "王芳", createdAt: TestTime.t0))
    }

    @Test func answersRoundTripThroughTheFileFormat() throws {
        var record = try Self.record()
        record.saveWorksheet(WorksheetAnswers(id: "02-listing/title", answers: ["title": "陕西 猕猴桃", "origin": "陕西"],
                                              updatedAt: TestTime.at(60), finishedAt: TestTime.at(90)))
        let data = try RecordCoding.encode(record)
        let decoded = try RecordCoding.decode(data)
        #expect(decoded.worksheets == record.worksheets)
        #expect(decoded.worksheetAnswers(id: "02-listing/title")?.isFinished == true)
        #expect(String(decoding: data, as: UTF8.self).contains("\"worksheets\""))
        // Quotes, escapes and empty answers survive the file.
        record.saveWorksheet(WorksheetAnswers(id: "m/empty", updatedAt: TestTime.at(95)))
        record.saveWorksheet(WorksheetAnswers(id: "m/odd", answers: ["a\"b": "x\u{1B}\n/y", "z": ""], updatedAt: TestTime.at(99)))
        let again = try RecordCoding.encode(record)
        #expect(try RecordCoding.decode(again).worksheets == record.worksheets)
    }

    @Test func aFileWithoutWorksheetsLoadsWithNone() throws {
        let data = try RecordCoding.encode(try Self.record())
        #expect(!String(decoding: data, as: UTF8.self).contains("worksheets"))
        #expect(try RecordCoding.decode(data).worksheets.isEmpty)
    }

    @Test func mergeKeepsEverySheetAndTheNewerCopyOfEach() throws {
        var a = try Self.record()
        var b = try Self.record()
        a.saveWorksheet(WorksheetAnswers(id: "m/one", answers: ["x": "old"], updatedAt: TestTime.at(10)))
        b.saveWorksheet(WorksheetAnswers(id: "m/one", answers: ["x": "new"], updatedAt: TestTime.at(20)))
        b.saveWorksheet(WorksheetAnswers(id: "m/two", answers: ["y": "1"], updatedAt: TestTime.at(5)))
        let ab = try LearnerRecord.merge(a, b)
        let ba = try LearnerRecord.merge(b, a)
        #expect(ab.worksheets == ba.worksheets)
        #expect(ab.worksheets.map(\.id) == ["m/one", "m/two"])
        #expect(ab.worksheetAnswers(id: "m/one")?.answers["x"] == "new")
    }
}
