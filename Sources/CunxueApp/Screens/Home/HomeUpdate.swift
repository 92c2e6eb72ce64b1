import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension HomeState: ScreenState {
    /// Moves through the rows, opens one, or signs out.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        let rows = context.homeRows
        switch input {
        case .key(let key):
            switch ListKeys.apply(key, to: &selection, count: rows.count, page: HomeView.listHeight(context.size)) {
            case .chose(let index): return Self.open(rows[index], context: &context)
            case .moved: return []
            case .ignored: break
            }
            if key == .escape || key == .character("q") || key == .character("Q") { context.signOut() }
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

    /// Opens a row: the lesson to carry on with, the mistake notebook, or a module.
    static func open(_ row: HomeRow, context: inout ScreenContext) -> [Effect] {
        switch row {
        case .resume(let moduleID, let lessonID?):
            return ReaderState.open(moduleID: moduleID, lessonID: lessonID, context: &context)
        case .resume(let moduleID, nil), .module(let moduleID):
            context.show(.module(ModulePageState(moduleID: moduleID)))
            return []
        case .review:
            return QuizSession.startReview(context: &context)
        }
    }
}
