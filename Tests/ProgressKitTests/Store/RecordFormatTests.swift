import Foundation
import Testing
@testable import ProgressKit
import TestSupport

/// The learner-file format: files written before learner files went through `JSONEncoder` still
/// load and are written again byte for byte; a byte-order mark is accepted; damage is an error.
struct RecordFormatTests {
    /// A record using every field, with awkward strings.
    static func fullRecord() throws -> LearnerRecord {
        var record = try LearnerRecordTests.sampleRecord()
        record.learner.pin = PINHash(algorithm: "pbkdf2-sha256", iterations: 150_000, salt: "c2FsdA==", hash: "aGFzaA==")
        record.learner.pinFailures.recordFailure(at: TestTime.at(1))
        record.updateReading(LessonKey(moduleID: "m \"quoted\"", lessonID: "tab\there\\back/slash"), at: TestTime.at(2)) {
            $0.finish(at: TestTime.at(2))
        }
        record.startAttempt(id: "open", quizID: "问答\u{1}\u{1F}\u{7F}", moduleID: "😀\u{2028}", at: TestTime.at(3))
        try record.record(Answer(questionID: "a\nb\r\u{8}\u{C}", chosen: [], correct: true, answeredAt: TestTime.at(4)),
                          inAttempt: "open", calendar: TestTime.utc)
        var notebook = record.notebook
        notebook.record(questionID: "retired", quizID: "z", moduleID: "m", correct: false, at: TestTime.days(0), calendar: TestTime.utc)
        for day in [1.0, 4, 11, 25] {
            notebook.record(questionID: "retired", quizID: "z", moduleID: "m", correct: true, at: TestTime.days(day), calendar: TestTime.utc)
        }
        record.notebook = notebook
        return record
    }

