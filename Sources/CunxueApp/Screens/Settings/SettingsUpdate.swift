import ProgressKit
import TerminalKit

extension SettingsState: ScreenState {
    /// `1` or Enter on the first row turns reading on opening on or off; `2` or Enter on the
    /// second goes to the next speed, ← and → to a slower or faster one; Esc goes back home.
    /// Every change is saved at once.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        let count = Row.allCases.count
        switch input {
        case .key(.escape), .key(.backspace):
            context.show(.home(HomeState(selection: homeSelection)))
            return []
        case .key(.left), .key(.right):
            guard Row(rawValue: selection) == .speed else { return [] }
            return changeSpeed(faster: input == .key(.right), context: &context)
        case .key(let key):
            guard case .chose(let index) = ListKeys.apply(key, to: &selection, count: count, page: count),
                  let row = Row(rawValue: index) else { return [] }
            return change(row, context: &context)
        case .mouse(.click, let point):
            guard let index = SettingsView.rowIndex(at: point, context: context), let row = Row(rawValue: index) else { return [] }
            selection = index
            return change(row, context: &context)
        case .mouse(let action, _):
            _ = ListKeys.apply(action, to: &selection, count: count)
            return []
        case .result:
            return []
        }
    }

    /// Changes `row`'s setting: reading on opening on or off, or the next speed.
    private func change(_ row: Row, context: inout ScreenContext) -> [Effect] {
        context.changeRecord { record in
            switch row {
            case .autoRead: record.learner.settings.readsAloudOnOpen.toggle()
            case .speed: record.learner.settings.speechSpeed = record.learner.settings.speechSpeed.next
            }
        }
    }

    /// One speed slower or faster, stopping at the ends.
    private func changeSpeed(faster: Bool, context: inout ScreenContext) -> [Effect] {
        let all = LearnerSettings.SpeechSpeed.allCases
        let speed = Self.settings(context).speechSpeed
        guard let at = all.firstIndex(of: speed) else { return [] }
        let next = faster ? min(all.count - 1, at + 1) : max(0, at - 1)
        guard next != at else { return [] }
        return context.changeRecord { $0.learner.settings.speechSpeed = all[next] }
    }
}
