/// What is sent to the terminal for one cell, so that it takes exactly the cell's columns on any
/// terminal and in ncurses' own bookkeeping (which counts with glibc's `wcwidth`).
///
/// Terminals disagree on emoji clusters (see `DisplayWidth`), and ncurses keeps at most one
/// spacing character per cell, so an emoji cluster is sent in a form they all draw alike:
/// - a flag: its two regional indicators, one column each (every terminal draws the pair in two);
/// - a ZWJ sequence: its first emoji (👨‍👩‍👧 → 👨), never the joiner (tmux joins whatever
///   follows a joiner into the same cell, shifting the rest of the line);
/// - a skin tone: the emoji without the modifier (👍🏽 → 👍: four columns in tmux and xterm);
/// - a VS16 sequence or keycap: without the selector (❤️ → ❤, 1️⃣ → 1⃣), then a space.
/// Any text glibc does not know (a newer emoji) or counts wider than the cell becomes `?`
/// (narrow) or `〓` (wide); one it counts narrower is followed by spaces.
public enum TerminalText {
    /// A piece of a cell: text for one ncurses cell, `offset` columns right of the cell.
    public struct Piece: Hashable, Sendable {
        /// Columns right of the cell's own.
        public var offset: Int
        /// One spacing scalar and zero-width ones after it.
        public var text: String
    }

    /// The pieces for a cell holding `text`, `width` columns wide on the screen.
    /// - Parameter systemWidth: glibc's `wcwidth` of a scalar (-1 for one it does not know).
    public static func pieces(for text: String, width: Int, systemWidth: (Unicode.Scalar) -> Int) -> [Piece] {
        let width = max(1, width)
        var parts = candidateParts(text)
        var widths = parts.map { part in part.unicodeScalars.first.map(systemWidth) ?? 1 }
        if parts.isEmpty || widths.contains(where: { $0 <= 0 }) || widths.reduce(0, +) > width {
            parts = [width == 2 ? "〓" : "?"]
            widths = [width]
        }
        var pieces: [Piece] = []
        var offset = 0
        for (part, partWidth) in zip(parts, widths) {
            pieces.append(Piece(offset: offset, text: part))
            offset += partWidth
        }
        while offset < width {
            pieces.append(Piece(offset: offset, text: " "))
            offset += 1
        }
        return pieces
    }

    /// The scalars of `text` worth sending, grouped one spacing scalar per part.
    private static func candidateParts(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let regional = scalars.filter { (0x1F1E6...0x1F1FF).contains($0.value) }
        if regional.count >= 2 { return regional.prefix(2).map { String($0) } }
        guard let base = scalars.first(where: { !dropped($0) }) ?? scalars.first else { return [] }
        var part = String(base)
        if let start = scalars.firstIndex(of: base) {
            for scalar in scalars[(start + 1)...] {
                // Stop at the next spacing scalar, or at a joiner: what follows it is dropped.
                if scalar.value == 0x200D || DisplayWidth.of(scalar) > 0 { break }
                if !dropped(scalar) { part.unicodeScalars.append(scalar) }
            }
        }
        return [String(part.unicodeScalars.prefix(5))]
    }

    /// Scalars never sent: the zero-width joiner, variation selectors, skin-tone modifiers.
    private static func dropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF: return true
        default: return false
        }
    }
}
