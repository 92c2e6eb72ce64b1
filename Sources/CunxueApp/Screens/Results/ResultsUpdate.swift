import LessonKit
import TerminalKit

extension QuizResult: ScreenState {
    /// Scrolling the results; Enter goes on, R tries again, Esc goes back to the module.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        guard case .quiz(let quizID, let moduleID, let lessonID, _) = session.mode,
              let quiz = context.library.index.quizzes[quizID]?.quiz else {
            context.show(.home(HomeState()))
            return []
        }
        switch input {
        case .key(.character("r")), .key(.character("R")):
            guard quiz.options.enableRetry else {
                context.say(.info) { $0.noRetry }
                return []
            }
            return QuizSession.start(quiz, moduleID: moduleID, lessonID: lessonID, context: &context)
        case .key(.enter):
            // After a lesson's check: the next lesson; else the module page at its quiz.
            if let lessonID, let next = context.library.module(moduleID)?.lesson(after: lessonID) {
                return ReaderState.open(moduleID: moduleID, lessonID: next.id, context: &context)
            }
            context.show(.module(ModulePageState(moduleID: moduleID, lessonID: nil, in: context.library)))
        case .key(.escape), .key(.backspace):
            context.show(.module(ModulePageState(moduleID: moduleID, lessonID: lessonID, in: context.library)))
        case .key(.up), .mouse(.wheelUp, _): scroll = max(0, scroll - 1)
        case .key(.down), .mouse(.wheelDown, _): scroll += 1
        case .key(.pageDown), .key(.character(" ")): scroll += 5
        case .key(.pageUp): scroll = max(0, scroll - 5)
        default: break
        }
        return []
    }
}
