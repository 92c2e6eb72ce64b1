import Foundation
import Testing
@testable import ProgressKit

struct LearnerRecordTests {
    static func sampleRecord() throws -> LearnerRecord {
        var learner = try Learner(id: "wangfang", displayName: "王芳", createdAt: TestTime.t0)
        learner.preferredLanguage = "zh-Hans"
        var record = LearnerRecord(learner: learner)
        let lesson = LessonKey(moduleID: "01-kaidian", lessonID: "zhuce")
        record.updateReading(lesson, at: TestTime.at(10)) { $0.open(at: TestTime.at(10)) }
        record.updateReading(lesson, at: TestTime.at(70)) {
            $0.move(to: 42, at: TestTime.at(70))
            $0.addTime(seconds: 60)
        }
        let attempt = record.startAttempt(id: "A-1", quizID: "quiz", moduleID: "01-kaidian", at: TestTime.at(100))
        try record.record(Answer(questionID: "q1", chosen: [2], correct: true, answeredAt: TestTime.at(110)),
                          inAttempt: attempt.id, calendar: TestTime.utc)
        try record.record(Answer(questionID: "q2", chosen: [0, 3], correct: false, answeredAt: TestTime.at(120.25)),
                          inAttempt: attempt.id, calendar: TestTime.utc)
        try record.finishAttempt(attempt.id, at: TestTime.at(130), scorePercent: 50, passed: false)
        return record
    }

    @Test func recordsReadingAttemptsAndMistakes() throws {
        let record = try Self.sampleRecord()
        let state = record.readingState(LessonKey(moduleID: "01-kaidian", lessonID: "zhuce"))
        #expect(state.isOpened && !state.isFinished)
        #expect(state.lastPosition == 42)
        #expect(state.secondsSpent == 60)
        let attempt = try #require(record.attempt(id: "A-1"))
        #expect(attempt.answers.map(\.questionID) == ["q1", "q2"])
        #expect(attempt.correctCount == 1)
        #expect(attempt.scorePercent == 50 && attempt.passed == false)
        #expect(record.notebook.active.map(\.questionID) == ["q2"])
        #expect(record.learner.lastActiveAt == TestTime.at(130))
    }

    @Test func answersCannotGoIntoFinishedOrUnknownAttempts() throws {
        var record = try Self.sampleRecord()
        let answer = Answer(questionID: "q3", chosen: [1], correct: true, answeredAt: TestTime.at(200))
        #expect(throws: AttemptError.alreadyFinished("A-1")) {
            try record.record(answer, inAttempt: "A-1", calendar: TestTime.utc)
        }
        #expect(throws: AttemptError.noSuchAttempt("nope")) {
            try record.record(answer, inAttempt: "nope", calendar: TestTime.utc)
        }
    }

    @Test func answeringAgainReplacesTheAnswer() {
        var attempt = Attempt(id: "x", quizID: "q", moduleID: "m", startedAt: TestTime.t0)
        attempt.record(Answer(questionID: "q1", chosen: [0], correct: false, answeredAt: TestTime.at(1)))
        attempt.record(Answer(questionID: "q2", chosen: [1], correct: true, answeredAt: TestTime.at(2)))
        attempt.record(Answer(questionID: "q1", chosen: [1], correct: true, answeredAt: TestTime.at(3)))
        #expect(attempt.answers.map(\.questionID) == ["q2", "q1"])
        #expect(attempt.correctCount == 2)
    }

    @Test(arguments: [(0, 5, 0), (4, 5, 80), (2, 3, 66), (3, 3, 100), (1, 0, 0)])
    func scoresRoundDown(correct: Int, total: Int, percent: Int) {
        #expect(Attempt.scorePercent(correct: correct, total: total) == percent)
    }

    @Test func roundTripsThroughTheFileFormat() throws {
        let record = try Self.sampleRecord()
        let data = try RecordCoding.encode(record)
        let decoded = try RecordCoding.decode(data)
        #expect(decoded == record)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"schemaVersion\" : 2"))
        #expect(text.contains("\"王芳\""))                         // UTF-8, not \u escapes
        #expect(text.contains("\"2025-06-15T15:08:40.250Z\""))     // ISO-8601 with milliseconds
        #expect(text.contains("\n  \"attempts\" : ["))             // pretty-printed
        // Keys are sorted: attempts < learner < notebook < reading < schemaVersion.
        let order = ["\"attempts\"", "\"learner\"", "\"notebook\"", "\"reading\"", "\"schemaVersion\""]
            .compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 5 && order == order.sorted())
        // Encoding is stable.
        #expect(try RecordCoding.encode(decoded) == data)
    }

    @Test func refusesFilesFromANewerVersion() throws {
        let json = #"{"schemaVersion": 3, "learner": {}}"#
        #expect(throws: RecordFormatError.newerSchema(found: 3, supported: 2)) {
            try RecordCoding.decode(Data(json.utf8))
        }
    }

    @Test func cleansHandEditedNamesWhenReading() throws {
        var text = String(decoding: try RecordCoding.encode(Self.sampleRecord()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"王芳\"", with: "\"王\\u202e芳\\u001b[2J\"")
        let record = try RecordCoding.decode(Data(text.utf8))
        #expect(record.learner.displayName == "王芳[2J")
    }

    @Test(arguments: [
        ("2025-06-15T15:06:40Z", 1_750_000_000.0),
        ("2025-06-15T15:06:40.5Z", 1_750_000_000.5),
        ("2025-06-15T23:06:40+08:00", 1_750_000_000.0),
        ("2025-06-15T23:06:40.123+0800", 1_750_000_000.123),
        ("1970-01-01T00:00:00.000Z", 0.0),
        ("2000-02-29T12:00:00Z", 951_825_600.0),
    ])
    func parsesISO8601(text: String, seconds: Double) throws {
        let date = try #require(ISO8601Time.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.0005)
    }

    @Test(arguments: ["", "2025-06-15", "2025-13-01T00:00:00Z", "2025-06-15T15:06:40", "2025-06-15T15:06:40Zjunk", "2025-06-15T15:06:40.Z"])
    func rejectsBadDates(text: String) {
        #expect(ISO8601Time.parse(text) == nil)
    }

    @Test func formatsDatesAcrossCenturies() throws {
        for seconds in [-86_400.5, 0, 951_825_600, 1_750_000_000.123, 4_102_444_800] {
            let date = Date(timeIntervalSince1970: seconds)
            let text = ISO8601Time.format(date)
            let back = try #require(ISO8601Time.parse(text))
            #expect(abs(back.timeIntervalSince1970 - seconds) < 0.0005, "\(text)")
        }
        #expect(ISO8601Time.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(ISO8601Time.format(Date(timeIntervalSince1970: 951_825_600)) == "2000-02-29T12:00:00.000Z")
    }
}
