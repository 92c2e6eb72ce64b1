/// Answer boxes written so that they are no box: brackets from the input method (`【x】`, `［ ］`,
/// `〔x〕`), a full-width space or `×`/`√` inside, `[]`, or `[x]` with no space after it. Each turns
/// a single-choice or choose-all question into an ordering question (or an answer into a wrong
/// one) without a word, so the quiz parser reports them.
enum TaskBoxLookalike {
    /// A box as written and as it should be.
    struct Match: Equatable {
        /// The text as written, e.g. `【x】` or `[x]对`.
        var found: String
        /// What to write instead, e.g. `[x]` or `[x] 对`.
        var fix: String
        /// Whether the box meant "right" (`x`, `×`, `√`).
        var isChecked: Bool
    }

    private static let openings: Set<Character> = ["[", "【", "［", "〔", "〖"]
    private static let closings: Set<Character> = ["]", "】", "］", "〕", "〗"]
    private static let blanks: Set<Character> = [" ", "\u{3000}"]
    private static let ticks: Set<Character> = ["x", "X", "ｘ", "Ｘ", "×", "✕", "✓", "✔", "√"]

    /// The look-alike box at the start of an answer's text, if there is one.
    /// - Parameter text: the answer's text without formatting.
    static func match(_ text: String) -> Match? {
        let characters = Array(text.prefix(8))
        guard let first = characters.first, openings.contains(first) else { return nil }
        var index = 1
        var ticked = false
        while index < characters.count, !closings.contains(characters[index]) {
            let character = characters[index]
            if ticks.contains(character), !ticked {
                ticked = true
            } else if !blanks.contains(character) {
                return nil
            }
            index += 1
        }
        guard index < characters.count, index <= 4 else { return nil }
        let box = String(characters[0...index])
        let fix = ticked ? "[x]" : "[ ]"
        let following = index + 1 < characters.count ? characters[index + 1] : nil
        if box == fix || box == "[X]" {
            // A box cmark would take, were it followed by a space.
            guard let following, !blanks.contains(following) else { return nil }
            return Match(found: box + String(following), fix: fix + " " + String(following), isChecked: ticked)
        }
        return Match(found: box, fix: fix, isChecked: ticked)
    }

    /// The look-alike box of a list item without a real box, if it has one.
    static func match(_ item: ListItem) -> Match? {
        guard item.task == nil, let first = item.blocks.first, case .paragraph(let inlines) = first.kind else { return nil }
        return match(inlines.plainText)
    }

    /// The 1-based column of the box's first character on its source line (1 when not found).
    static func column(of match: Match, in line: Substring) -> Int {
        guard let opening = match.found.first else { return 1 }
        var column = 1
        var seenMarker = false
        for character in line {
            // Skip the list marker (`1.`, `-`), then find the opening bracket.
            if character == opening, seenMarker { return column }
            if !character.isWhitespace { seenMarker = true }
            column += character.unicodeScalars.count
        }
        return 1
    }
}
