import Foundation
import LessonKit
import ProgressKit

/// What a learner has done in one module, as the home and module screens show it.
struct ModuleProgress: Equatable, Sendable {
    var lessonsRead: Int
    var lessonCount: Int
    var bestScore: Int?
    var passed: Bool
    var fraction: Double {
        let parts = lessonCount + 1  // lessons plus the module quiz
        return Double(lessonsRead + (passed ? 1 : 0)) / Double(max(1, parts))
    }
    var isDone: Bool { lessonsRead >= lessonCount && (passed || lessonCount == 0) }
}

extension LearnerRecord {
    /// Progress in `module`.
    func progress(in module: Module) -> ModuleProgress {
        let read = module.lessons.filter { readingState(LessonKey(moduleID: module.id, lessonID: $0.id)).isFinished }.count
        var best: Int?
        var passed = false
        if let quiz = module.quiz {
            for attempt in attempts(quizID: quiz.id, moduleID: module.id) where attempt.isFinished {
                if let score = attempt.scorePercent { best = max(best ?? 0, score) }
                if attempt.passed == true { passed = true }
            }
        }
        return ModuleProgress(lessonsRead: read, lessonCount: module.lessons.count, bestScore: best,
                              passed: module.quiz == nil ? read >= module.lessons.count : passed)
    }

    /// Best finished score of `quiz`.
    func bestScore(quizID: String, moduleID: String) -> Int? {
        attempts(quizID: quizID, moduleID: moduleID).filter(\.isFinished).compactMap(\.scorePercent).max()
    }

    /// The lesson read most recently, if any.
    func lastReadLesson() -> LessonKey? {
        reading.filter { $0.value.lastReadAt != nil }.max { ($0.value.lastReadAt ?? .distantPast) < ($1.value.lastReadAt ?? .distantPast) }?.key
    }
}
