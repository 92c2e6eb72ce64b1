extension LineWrapper {
    /// The width of the widest piece of `text` that `wrap` keeps on one line when it can: the
    /// narrowest width at which wrapping never has to cut a Latin word or separate a
    /// punctuation mark from its neighbour. Table layouts use it as a column's minimum.
    ///
    /// Trailing spaces of a piece do not count (they are dropped at a break); `\n` separates
    /// paragraphs, as in `wrap`.
    /// - Returns: the width in columns, 0 for empty or blank text.
    public static func widestPiece(of text: String) -> Int {
        widestPieces(of: [text])[0]
    }

    /// `widestPiece(of:)` for many texts at once (cheaper than one call each).
    /// - Returns: one width per text, in order.
    public static func widestPieces(of texts: [String]) -> [Int] {
        var oracle = BreakOracle()
        let paragraphs = texts.map { text in
            text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                .map(Array.init)
        }
        for glyphs in paragraphs.joined() where glyphs.count > 1 {
            for i in 1..<glyphs.count { oracle.note(glyphs[i - 1], glyphs[i]) }
        }
        oracle.resolve()
        return paragraphs.map { texts in
            texts.reduce(0) { max($0, widestPiece(in: $1, oracle: oracle)) }
        }
    }

    private static func widestPiece(in glyphs: [Character], oracle: BreakOracle) -> Int {
        var widest = 0
        var used = 0      // columns of the current piece so far
        var content = 0   // columns up to its last non-space glyph
        for (i, glyph) in glyphs.enumerated() {
            if i > 0, oracle.canBreak(glyphs[i - 1], glyph) {
                widest = max(widest, content)
                used = 0
                content = 0
            }
            used += DisplayWidth.of(glyph)
            if !isBreakSpace(glyph) { content = used }
        }
        return max(widest, content)
    }

    /// The characters `wrap` treats as spaces: it breaks after them and drops them at a break.
    private static func isBreakSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{3000}"
    }

    /// Answers "may `wrap` break between these two characters?" by asking `wrap` itself, so the
    /// answers always follow its rules.
    ///
    /// A probe is `中中` + a + b wrapped to 4 + width(a) columns: where a break between a and b
    /// is allowed the second line is b alone; where it is not, `wrap` has to move a (and maybe
    /// the `中` it clings to) down with b. Probes of one width are wrapped together as the
    /// paragraphs of one text.
    private struct BreakOracle {
        private struct Pair: Hashable {
            var a: Character
            var b: Character
        }

        private var pending: [Int: [Pair]] = [:]
        private var seen: Set<Pair> = []
        private var allowed: Set<Pair> = []

        /// Records that the answer for `a` followed by `b` will be needed.
        mutating func note(_ a: Character, _ b: Character) {
            guard needsProbe(a, b) else { return }
            let pair = Pair(a: a, b: b)
            guard seen.insert(pair).inserted else { return }
            pending[DisplayWidth.of(a), default: []].append(pair)
        }

        /// Runs the probes for every pair noted.
        mutating func resolve() {
            for (widthOfA, pairs) in pending {
                let width = 4 + widthOfA
                let text = pairs.map { "中中" + String($0.a) + String($0.b) }.joined(separator: "\n")
                let lines = LineWrapper.wrap(text, width: width)
                if lines.count == 2 * pairs.count {
                    for (index, pair) in pairs.enumerated() where lines[2 * index + 1] == String(pair.b) {
                        allowed.insert(pair)
                    }
                } else {
                    // A probe wrapped to other than two lines: ask one at a time.
                    for pair in pairs {
                        let lines = LineWrapper.wrap("中中" + String(pair.a) + String(pair.b), width: width)
                        if lines.count == 2, lines[1] == String(pair.b) { allowed.insert(pair) }
                    }
                }
            }
            pending = [:]
        }

        /// Whether a line may break between `a` and `b` (after `resolve`).
        func canBreak(_ a: Character, _ b: Character) -> Bool {
            needsProbe(a, b) && allowed.contains(Pair(a: a, b: b))
        }

        /// False where the answer is known without asking: never before a space or a
        /// zero-width character, never inside a run of narrow characters (a Latin word).
        private func needsProbe(_ a: Character, _ b: Character) -> Bool {
            if LineWrapper.isBreakSpace(b) { return false }
            let widthOfB = DisplayWidth.of(b)
            guard widthOfB > 0 else { return false }
            if LineWrapper.isBreakSpace(a) { return true }
            return widthOfB == 2 || DisplayWidth.of(a) == 2
        }
    }
}
