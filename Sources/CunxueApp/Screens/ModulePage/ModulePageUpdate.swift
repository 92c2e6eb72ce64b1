import LessonKit
import ProgressKit
import TerminalKit

extension ModulePageState: ScreenState {
    /// Rows of a module page: one per lesson, one per rehearsal, the module quiz if there is one,
    /// then the worksheets.
    static func rowCount(_ module: Module) -> Int { firstWorksheetRow(module) + module.worksheets.count }

    /// Moves through the lessons, opens one or the module quiz, or goes back home.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        guard let module = context.library.module(moduleID) else {
            context.show(.home(HomeState()))
            return []
        }
        let count = Self.rowCount(module)
        switch input {
        case .key(let key):
            let page = ModulePageView.listRect(context.size, module: module, context: context).height
            switch ListKeys.apply(key, to: &selection, count: count, page: page) {
            case .chose(let index): return Self.open(module, row: index, context: &context)
            case .moved: return []
            case .ignored: break
            }
            if key == .escape || key == .backspace {
                context.show(.home(HomeState(selection: context.homeRows.firstIndex(of: .module(module.id)) ?? 0)))
            }
            return []
        case .mouse(.click, let point):
            let list = SelectList(ModulePageView.items(module, context), selected: selection)
            guard let index = list.item(at: point, in: ModulePageView.listRect(context.size, module: module, context: context)) else { return [] }
            selection = index
            return Self.open(module, row: index, context: &context)
        case .mouse(let action, _):
            _ = ListKeys.apply(action, to: &selection, count: count)
            return []
        case .result:
            return []
        }
    }

    /// Opens row `index` of `module`: a lesson, a rehearsal, or the module quiz after them.
    static func open(_ module: Module, row index: Int, context: inout ScreenContext) -> [Effect] {
        if index >= firstWorksheetRow(module), index - firstWorksheetRow(module) < module.worksheets.count {
            return WorksheetState.open(moduleID: module.id, sheetID: module.worksheets[index - firstWorksheetRow(module)].id,
                                       context: &context)
        }
        if index < module.lessons.count {
            return ReaderState.open(moduleID: module.id, lessonID: module.lessons[index].id, context: &context)
        }
        let scenarioRow = index - module.lessons.count
        if scenarioRow < module.scenarios.count {
            return ScenarioState.open(module.scenarios[scenarioRow], context: &context)
        }
        guard let quiz = module.quiz else { return [] }
        return QuizSession.start(quiz, moduleID: module.id, lessonID: nil, context: &context)
    }
}
