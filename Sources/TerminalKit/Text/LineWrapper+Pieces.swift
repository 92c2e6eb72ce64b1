extension LineWrapper {
    /// The width of the widest piece of `text` that `wrap` keeps on one line when it can: the
    /// narrowest width at which wrapping never has to cut a Latin word or separate a
    /// punctuation mark from its neighbour. Table layouts use it as a column's minimum.
    ///
    /// Pieces are cut where `wrap` may break (the same rule); trailing spaces of a piece do not
    /// count (they are dropped at a break); `\n` separates paragraphs, as in `wrap`.
    /// - Returns: the width in columns, 0 for empty or blank text.
    public static func widestPiece(of text: String, ambiguous: AmbiguousWidth = .narrow) -> Int {
        var widest = 0
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var previous: Glyph?
            var used = 0      // columns of the current piece so far
            var content = 0   // columns up to its last non-space glyph
            for character in paragraph {
                let glyph = Glyph(character: character, style: .plain, ambiguous: ambiguous)
                if let previous, canBreak(between: previous, and: glyph) {
                    widest = max(widest, content)
                    used = 0
                    content = 0
                }
                used += glyph.width
                if !glyph.isSpace { content = used }
                previous = glyph
            }
            widest = max(widest, content)
        }
        return widest
    }

    /// `widestPiece(of:)` for many texts.
    /// - Returns: one width per text, in order.
    public static func widestPieces(of texts: [String], ambiguous: AmbiguousWidth = .narrow) -> [Int] {
        texts.map { widestPiece(of: $0, ambiguous: ambiguous) }
    }
}
