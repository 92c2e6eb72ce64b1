import Foundation
import Testing
@testable import ProgressKit
import TestSupport

struct MergeTests {
    /// Two copies of one learner that went separate ways after a common start.
    static func divergedCopies() throws -> (base: LearnerRecord, a: LearnerRecord, b: LearnerRecord) {
        let learner = try Learner(id: "lf", displayName: "李芳", createdAt: TestTime.t0)
        var base = LearnerRecord(learner: learner)
        let lesson = LessonKey(moduleID: "m1", lessonID: "l1")
        base.updateReading(lesson, at: TestTime.at(10)) { $0.move(to: 5, at: TestTime.at(10)) }
        base.startAttempt(id: "shared", quizID: "quiz1", moduleID: "m1", at: TestTime.at(20))
        try base.record(Answer(questionID: "q1", chosen: [0], correct: false, answeredAt: TestTime.at(21)),
                        inAttempt: "shared", calendar: TestTime.utc)

        // Copy A (this station): answers q2 in the shared attempt, finishes it, reads further.
        var a = base
        try a.record(Answer(questionID: "q2", chosen: [1], correct: true, answeredAt: TestTime.at(30)),
                     inAttempt: "shared", calendar: TestTime.utc)
        try a.finishAttempt("shared", at: TestTime.at(31), scorePercent: 50, passed: false)
        a.updateReading(lesson, at: TestTime.at(40)) {
            $0.move(to: 80, at: TestTime.at(40))
            $0.addTime(seconds: 300)
            $0.finish(at: TestTime.at(40))
        }
        a.startAttempt(id: "only-a", quizID: "quiz2", moduleID: "m1", at: TestTime.at(50))

        // Copy B (restored backup on another PC): answers q3 in the shared attempt, reads another lesson.
        var b = base
        try b.record(Answer(questionID: "q3", chosen: [2], correct: false, answeredAt: TestTime.at(35)),
                     inAttempt: "shared", calendar: TestTime.utc)
        b.updateReading(LessonKey(moduleID: "m2", lessonID: "l9"), at: TestTime.at(60)) {
            $0.move(to: 3, at: TestTime.at(60))
            $0.addTime(seconds: 30)
        }
        b.startAttempt(id: "only-b", quizID: "quiz1", moduleID: "m1", at: TestTime.at(70))
        try b.learner.rename(to: "李芳芳")
        return (base, a, b)
    }

    @Test func mergeKeepsEverythingOnce() throws {
        let (_, a, b) = try Self.divergedCopies()
        let merged = try LearnerRecord.merge(a, b)
        #expect(merged.attempts.map(\.id) == ["shared", "only-a", "only-b"])
        let shared = try #require(merged.attempt(id: "shared"))
        #expect(shared.answers.map(\.questionID) == ["q1", "q2", "q3"])
        #expect(shared.endedAt == TestTime.at(31))
        #expect(shared.scorePercent == 50)
        let first = merged.readingState(LessonKey(moduleID: "m1", lessonID: "l1"))
        #expect(first.isFinished && first.lastPosition == 80 && first.secondsSpent == 300)
        #expect(merged.readingState(LessonKey(moduleID: "m2", lessonID: "l9")).lastPosition == 3)
        #expect(Set(merged.notebook.active.map(\.questionID)) == ["q1", "q3"])
        // B was active last, so its name wins.
        #expect(merged.learner.displayName == "李芳芳")
        #expect(merged.learner.lastActiveAt == TestTime.at(70))
    }

    @Test func mergeIsCommutativeIdempotentAndAssociative() throws {
        let (base, a, b) = try Self.divergedCopies()
        let ab = try LearnerRecord.merge(a, b)
        #expect(ab == (try LearnerRecord.merge(b, a)))
        #expect(try LearnerRecord.merge(a, a) == a)
        #expect(try LearnerRecord.merge(ab, a) == ab)
        #expect(try LearnerRecord.merge(try LearnerRecord.merge(base, a), b) == (try LearnerRecord.merge(base, try LearnerRecord.merge(a, b))))
        // Same bytes on disk whichever way round.
        #expect(try RecordCoding.encode(ab) == RecordCoding.encode(try LearnerRecord.merge(b, a)))
    }

