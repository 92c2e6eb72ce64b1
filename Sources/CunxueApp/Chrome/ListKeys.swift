import TerminalKit

/// The keys every list shares, the same on every screen: ↑↓ move the highlight, Home/End go to
/// the first and last row, PgUp/PgDn move a page, 1–9 choose that row, Enter chooses the
/// highlighted one; the mouse wheel moves the highlight.
enum ListKeys {
    /// What a key did to a list.
    enum Outcome: Equatable {
        /// Not a list key (the screen may give it another meaning).
        case ignored
        /// The highlight moved (or stayed at an end).
        case moved
        /// The row was chosen (it is highlighted too).
        case chose(Int)
    }

    /// Applies `key` to the highlighted row of a list.
    /// - Parameters:
    ///   - selection: the highlighted row, kept within the list.
    ///   - count: the rows of the list.
    ///   - page: the rows shown at once (how far PgUp/PgDn move).
    ///   - numbered: whether number keys choose rows (lists drawn with numbers beside the rows).
    /// - Returns: what the key did.
    static func apply(_ key: Key, to selection: inout Int, count: Int, page: Int, numbered: Bool = true) -> Outcome {
        let last = max(0, count - 1)
        switch key {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(last, selection + 1)
        case .home: selection = 0
        case .end: selection = last
        case .pageUp: selection = max(0, selection - max(1, page - 1))
        case .pageDown: selection = min(last, selection + max(1, page - 1))
        case .enter:
            guard selection < count else { return .moved }
            return .chose(selection)
        case .character(let c) where numbered && number(c) != nil:
            let index = (number(c) ?? 1) - 1
            guard index < count else { return .moved }
            selection = index
            return .chose(index)
        default:
            return .ignored
        }
        return .moved
    }

    /// Applies a turn of the mouse wheel to the highlighted row (a click is the screen's to place).
    /// - Returns: `.moved` for the wheel, `.ignored` for a click.
    static func apply(_ action: MouseAction, to selection: inout Int, count: Int) -> Outcome {
        switch action {
        case .wheelUp: selection = max(0, selection - 1)
        case .wheelDown: selection = min(max(0, count - 1), selection + 1)
        case .click: return .ignored
        }
        return .moved
    }

    /// The row a number key names: 1–9, nil for anything else.
    static func number(_ c: Character) -> Int? {
        guard let value = c.wholeNumberValue, (1...9).contains(value) else { return nil }
        return value
    }
}
