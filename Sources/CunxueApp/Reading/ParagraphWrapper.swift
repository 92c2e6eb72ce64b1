import TerminalKit

/// `LineWrapper.wrap`, without the work for a line that already fits.
///
/// Wrapping costs several microseconds a character in a debug build; most paragraphs on a wide
/// screen fit on one line, and those are returned as they are (which is what wrapping them
/// would give).
enum ParagraphWrapper {
    /// The line wrapped to `width` columns.
    static func wrap(_ line: StyledLine, width: Int, ambiguous: AmbiguousWidth = .narrow) -> [StyledLine] {
        if fits(line, width: width, ambiguous: ambiguous) { return [line] }
        return LineWrapper.wrap(line, width: width, ambiguous: ambiguous)
    }

    /// At least the line's display width, quickly: each scalar's width added (a grapheme is never
    /// wider than its scalars together), or `Int.max` when the line holds a line break.
    static func widthBound(_ line: StyledLine, ambiguous: AmbiguousWidth = .narrow) -> Int {
        var total = 0
        for span in line.spans {
            for scalar in span.text.unicodeScalars {
                if scalar == "\n" { return Int.max }
                total += DisplayWidth.of(scalar, ambiguous: ambiguous)
            }
        }
        return total
    }

    /// True when wrapping would surely change nothing: no line break, no trailing space
    /// (wrapping drops it), not wider than `width`.
    private static func fits(_ line: StyledLine, width: Int, ambiguous: AmbiguousWidth) -> Bool {
        guard widthBound(line, ambiguous: ambiguous) <= width else { return false }
        guard let last = line.spans.last(where: { !$0.text.isEmpty })?.text.unicodeScalars.last else { return true }
        return last != " " && last != "\t" && last != "\u{3000}"
    }
}
