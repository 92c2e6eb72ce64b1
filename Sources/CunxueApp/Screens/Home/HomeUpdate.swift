import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension AppState {
    mutating func handleHomeKey(_ key: Key, _ home: HomeState) -> [Effect] {
        var home = home
        let rows = homeRows
        switch key {
        case .up: home.selection = max(0, home.selection - 1)
        case .down: home.selection = min(max(0, rows.count - 1), home.selection + 1)
        case .home: home.selection = 0
        case .end: home.selection = max(0, rows.count - 1)
        case .character(let c) where c.wholeNumberValue.map { (1...9).contains($0) } ?? false:
            let index = (c.wholeNumberValue ?? 1) - 1
            guard index < rows.count else { break }
            home.selection = index
            route = .home(home)
            return openHomeRow(rows[index])
        case .enter:
            guard home.selection < rows.count else { break }
            route = .home(home)
            return openHomeRow(rows[home.selection])
        case .escape, .character("q"), .character("Q"):
            return signOut()
        default: break
        }
        route = .home(home)
        return []
    }

    mutating func handleHomeMouse(_ action: MouseAction, at point: Point, _ home: HomeState) -> [Effect] {
        var home = home
        let rows = homeRows
        switch action {
        case .click:
            guard let index = HomeView.rowIndex(at: point, state: self) else { return [] }
            home.selection = index
            route = .home(home)
            return openHomeRow(rows[index])
        case .wheelUp: home.selection = max(0, home.selection - 1)
        case .wheelDown: home.selection = min(max(0, rows.count - 1), home.selection + 1)
        }
        route = .home(home)
        return []
    }

    mutating func openHomeRow(_ row: HomeRow) -> [Effect] {
        switch row {
        case .resume(let moduleID, let lessonID):
            guard let lessonID else { route = .module(ModulePageState(moduleID: moduleID)); return [] }
            return openLesson(moduleID: moduleID, lessonID: lessonID)
        case .review:
            return startReview()
        case .module(let id):
            route = .module(ModulePageState(moduleID: id))
            return []
        }
    }
}
