import Foundation
import LessonKit
import ProgressKit

/// The next unfinished step of a learner's course: what "继续学习" on the home screen opens.
/// Never a lesson already read, never a quiz already passed.
enum NextStep: Equatable, Sendable {
    /// A check or module quiz left before the end: taken up at the question she left.
    case resumeQuiz(quizID: String, moduleID: String, lessonID: String?)
    /// A lesson not read yet.
    case read(moduleID: String, lessonID: String)
    /// A module's quiz, every lesson of the module read.
    case moduleQuiz(moduleID: String)

    /// The module the step is in.
    var moduleID: String {
        switch self {
        case .resumeQuiz(_, let moduleID, _), .read(let moduleID, _), .moduleQuiz(let moduleID): return moduleID
        }
    }
}

extension LearnerRecord {
    /// The next unfinished step: an unfinished check or module quiz first (the one worked on
    /// last), else the next unread lesson (or the quiz) of the module worked in last, else the
    /// same in the recommended module. Nil when everything is done.
    /// - Parameter modules: the course's modules in the order the home screen lists them.
    func nextStep(in library: Library, modules: [Module]) -> NextStep? {
        if let open = lastOpenAttempt(in: library) {
            let lessonID = library.index.quiz(open.quizID)?.lessonID
            return .resumeQuiz(quizID: open.quizID, moduleID: open.moduleID, lessonID: lessonID)
        }
        if let last = lastModuleID, let module = library.module(last), let step = nextStep(in: module) {
            return step
        }
        return recommendedModule(modules).flatMap { nextStep(in: $0) }
    }

    /// The first module, in home order, not done yet whose recommended modules are done; else
    /// the first not done. Nil when every module is done.
    func recommendedModule(_ modules: [Module]) -> Module? {
        // In home order, stopping at the first ready one (a course may have hundreds of modules).
        var firstOpen: Module?
        for module in modules where !progress(in: module).isDone && nextStep(in: module) != nil {
            if firstOpen == nil { firstOpen = module }
            let ready = module.requires.allSatisfy { required in
                modules.first { $0.id == required }.map { progress(in: $0).isDone } ?? true
            }
            if ready { return module }
        }
        return firstOpen
    }

    /// The next step inside `module`: its first unread lesson, else its quiz if not passed.
    func nextStep(in module: Module) -> NextStep? {
        if let lesson = module.lessons.first(where: { !readingState(LessonKey(moduleID: module.id, lessonID: $0.id)).isFinished }) {
            return .read(moduleID: module.id, lessonID: lesson.id)
        }
        if let quiz = module.quiz, quizStatus(quizID: quiz.id, moduleID: module.id) != .passed {
            return .moduleQuiz(moduleID: module.id)
        }
        return nil
    }

    /// Whether the learner has read in or answered in `moduleID` at all.
    func hasWorked(in moduleID: String) -> Bool {
        reading.contains { $0.key.moduleID == moduleID && $0.value.isOpened } || attempts.contains { $0.moduleID == moduleID }
    }

    /// Whether the learner has done anything yet.
    var hasStarted: Bool { !attempts.isEmpty || reading.values.contains(where: \.isOpened) }

    /// The unfinished attempt worked on last whose quiz the course still has and she has not
    /// passed (a second go after passing is hers to take up, not a step).
    private func lastOpenAttempt(in library: Library) -> Attempt? {
        let open = attempts.filter { attempt in
            library.index.quiz(attempt.quizID) != nil
                && openAttempt(quizID: attempt.quizID, moduleID: attempt.moduleID)?.id == attempt.id
                && quizStatus(quizID: attempt.quizID, moduleID: attempt.moduleID) != .passed
        }
        return open.max { $0.lastWorkedAt < $1.lastWorkedAt }
    }
}

extension Attempt {
    /// When the learner last did anything in this attempt.
    var lastWorkedAt: Date {
        [startedAt, answers.last?.answeredAt, draft?.savedAt, endedAt].compactMap { $0 }.max() ?? startedAt
    }
}
