import TerminalKit

/// Typing a 4-digit PIN, the same on every screen that asks for one.
enum PINTyping {
    /// Applies a typing key to `digits`: a digit is added (at most four), Backspace takes one off.
    /// - Returns: whether `key` was a typing key.
    static func apply(_ key: Key, to digits: inout String) -> Bool {
        switch key {
        case .character(let c) where c.isNumber:
            if digits.count < 4 { digits.append(c) }
            return true
        case .backspace:
            if !digits.isEmpty { digits.removeLast() }
            return true
        default:
            return false
        }
    }

    /// The PIN as shown: a dot for each digit typed, a gap for each still to come (`● ● _ _`).
    static func dots(_ count: Int, glyphs: Glyphs = .narrow) -> String {
        String(repeating: glyphs.dot + " ", count: min(4, count)) + String(repeating: "_ ", count: max(0, 4 - count))
    }

    /// Draws `label` and the dots at (`x`, `y`), and puts the cursor after the last digit.
    static func render(label: String, count: Int, x: Int, y: Int, screen: inout Screen) {
        let start = screen.put(label, x: x, y: y, style: Theme.emphasis)
        screen.put(dots(count, glyphs: screen.glyphs), x: start, y: y, style: Theme.emphasis)
        screen.cursor = Point(x: start + min(4, count) * 2, y: y)
    }
}
