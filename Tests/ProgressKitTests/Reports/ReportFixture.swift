import Foundation
@testable import ProgressKit

/// A known data set over two stations' data directories, with 王芳 on both, gone separate ways.
///
/// | learner | station | what they did |
/// | --- | --- | --- |
/// | 王芳 wangfang | A and B | both: read 01-a (300 s), failed the quiz (q1, 60 %); A: read 02-b (600 s), passed the quiz a day later (q2, 90 %, 2025-06-16); B: read listing's lesson without finishing (200 s), read 01-a again (420 s in all) |
/// | 张伟 zhangwei | B | started the quiz, answered once, left (q3, 100 s); read listing's lesson to the end (120 s) |
/// | 李强 liqiang | A | nothing |
/// | 赵敏 zhaomin | A | opened 01-a (60 s) |
enum ReportFixture {
    /// The course: a module with two lessons and a quiz, a module with one lesson and no quiz.
    static let modules = [
        ReportModule(id: "platform-registration", title: "开网店", lessonIDs: ["01-a", "02-b"],
                     quizID: "platform-registration/quiz"),
        ReportModule(id: "listing", title: "商品上架", lessonIDs: ["01-titles"], quizID: nil),
    ]

    static let moduleQuiz = "platform-registration/quiz"
    static let lessonA = LessonKey(moduleID: "platform-registration", lessonID: "01-a")
    static let lessonB = LessonKey(moduleID: "platform-registration", lessonID: "02-b")
    static let titles = LessonKey(moduleID: "listing", lessonID: "01-titles")

    /// The records of station A and station B.
    static func stations() throws -> (a: [LearnerRecord], b: [LearnerRecord]) {
        let t = TestTime.at
        let calendar = TestTime.utc

        var base = LearnerRecord(learner: try Learner(id: "wangfang", displayName: "王芳", createdAt: t(0)))
        base.updateReading(lessonA, at: t(0)) {
            $0.open(at: t(0))
            $0.addTime(seconds: 300)
            $0.finish(at: t(300))
        }
        base.startAttempt(id: "q1", quizID: moduleQuiz, moduleID: "platform-registration", at: t(400))
        try base.record(Answer(questionID: "x", chosen: [0], correct: false, answeredAt: t(500)), inAttempt: "q1", calendar: calendar)
        try base.finishAttempt("q1", at: t(700), scorePercent: 60, passed: false)

        var wangA = base
        wangA.updateReading(lessonB, at: t(1_000)) {
            $0.open(at: t(1_000))
            $0.addTime(seconds: 600)
            $0.finish(at: t(1_600))
        }
        wangA.startAttempt(id: "q2", quizID: moduleQuiz, moduleID: "platform-registration", at: t(86_400))
        try wangA.record(Answer(questionID: "x", chosen: [1], correct: true, answeredAt: t(86_500)), inAttempt: "q2", calendar: calendar)
        try wangA.finishAttempt("q2", at: t(87_000), scorePercent: 90, passed: true)

        var wangB = base
        wangB.updateReading(titles, at: t(2_000)) {
            $0.open(at: t(2_000))
            $0.move(to: 12, at: t(2_200))
            $0.addTime(seconds: 200)
        }
        wangB.updateReading(lessonA, at: t(2_500)) {
            $0.move(to: 3, at: t(2_500))
            $0.addTime(seconds: 120)
        }

        var zhang = LearnerRecord(learner: try Learner(id: "zhangwei", displayName: "张伟", createdAt: t(0)))
        zhang.startAttempt(id: "q3", quizID: moduleQuiz, moduleID: "platform-registration", at: t(3_000))
        try zhang.record(Answer(questionID: "x", chosen: [1], correct: true, answeredAt: t(3_100)), inAttempt: "q3", calendar: calendar)
        zhang.updateReading(titles, at: t(3_200)) {
            $0.open(at: t(3_200))
            $0.addTime(seconds: 120)
            $0.finish(at: t(3_320))
        }

        let li = LearnerRecord(learner: try Learner(id: "liqiang", displayName: "李强", createdAt: t(0)))

        var zhao = LearnerRecord(learner: try Learner(id: "zhaomin", displayName: "赵敏", createdAt: t(0)))
        zhao.updateReading(lessonA, at: t(440)) {
            $0.open(at: t(440))
            $0.move(to: 2, at: t(500))
            $0.addTime(seconds: 60)
        }
        return ([wangA, li, zhao], [wangB, zhang])
    }

    /// Writes the two stations into `folder/station-a` (张庄服务站) and `folder/station-b`
    /// (李庄服务站) as the app would.
    static func write(into folder: URL) throws -> [DataDirectory] {
        let (a, b) = try stations()
        var directories: [DataDirectory] = []
        for (name, station, records) in [("station-a", "张庄服务站", a), ("station-b", "李庄服务站", b)] {
            let directory = DataDirectory(url: folder.appendingPathComponent(name))
            let store = LearnerStore(directory: directory)
            try store.prepare(now: TestTime.t0)
            try StationStore(directory: directory).save(station)
            for record in records {
                let lock = try store.lock(id: record.id, displayName: nil, at: TestTime.t0)
                try store.save(record, with: lock)
                lock.release()
            }
            directories.append(directory)
        }
        return directories
    }
}
