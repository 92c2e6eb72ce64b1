/// The text of one cell and the columns it takes.
public struct CellText: Hashable, Sendable {
    /// One spacing scalar and the zero-width ones after it, or a whole emoji cluster.
    public var text: String
    /// Columns: 1 or 2 (0 only for zero-width scalars with nothing before them).
    public var width: Int
}

extension DisplayWidth {
    /// Whether `character` is an emoji cluster that terminals draw in different widths: a flag
    /// (two regional indicators), or a cluster with a variation selector 16 (emoji
    /// presentation), a skin-tone modifier, or a zero-width joiner next to a pictograph.
    public static func isEmojiCluster(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count > 1 else { return false }
        var regionalIndicators = 0
        var pictograph = false
        var joiner = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F, 0x1F3FB...0x1F3FF: return true
            case 0x1F1E6...0x1F1FF: regionalIndicators += 1
            case 0x200D: joiner = true
            default: if scalar.value >= 0xA9 && scalar.properties.isEmoji { pictograph = true }
            }
        }
        return regionalIndicators >= 2 || (joiner && pictograph)
    }

    /// How `character` fills cells: an emoji cluster in one cell two columns wide; any other
    /// cluster in one cell per spacing scalar, each with the zero-width scalars after it (as every
    /// terminal lays out a base and its combining marks, or a spacing mark after its base).
    /// - Parameter ambiguous: how the terminal draws East Asian ambiguous characters.
    public static func cells(of character: Character, ambiguous: AmbiguousWidth = .narrow) -> [CellText] {
        if isEmojiCluster(character) { return [CellText(text: String(character), width: 2)] }
        var cells: [CellText] = []
        for scalar in character.unicodeScalars {
            let width = of(scalar, ambiguous: ambiguous)
            if width > 0 || cells.isEmpty {
                cells.append(CellText(text: String(scalar), width: width))
            } else {
                cells[cells.count - 1].text.unicodeScalars.append(scalar)
            }
        }
        return cells
    }
}
