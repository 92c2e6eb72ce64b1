import LessonKit
import TerminalKit

extension QuizResult: ScreenState {
    /// Scrolling the results; Enter goes on (see `ResultsView.enterLabel`), 1 tries again, Esc
    /// goes back to the module.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        guard case .quiz(let quizID, let moduleID, let lessonID, _) = session.mode,
              let quiz = context.library.index.quiz(quizID)?.quiz, let module = context.library.module(moduleID) else {
            context.show(.home(HomeState()))
            return []
        }
        switch input {
        case .key(.character("1")):
            guard quiz.options.enableRetry else {
                context.say(.info) { $0.noRetry }
                return []
            }
            return QuizSession.startNew(quiz, moduleID: moduleID, lessonID: lessonID, context: &context)
        case .key(.enter):
            return goOn(module, lessonID: lessonID, context: &context)
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

    /// Enter: the next lesson after a passed check (the module quiz after the last lesson's),
    /// the same lesson again after a failed one, home (whose first row is the next step) after
    /// a passed module quiz, the first lesson to read again after a failed one.
    private func goOn(_ module: Module, lessonID: String?, context: inout ScreenContext) -> [Effect] {
        switch (passed, lessonID) {
        case (true, let lessonID?):
            if let next = module.lesson(after: lessonID) {
                return ReaderState.open(moduleID: module.id, lessonID: next.id, context: &context)
            }
            if let quiz = module.quiz, context.record?.quizStatus(quizID: quiz.id, moduleID: module.id) != .passed {
                return QuizSession.start(quiz, moduleID: module.id, lessonID: nil, context: &context)
            }
            context.show(.module(ModulePageState(moduleID: module.id, lessonID: lessonID, in: context.library)))
        case (false, let lessonID?):
            return ReaderState.open(moduleID: module.id, lessonID: lessonID, context: &context)
        case (true, nil):
            context.show(.home(HomeState()))
        case (false, nil):
            guard let first = ResultsView.rereadLessons(self, module: module, context: context).first ?? module.lessons.first else {
                context.show(.module(ModulePageState(moduleID: module.id)))
                return []
            }
            return ReaderState.open(moduleID: module.id, lessonID: first.id, context: &context)
        }
        return []
    }
}