    static func randomRecord(seed: UInt64) throws -> LearnerRecord {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array("ab/\"\\\n\t 中文😀é\u{0}\u{1B}\u{7F}\u{2029}")
        func text(_ length: Int) -> String {
            String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        }
        var learner = try Learner(id: "r\(seed)", displayName: "学员\(seed)", createdAt: TestTime.at(Double(seed)))
        if Bool.random(using: &generator) { learner.preferredLanguage = text(3) }
        if Bool.random(using: &generator) { learner.touch(at: TestTime.at(Double.random(in: 0...1e6, using: &generator))) }
        var record = LearnerRecord(learner: learner)
        for index in 0..<Int.random(in: 0..<12, using: &generator) {
            let start = TestTime.at(Double.random(in: -1e8...1e8, using: &generator).rounded() / 1000)
            let attempt = record.startAttempt(id: "\(index)-\(text(4))", quizID: text(5), moduleID: text(2), at: start)
            for question in 0..<Int.random(in: 0..<5, using: &generator) {
                let chosen = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in Int.random(in: -2...40, using: &generator) }
                try record.record(Answer(questionID: "q\(question)\(text(2))", chosen: chosen, correct: Bool.random(using: &generator),
                                         answeredAt: start.addingTimeInterval(Double(question))),
                                  inAttempt: attempt.id, calendar: TestTime.utc)
            }
            if Bool.random(using: &generator) {
                try record.finishAttempt(attempt.id, at: start.addingTimeInterval(60), scorePercent: Int.random(in: 0...100, using: &generator),
                                         passed: Bool.random(using: &generator))
            }
        }
        for _ in 0..<Int.random(in: 0..<4, using: &generator) {
            record.updateReading(LessonKey(moduleID: text(3), lessonID: text(3)), at: TestTime.t0) {
                $0.move(to: Int.random(in: 0...500, using: &generator), at: TestTime.t0)
                $0.addTime(seconds: Int.random(in: 0...9999, using: &generator))
            }
        }
        return record
    }

    /// A fixture from `Fixtures/` (see its README).
    static func fixture(_ name: String) throws -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try Data(contentsOf: folder.appendingPathComponent("Fixtures/" + name))
    }

    static let fixtures = ["old-app-y7nzw28j.json", "old-cli-cekxjuev.json", "old-saveloop-cekxjuev.json"]

    @Test("files written by the code before JSONEncoder (schema 1) load; written again (schema 2) they read back the same",
          arguments: fixtures)
    func oldFilesLoadAndSurviveARewrite(name: String) throws {
        let data = try Self.fixture(name)
        let record = try RecordCoding.decode(data)
        #expect(name.contains(record.id))
        let hasAnswers = record.attempts.contains { !$0.answers.isEmpty }
        #expect(String(decoding: data, as: UTF8.self).contains("\"chosen\" : [") == hasAnswers)   // answers as objects
        let written = try RecordCoding.encode(record)
        #expect(String(decoding: written, as: UTF8.self).contains("\"schemaVersion\" : 2"))
        #expect(try RecordCoding.decode(written) == record)
        // Apart from the answers and the version, the layout is the one schema 1 had.
        let oldLines = Set(String(decoding: data, as: UTF8.self).split(separator: "\n"))
        let newLines = String(decoding: written, as: UTF8.self).split(separator: "\n")
        let changed = newLines.filter { !oldLines.contains($0) }
        #expect(changed.allSatisfy { $0.contains(" right ") || $0.contains(" wrong ") || $0.contains("schemaVersion") },
                "\(changed)")
    }

    @Test("schema 2: each answer is one readable string; the rest as in schema 1")
    func schemaTwoLayout() throws {
        var record = LearnerRecord(learner: try Learner(id: "k2", displayName: "王芳", createdAt: TestTime.t0))
        record.startAttempt(id: "a1", quizID: "m/quiz", moduleID: "m", at: TestTime.at(1))
        try record.record(Answer(questionID: "m/quiz#哪个 对？", chosen: [0, 2], correct: false, answeredAt: TestTime.at(2)),
                          inAttempt: "a1", calendar: TestTime.utc)
        try record.record(Answer(questionID: "m/quiz#空", chosen: [], correct: true, answeredAt: TestTime.at(3)),
                          inAttempt: "a1", calendar: TestTime.utc)
        let text = String(decoding: try RecordCoding.encode(record), as: UTF8.self)
        #expect(text.hasPrefix("""
            {
              "attempts" : [
                {
                  "answers" : [
                    "2025-06-15T15:06:42.000Z wrong 0,2 m/quiz#哪个 对？",
                    "2025-06-15T15:06:43.000Z right - m/quiz#空"
                  ],
                  "id" : "a1",
                  "moduleID" : "m",
                  "quizID" : "m/quiz",
                  "startedAt" : "2025-06-15T15:06:41.000Z"
                }
              ],
            """))
        #expect(text.hasSuffix("  \"schemaVersion\" : 2\n}\n"))
        #expect(try RecordCoding.decode(Data(text.utf8)) == record)
    }

    @Test("an answer string that is not one makes the file damaged", arguments: [
        "2025-06-15T15:06:42.000Z maybe 0 q", "2025-06-15T15:06:42.000Z right x q", "yesterday right 0 q",
        "2025-06-15T15:06:42.000Z right", "",
    ])
    func badAnswerStrings(answer: String) throws {
        let text = """
            {"schemaVersion": 2, "learner": {"id": "k", "displayName": "k", "createdAt": "2025-06-15T15:06:40Z"},
             "attempts": [{"id": "a", "quizID": "q", "moduleID": "m", "startedAt": "2025-06-15T15:06:40Z",
                           "answers": ["\(answer)"]}]}
            """
        #expect(throws: DecodingError.self) { try RecordCoding.decode(Data(text.utf8)) }
    }

    @Test func theAppsOldFileHoldsWhatTheAppSaved() throws {
        let record = try RecordCoding.decode(try Self.fixture("old-app-y7nzw28j.json"))
        #expect(record.learner.displayName == "李娜")
        #expect(record.learner.preferredLanguage == "en")
        #expect(record.learner.pinFailures.count == 1)
        let pin = try #require(record.learner.pin)
        #expect(pin.algorithm == "pbkdf2-sha256" && pin.iterations == 150_000)
        #expect(record.attempts.count == 1)
        #expect(record.attempts.first?.answers.map(\.chosen) == [[0], [0, 1]])
        #expect(record.attempts.first?.scorePercent == 0 && record.attempts.first?.passed == false)
        #expect(record.notebook.active.count == 2)
        let reading = record.readingState(LessonKey(moduleID: "how-to-use", lessonID: "01-keys"))
        #expect(reading.isFinished && reading.lastPosition == 1000)
    }

    @Test("the store loads an old file in place with no warning", arguments: fixtures)
    func storeLoadsOldFiles(name: String) throws {
        let (folder, store) = try LearnerStoreTests.makeStore()
        defer { folder.remove() }
        let data = try Self.fixture(name)
        let id = String(name.dropFirst(name.count - 13).prefix(8))
        try data.write(to: store.fileURL(for: id))
        let loaded = try store.load(id: id, now: TestTime.t0)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.record == (try RecordCoding.decode(data)))
    }

    @Test("a UTF-8 byte-order mark at the start (as editors add one) is accepted")
    func byteOrderMarkIsAccepted() throws {
        let (folder, store) = try LearnerStoreTests.makeStore()
        defer { folder.remove() }
        let data = try Self.fixture("old-app-y7nzw28j.json")
        let marked = Data([0xEF, 0xBB, 0xBF]) + data
        #expect(try RecordCoding.decode(marked) == RecordCoding.decode(data))
        try marked.write(to: store.fileURL(for: "y7nzw28j"))
        let loaded = try store.load(id: "y7nzw28j", now: TestTime.t0)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.record.learner.displayName == "李娜")
        #expect(folder.names(in: "learners") == ["y7nzw28j.json"])
        // The instructor's file too.
        let instructor = Data([0xEF, 0xBB, 0xBF]) + Data(#"{"schemaVersion": 1, "pinFailures": {"count": 2}}"#.utf8)
        try instructor.write(to: folder.url.appendingPathComponent("instructor.json"))
        #expect(try InstructorStore(directory: store.directory).load().pinFailures.count == 2)
    }

    @Test(arguments: 0..<40)
    func randomRecordsRoundTrip(seed: Int) throws {
        print("randomRecordsRoundTrip seed \(seed)")
        let record = try Self.randomRecord(seed: UInt64(seed))
        let data = try RecordCoding.encode(record)
        let read = try RecordCoding.decode(data)
        // Dates are kept to the millisecond, so compare what is written again.
        #expect(try RecordCoding.encode(read) == data)
        #expect(read.id == record.id && read.attempts.count == record.attempts.count)
    }

    @Test func anyLayoutIsReadAndUnknownKeysSkipped() throws {
        let record = try Self.fullRecord()
        // Compact, unsorted JSON.
        let encoder = RecordCoding.makeEncoder()
        encoder.outputFormatting = []
        let compact = try encoder.encode(record)
        #expect(try RecordCoding.encode(RecordCoding.decode(compact)) == RecordCoding.encode(record))
        // Unknown keys of any kind, nulls for absent optionals, escaped characters.
        let text = """
        { "future": {"a": [1, 2.5e3, -0.1, true, null, {"b": "\\u00e9\\ud83d\\ude00"}]},
          "schemaVersion": 1, "attempts": null, "notebook": [], "reading": [],
          "learner": { "id": "x1", "displayName": "\\u738b\\u82b3", "createdAt": "2025-06-15T23:06:40+08:00",
                       "lastActiveAt": null, "pin": null, "extra": [[], {}] } }
        """
        let parsed = try RecordCoding.decode(Data(text.utf8))
        #expect(parsed.learner.displayName == "王芳")
        #expect(parsed.learner.createdAt == TestTime.t0)
        #expect(parsed.attempts.isEmpty)
    }

    @Test func everyTruncationIsAnError() throws {
        let data = try RecordCoding.encode(try LearnerRecordTests.sampleRecord())
        let body = data.count - 1  // without the final newline the file is still whole
        for length in 0..<body {
            #expect(throws: (any Error).self, "prefix of \(length) bytes") { try RecordCoding.decode(data.prefix(length)) }
        }
        #expect(try RecordCoding.decode(data.prefix(body)) == RecordCoding.decode(data))
    }

    @Test func newerSchemaIsRecognisedWhateverTheShape() throws {
        for text in [#"{"schemaVersion": 3}"#, #"{"learner": 5, "schemaVersion": 9}"#, #"{"attempts": {"new": "shape"}, "schemaVersion": 3}"#] {
            #expect(throws: RecordFormatError.self) { try RecordCoding.decode(Data(text.utf8)) }
        }
        #expect(throws: DecodingError.self) { try RecordCoding.decode(Data(#"{"learner": 5, "schemaVersion": 2}"#.utf8)) }
    }
}
