import Foundation
import Testing
@testable import ProgressKit

/// What an attempt keeps so that it resumes as it was left: the questions as shown and the
/// choice not yet confirmed. Both are optional, so files written before them still load.
struct AttemptResumeTests {
    private static let shown = [ShownQuestion(questionID: "q1", order: [2, 0, 1]),
                                ShownQuestion(questionID: "q2", order: [1, 3, 0, 2])]

    private static func halfDone() throws -> LearnerRecord {
        var record = LearnerRecord(learner: try Learner(id: "ls01", displayName: "李叔", createdAt: TestTime.t0))
        record.startAttempt(id: "open", quizID: "m/01.quiz", moduleID: "m", at: TestTime.at(1), shown: shown)
        try record.record(Answer(questionID: "q1", chosen: [0], correct: true, answeredAt: TestTime.at(2)),
                          inAttempt: "open", calendar: TestTime.utc)
        try record.saveDraft(DraftAnswer(questionID: "q2", chosen: [3, 1], savedAt: TestTime.at(3)), inAttempt: "open")
        return record
    }

    @Test func shownQuestionsAndDraftSurviveSavingAndLoading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = LearnerStore(directory: DataDirectory(url: folder.url))
        _ = try store.prepare(now: TestTime.t0)
        let record = try Self.halfDone()
        let lock = try store.lock(id: record.id, displayName: nil, at: TestTime.t0)
        defer { lock.release() }
        try store.save(record, with: lock)
        let loaded = try store.load(id: record.id, now: TestTime.t0).record
        let attempt = try #require(loaded.attempt(id: "open"))
        #expect(attempt.shown == Self.shown)
        #expect(attempt.draft == DraftAnswer(questionID: "q2", chosen: [3, 1], savedAt: TestTime.at(3)))
        #expect(loaded == record)
    }

    @Test func theFileFormIsJSONEncodersAndReadsBack() throws {
        let record = try Self.halfDone()
        var expected = try RecordCoding.makeEncoder().encode(record)
        expected.append(0x0A)
        let bytes = try RecordCoding.encode(record)
        #expect(bytes == expected)
        #expect(try RecordCoding.decode(bytes) == record)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"draft\""))
    }

    @Test func aFileWithoutThemStillLoads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let json = """
        {"schemaVersion": 1, "learner": {"id": "old1", "displayName": "王芳", "createdAt": "2025-06-15T15:06:40.000Z"},
         "attempts": [{"id": "a", "quizID": "q", "moduleID": "m", "startedAt": "2025-06-15T15:06:41.000Z", "answers": []}]}
        """
        let file = folder.url.appendingPathComponent("old1.json")
        try Data(json.utf8).write(to: file)
        let record = try LearnerStore.readRecord(at: file)
        let attempt = try #require(record.attempt(id: "a"))
        #expect(attempt.shown == nil && attempt.draft == nil)
    }

    @Test func answeringTheDraftedQuestionOrFinishingEndsTheDraft() throws {
        var record = try Self.halfDone()
        try record.record(Answer(questionID: "q2", chosen: [3, 1], correct: false, answeredAt: TestTime.at(4)),
                          inAttempt: "open", calendar: TestTime.utc)
        #expect(record.attempt(id: "open")?.draft == nil)
        try record.saveDraft(DraftAnswer(questionID: "q3", chosen: [1], savedAt: TestTime.at(5)), inAttempt: "open")
        try record.finishAttempt("open", at: TestTime.at(6), scorePercent: 50, passed: false)
        #expect(record.attempt(id: "open")?.draft == nil)
        #expect(throws: AttemptError.alreadyFinished("open")) {
            try record.saveDraft(DraftAnswer(questionID: "q3", chosen: [1], savedAt: TestTime.at(7)), inAttempt: "open")
        }
    }

    @Test func mergingKeepsTheLaterDraftUnlessItsQuestionWasAnswered() throws {
        let base = try Self.halfDone()
        var later = base
        try later.saveDraft(DraftAnswer(questionID: "q2", chosen: [0], savedAt: TestTime.at(9)), inAttempt: "open")
        var answered = base
        try answered.record(Answer(questionID: "q2", chosen: [3, 1], correct: false, answeredAt: TestTime.at(8)),
                            inAttempt: "open", calendar: TestTime.utc)
        let ab = try LearnerRecord.merge(base, later)
        #expect(ab == (try LearnerRecord.merge(later, base)))
        #expect(ab.attempt(id: "open")?.draft?.chosen == [0])
        #expect(ab.attempt(id: "open")?.shown == Self.shown)
        let withAnswer = try LearnerRecord.merge(later, answered)
        #expect(withAnswer == (try LearnerRecord.merge(answered, later)))
        #expect(withAnswer.attempt(id: "open")?.draft == nil)
    }

    @Test func theLastModuleIsWhereTheLearnerWasLast() throws {
        var record = try Self.halfDone()
        #expect(record.lastModuleID == "m")
        record.updateReading(LessonKey(moduleID: "n", lessonID: "l"), at: TestTime.at(10)) { $0.open(at: TestTime.at(10)) }
        #expect(record.lastModuleID == "n")
        #expect(LearnerOverview(record).lastModuleID == "n")
    }
}
