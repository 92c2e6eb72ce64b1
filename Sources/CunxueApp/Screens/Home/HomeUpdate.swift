import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension HomeState: ScreenState {
    /// Moves through the rows, opens one (a number opens the module with that number), opens the
    /// reading-aloud settings (`S`), or asks before signing out.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        let rows = context.homeRows
        switch input {
        case .key(.character(let c)) where ListKeys.number(c) != nil:
            // Numbers belong to modules, so "按 3" is the same module whatever rows are above.
            guard let n = ListKeys.number(c), n <= context.modulesByLevel.count,
                  let index = rows.firstIndex(of: .module(context.modulesByLevel[n - 1].id)) else { return [] }
            selection = index
            return Self.open(rows[index], context: &context)
        case .key(.character("s")), .key(.character("S")):
            // Letters, not numbers: numbers belong to modules.
            context.show(.settings(SettingsState(homeSelection: selection)))
            return []
        case .key(.escape):
            context.open(.confirmSignOut)
            return []
        case .key(let key):
            let page = HomeView.listHeight(context.size)
            if case .chose(let index) = ListKeys.apply(key, to: &selection, count: rows.count, page: page, numbered: false) {
                return Self.open(rows[index], context: &context)
            }
            return []
        case .mouse(.click, let point):
            guard let index = HomeView.rowIndex(at: point, home: self, context: context) else { return [] }
            selection = index
            return Self.open(rows[index], context: &context)
        case .mouse(let action, _):
            _ = ListKeys.apply(action, to: &selection, count: rows.count)
            return []
        case .result:
            return []
        }
    }

    /// Opens a row: the next step, the mistake notebook, or a module.
    static func open(_ row: HomeRow, context: inout ScreenContext) -> [Effect] {
        switch row {
        case .resume(let step):
            return open(step, context: &context)
        case .notebook:
            context.show(.notebook(NotebookState()))
            return []
        case .module(let moduleID):
            context.show(.module(ModulePageState(moduleID: moduleID)))
            return []
        }
    }

    /// Opens the next step: the unfinished quiz where she left it, the lesson, the module quiz.
    static func open(_ step: NextStep, context: inout ScreenContext) -> [Effect] {
        guard let module = context.library.module(step.moduleID) else { return [] }
        switch step {
        case .resumeQuiz(let quizID, _, let lessonID):
            guard let quiz = context.library.index.quiz(quizID)?.quiz else { return [] }
            return QuizSession.start(quiz, moduleID: module.id, lessonID: lessonID, context: &context)
        case .read(_, let lessonID):
            return ReaderState.open(moduleID: module.id, lessonID: lessonID, context: &context)
        case .moduleQuiz:
            guard let quiz = module.quiz else { return [] }
            return QuizSession.start(quiz, moduleID: module.id, lessonID: nil, context: &context)
        }
    }
}
