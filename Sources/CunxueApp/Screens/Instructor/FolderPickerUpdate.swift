import LessonKit
import TerminalKit

extension FolderPickerState {
    /// Applies a key: ↑↓ (and the other list keys) move, Enter opens a folder or imports the
    /// one shown, Backspace or ← goes up a level, T types a path, R looks for sticks again, Esc
    /// leaves.
    /// - Parameter page: rows in a page (PgUp/PgDn).
    mutating func apply(_ key: Key, page: Int) -> Action {
        switch key {
        case .escape: return .close
        case .character("t"), .character("T"): return .type
        case .character("r"), .character("R"): return .list(path)
        case .backspace, .left:
            guard path != nil else { return .close }
            return goUp()
        default: break
        }
        let rows = self.rows
        guard !isLoading, !rows.isEmpty else { return .none }
        switch ListKeys.apply(key, to: &selection, count: rows.count, page: page, numbered: false) {
        case .chose(let index):
            switch rows[index] {
            case .useThis: return path.map(Action.use) ?? .none
            case .folder(let name): return open(name)
            }
        case .moved, .ignored: return .none
        }
    }

    /// Shows `listing` if it is the folder awaited; a folder that could not be read goes back to
    /// the list of sticks.
    /// - Returns: the listing to ask for next (nil when none).
    mutating func show(_ listing: FolderListing) -> Action {
        guard listing.path == path else { return .none }
        if listing.failed, path != nil {
            path = nil
            stick = nil
            self.listing = nil
            selection = 0
            return .list(nil)
        }
        self.listing = listing
        if let pending = pendingSelection, let index = rows.firstIndex(of: .folder(pending)) { selection = index }
        pendingSelection = nil
        selection = min(selection, max(0, rows.count - 1))
        return .none
    }

    private mutating func open(_ name: String) -> Action {
        if path == nil {
            stick = name
            path = name
        } else if let path {
            self.path = path + "/" + name
        }
        selection = 0
        listing = nil
        return .list(path)
    }

    private mutating func goUp() -> Action {
        let from = path.map(ScalarText.lastPathComponent)
        let wasStick = path == stick
        let stickPath = stick
        path = parent
        if path == nil { stick = nil }
        listing = nil
        // Come back to the row of the folder just left (chosen when the listing arrives).
        pendingSelection = wasStick ? stickPath : from
        selection = 0
        return .list(path)
    }
}
