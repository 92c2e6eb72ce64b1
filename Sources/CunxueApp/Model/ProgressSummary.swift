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
        let read = module.lessons.count { readingState(LessonKey(moduleID: module.id, lessonID: $0.id)).isFinished }
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

    /// The attempt at `quiz` still to be finished: the latest one, when it is unfinished (an
    /// older unfinished one was given up when a newer one started).
    func openAttempt(quizID: String, moduleID: String) -> Attempt? {
        guard let latest = attempts(quizID: quizID, moduleID: moduleID).last, !latest.isFinished else { return nil }
        return latest
    }

    /// How the learner stands with a quiz: passed (once is enough), else half done, else not
    /// passed, else never taken.
    func quizStatus(quizID: String, moduleID: String) -> QuizStatus {
        let all = attempts(quizID: quizID, moduleID: moduleID)
        let finished = all.filter(\.isFinished)
        if finished.contains(where: { $0.passed == true }) { return .passed }
        if let open = openAttempt(quizID: quizID, moduleID: moduleID) { return .open(answered: open.answers.count) }
        if finished.isEmpty { return .notTaken }
        return .failed(best: finished.compactMap(\.scorePercent).max() ?? 0)
    }
}

/// Where a learner stands with one quiz (a lesson's check or a module quiz).
enum QuizStatus: Equatable, Sendable {
    /// Never started.
    case notTaken
    /// Started and left before the end, with this many questions answered.
    case open(answered: Int)
    /// Passed at least once.
    case passed
    /// Finished, never passed; the best score.
    case failed(best: Int)
}
