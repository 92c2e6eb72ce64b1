/// Wraps mixed Chinese and Latin text to a width in columns.
///
/// Lines break between CJK characters and between Latin words, never inside a Latin word unless
/// the word is longer than the line. No line starts with closing punctuation (`，。、）」` …) or
/// with a `/` that follows a word, and none ends with opening punctuation (`（「《` …): such a
/// mark travels with its neighbour.
/// Spaces where a line breaks are dropped; `\n` always breaks. Widths count East Asian ambiguous
/// characters (“ … —) as the terminal draws them (`ambiguous`: one column, or two).
public enum LineWrapper {
    /// Wraps plain text.
    /// - Returns: the lines, at least one (empty input gives one empty line).
    public static func wrap(_ text: String, width: Int, ambiguous: AmbiguousWidth = .narrow) -> [String] {
        wrap(StyledLine(text), width: width, ambiguous: ambiguous).map(\.text)
    }

    /// Wraps styled text, keeping each grapheme's style.
    public static func wrap(_ line: StyledLine, width: Int, ambiguous: AmbiguousWidth = .narrow) -> [StyledLine] {
        let width = max(1, width)
        var result: [StyledLine] = []
        var paragraph: [Glyph] = []
        for span in line.spans {
            for character in span.text {
                if character == "\n" || character == "\r\n" {
                    result += wrapParagraph(paragraph, width: width)
                    paragraph.removeAll(keepingCapacity: true)
                } else {
                    paragraph.append(Glyph(character: character, style: span.style, ambiguous: ambiguous))
                }
            }
        }
        result += wrapParagraph(paragraph, width: width)
        return result
    }

    /// Cuts `text` to at most `width` columns, ending with `…` when anything was cut.
    public static func truncate(_ text: String, width: Int, ambiguous: AmbiguousWidth = .narrow) -> String {
        truncate(StyledLine(text), width: width, ambiguous: ambiguous).text
    }

    /// Cuts a styled line to at most `width` columns, ending with `…` when anything was cut (`…`
    /// takes two columns when the terminal draws ambiguous characters wide).
    public static func truncate(_ line: StyledLine, width: Int, ambiguous: AmbiguousWidth = .narrow) -> StyledLine {
        guard width > 0 else { return StyledLine() }
        if line.width(ambiguous: ambiguous) <= width { return line }
        let ellipsis = DisplayWidth.of("…" as Character, ambiguous: ambiguous)
        guard width >= ellipsis else { return StyledLine(String(repeating: ".", count: width)) }
        var spans: [Span] = []
        var used = 0
        var lastStyle = Style.plain
        outer: for span in line.spans {
            var kept = ""
            for character in span.text {
                let w = DisplayWidth.of(character, ambiguous: ambiguous)
                if used + w > width - ellipsis { spans.append(Span(kept, style: span.style)); lastStyle = span.style; break outer }
                kept.append(character)
                used += w
            }
            spans.append(Span(kept, style: span.style))
            lastStyle = span.style
        }
        spans.append(Span("…", style: lastStyle))
        return StyledLine(spans.filter { !$0.text.isEmpty })
    }

    // MARK: - Breaking

    /// A grapheme with what breaking needs to know about it, worked out once.
    struct Glyph {
        var character: Character
        var style: Style
        var width: Int
        var isSpace: Bool
        var isWide: Bool
        var isClosing: Bool
        var isOpening: Bool
        /// `/` or `／`.
        var isSolidus: Bool

        init(character: Character, style: Style, ambiguous: AmbiguousWidth = .narrow) {
            self.character = character
            self.style = style
            isSolidus = character == "/" || character == "／"
            if character.isASCII {
                // The common case, without set lookups or scalar tables.
                let byte = character.asciiValue ?? 0
                width = byte < 0x20 || byte == 0x7F ? 0 : 1
                isSpace = byte == 0x20 || byte == 0x09
                isWide = false
                isClosing = LineWrapper.asciiClosing.contains(byte)
                isOpening = LineWrapper.asciiOpening.contains(byte)
            } else {
                width = DisplayWidth.of(character, ambiguous: ambiguous)
                isSpace = character == "\u{3000}"
                isWide = character.unicodeScalars.first.map { DisplayWidth.of($0) == 2 } ?? false
                isClosing = LineWrapper.closing.contains(character)
                isOpening = LineWrapper.opening.contains(character)
            }
        }
    }

    private static let closing: Set<Character> = Set("，。、；：！？）」』》〉】〕｝］〗〙〛’”…·・—～％‰〃々〜ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ")
    private static let opening: Set<Character> = Set("（「『《〈【〔｛［〖〘〚‘“￥")
    private static let asciiClosing: Set<UInt8> = Set(",.;:!?)]}%'\"".utf8)
    private static let asciiOpening: Set<UInt8> = Set("([{$".utf8)

    /// Whether a line may break between `a` and `b`.
    static func canBreak(between a: Glyph, and b: Glyph) -> Bool {
        if b.isSpace { return false }  // breaks happen after spaces, never before them
        if b.isClosing { return false }
        // No break before a solidus after a word (UAX #14, LB13): “通过/试过” keeps its `/` with
        // 通过. After punctuation it may (“看：/tmp/…” breaks before the path).
        if b.isSolidus && !a.isClosing { return false }
        if a.isOpening { return false }
        if a.isSpace { return true }
        return a.isWide || b.isWide
    }

    private static func wrapParagraph(_ glyphs: [Glyph], width: Int) -> [StyledLine] {
        guard !glyphs.isEmpty else { return [StyledLine()] }
        // Split into unbreakable segments.
        var segments: [ArraySlice<Glyph>] = []
        var start = 0
        for i in 1..<max(1, glyphs.count) where canBreak(between: glyphs[i - 1], and: glyphs[i]) {
            segments.append(glyphs[start..<i])
            start = i
        }
        segments.append(glyphs[start..<glyphs.count])

        var lines: [[Glyph]] = []
        var current: [Glyph] = []
        var used = 0
        func finishLine() {
            while let last = current.last, last.isSpace { current.removeLast() }
            lines.append(current)
            current = []
            used = 0
        }
        for segment in segments {
            let content = segment.reversed().drop(while: \.isSpace).reversed()
            let contentWidth = content.reduce(0) { $0 + $1.width }
            if used + contentWidth <= width {
                current += segment
                used += segment.reduce(0) { $0 + $1.width }
                continue
            }
            if !current.isEmpty { finishLine() }
            // A continuation line drops its leading spaces; the first line keeps its indentation.
            let pieces = lines.isEmpty && current.isEmpty ? Array(segment) : Array(segment.drop(while: \.isSpace))
            for glyph in pieces {
                let w = glyph.width
                if used + w > width && !(glyph.isSpace) {
                    if !current.isEmpty { finishLine() }
                }
                if glyph.isSpace && used + w > width { continue }
                current.append(glyph)
                used += w
            }
        }
        finishLine()
        return lines.map(makeLine)
    }

    private static func makeLine(_ glyphs: [Glyph]) -> StyledLine {
        var spans: [Span] = []
        for glyph in glyphs {
            if let last = spans.last, last.style == glyph.style {
                spans[spans.count - 1].text.append(glyph.character)
            } else {
                spans.append(Span(String(glyph.character), style: glyph.style))
            }
        }
        return StyledLine(spans)
    }
}
