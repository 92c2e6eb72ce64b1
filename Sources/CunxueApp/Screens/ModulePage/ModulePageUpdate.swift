import LessonKit
import ProgressKit
import TerminalKit

extension AppState {
    /// Rows of a module page: one per lesson, then the module quiz if there is one.
    func moduleRowCount(_ module: Module) -> Int { module.lessons.count + (module.quiz == nil ? 0 : 1) }

    mutating func handleModuleKey(_ key: Key, _ page: ModulePageState) -> [Effect] {
        guard let module = library.module(page.moduleID) else { route = .home(HomeState()); return [] }
        var page = page
        let count = moduleRowCount(module)
        switch key {
        case .up: page.selection = max(0, page.selection - 1)
        case .down: page.selection = min(max(0, count - 1), page.selection + 1)
        case .home: page.selection = 0
        case .end: page.selection = max(0, count - 1)
        case .character(let c) where c.wholeNumberValue.map { (1...9).contains($0) } ?? false:
            let index = (c.wholeNumberValue ?? 1) - 1
            guard index < count else { break }
            page.selection = index
            route = .module(page)
            return openModuleRow(module, index)
        case .enter:
            guard page.selection < count else { break }
            route = .module(page)
            return openModuleRow(module, page.selection)
        case .escape, .backspace:
            route = .home(HomeState(selection: homeRows.firstIndex(of: .module(module.id)) ?? 0))
            return []
        default: break
        }
        route = .module(page)
        return []
    }

    mutating func handleModuleMouse(_ action: MouseAction, at point: Point, _ page: ModulePageState) -> [Effect] {
        guard let module = library.module(page.moduleID) else { return [] }
        var page = page
        let count = moduleRowCount(module)
        switch action {
        case .click:
            let list = SelectList(ModulePageView.items(module, self), selected: page.selection)
            guard let index = list.item(at: point, in: ModulePageView.listRect(size, module: module, state: self)) else { return [] }
            page.selection = index
            route = .module(page)
            return openModuleRow(module, index)
        case .wheelUp: page.selection = max(0, page.selection - 1)
        case .wheelDown: page.selection = min(max(0, count - 1), page.selection + 1)
        }
        route = .module(page)
        return []
    }

    mutating func openModuleRow(_ module: Module, _ index: Int) -> [Effect] {
        if index < module.lessons.count { return openLesson(moduleID: module.id, lessonID: module.lessons[index].id) }
        guard let quiz = module.quiz else { return [] }
        return startQuiz(quiz, moduleID: module.id, lessonID: nil)
    }
}