    @Test func mergeSurvivesTheFileFormat() throws {
        let (_, a, b) = try Self.divergedCopies()
        let fromDisk = try RecordCoding.decode(RecordCoding.encode(b))
        #expect(try LearnerRecord.merge(a, fromDisk) == LearnerRecord.merge(a, b))
    }

    @Test func mergeRefusesTwoDifferentLearners() throws {
        let a = LearnerRecord(learner: try Learner(id: "one", displayName: "王芳", createdAt: TestTime.t0))
        let b = LearnerRecord(learner: try Learner(id: "two", displayName: "王芳", createdAt: TestTime.t0))
        #expect(throws: MergeError.differentLearners("one", "two")) { try LearnerRecord.merge(a, b) }
    }

    @Test func sameAttemptFinishedOnBothSidesTakesTheLaterEnd() {
        var a = Attempt(id: "x", quizID: "q", moduleID: "m", startedAt: TestTime.at(0))
        var b = a
        a.finish(at: TestTime.at(10), scorePercent: 40, passed: false)
        b.finish(at: TestTime.at(20), scorePercent: 90, passed: true)
        #expect(Attempt.merge(a, b) == Attempt.merge(b, a))
        #expect(Attempt.merge(a, b).scorePercent == 90)
    }

    @Test func retiredNotebookEntryIsNotRevivedByAnOlderCopy() {
        var old = MistakeNotebook()
        old.record(questionID: "q", quizID: "z", moduleID: "m", correct: false, at: TestTime.days(0), calendar: TestTime.utc)
        var new = old
        for day in [1.0, 4, 11, 25] {
            new.record(questionID: "q", quizID: "z", moduleID: "m", correct: true, at: TestTime.days(day), calendar: TestTime.utc)
        }
        #expect(new.active.isEmpty)
        #expect(MistakeNotebook.merge(old, new).active.isEmpty)
        #expect(MistakeNotebook.merge(new, old) == MistakeNotebook.merge(old, new))
    }

    @Test(arguments: 0..<20)
    func randomDivergedCopiesMergeCommutatively(seed: Int) throws {
        print("randomDivergedCopiesMergeCommutatively seed \(seed)")
        var generator = SeededGenerator(seed: UInt64(seed))
        let learner = try Learner(id: "r", displayName: "随机", createdAt: TestTime.t0)
        var copies = [LearnerRecord(learner: learner), LearnerRecord(learner: learner)]
        let attemptIDs = ["a", "b", "c", "d"]
        for step in 0..<60 {
            let which = Int.random(in: 0...1, using: &generator)
            let time = TestTime.at(Double(step * 600 + Int.random(in: 0...1, using: &generator)))
            let attemptID = attemptIDs[Int.random(in: 0..<attemptIDs.count, using: &generator)]
            if copies[which].attempt(id: attemptID) == nil {
                copies[which].startAttempt(id: attemptID, quizID: "quiz", moduleID: "m", at: time)
            }
            let question = "q\(Int.random(in: 0..<6, using: &generator))"
            let answer = Answer(questionID: question, chosen: [Int.random(in: 0..<3, using: &generator)],
                                correct: Bool.random(using: &generator), answeredAt: time)
            try? copies[which].record(answer, inAttempt: attemptID, calendar: TestTime.utc)
            if Int.random(in: 0..<8, using: &generator) == 0 {
                try? copies[which].finishAttempt(attemptID, at: time, scorePercent: Int.random(in: 0...100, using: &generator), passed: Bool.random(using: &generator))
            }
            let lesson = LessonKey(moduleID: "m", lessonID: "l\(Int.random(in: 0..<3, using: &generator))")
            copies[which].updateReading(lesson, at: time) { $0.move(to: Int.random(in: 0..<100, using: &generator), at: time) }
        }
        let ab = try LearnerRecord.merge(copies[0], copies[1])
        let ba = try LearnerRecord.merge(copies[1], copies[0])
        #expect(ab == ba)
        #expect(try LearnerRecord.merge(ab, copies[0]) == ab)
        // Every answer of either copy is in the merge, each attempt once.
        let ids = ab.attempts.map(\.id)
        #expect(Set(ids).count == ids.count)
        for copy in copies {
            for attempt in copy.attempts {
                let merged = try #require(ab.attempt(id: attempt.id))
                #expect(Set(attempt.answers.map(\.questionID)).isSubset(of: Set(merged.answers.map(\.questionID))))
            }
        }
    }
}
