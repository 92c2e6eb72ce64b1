import LessonKit
import TerminalKit

/// Lays a lesson's Document out as styled lines for the terminal.
///
/// Every line is at most `width` display columns; blocks are separated by one blank line. How
/// each construct looks (see also `ReadingStyle`):
///
/// - headings: levels 1–2 bold, underlined and coloured, levels 3–6 bold;
/// - lists: bullets `•`, `◦`, `▪` by nesting depth, numbers right-aligned (` 9.`, `10.`), task
///   boxes `[✓]` and `[ ]` (in place of a bullet, after a number), wrapped lines hanging under
///   the text, nested lists indented by their parent's marker;
/// - block quotes: a dim `│ ` in front of every line, once for each level;
/// - code blocks: indented by two, never wrapped, tabs expanded to stops of four, a line too
///   long for the screen cut and ended with `…`;
/// - a thematic break: a line of `─` across the width;
/// - tables: see `TableLayout`;
/// - raw HTML: dim text, line by line.
///
/// Where the terminal draws ambiguous characters wide (`ambiguous`), widths count them as two
/// columns and bullets, quote bars and rules come from the wide set of `Glyphs`.
public struct DocumentRenderer: Sendable {
    private let styler: InlineStyler
    private let ambiguous: AmbiguousWidth

    /// Creates a renderer.
    /// - Parameter imageLabel: the word shown for an image, `[图片: alt]`: "图片" in Chinese,
    ///   "Image" in English.
    /// - Parameter ambiguous: how the terminal draws East Asian ambiguous characters.
    public init(imageLabel: String, ambiguous: AmbiguousWidth = .narrow) {
        self.styler = InlineStyler(imageLabel: VisibleText.inline(imageLabel))
        self.ambiguous = ambiguous
    }

    private var glyphs: Glyphs { Glyphs.for(ambiguous) }

    /// Lays a document out.
    /// - Parameters:
    ///   - document: the lesson body (or a module's introduction).
    ///   - width: the columns available; nothing is drawn below 1.
    /// - Returns: the lines, none wider than `width`, no blank line first or last.
    public func render(_ document: Document, width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var lines = blocks(document.blocks, width: width, listDepth: 0, separated: true)[...]
        while lines.first?.width == 0 { lines.removeFirst() }
        while lines.last?.width == 0 { lines.removeLast() }
        return fitted(Array(lines), width: width)
    }

    /// Lays a run of inlines out as a wrapped paragraph (question text, answers, comments).
    /// - Parameters:
    ///   - inlines: the text.
    ///   - width: the columns available; nothing is drawn below 1.
    /// - Returns: the lines, none wider than `width`.
    public func render(_ inlines: [Inline], width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        return fitted(ParagraphWrapper.wrap(styler.line(inlines), width: width, ambiguous: ambiguous), width: width)
    }

    // MARK: - Blocks

    /// Blocks one after another, with a blank line between them when `separated`.
    private func blocks(_ blocks: [Block], width: Int, listDepth: Int, separated: Bool) -> [StyledLine] {
        var lines: [StyledLine] = []
        for block in blocks {
            let rendered = self.block(block, width: width, listDepth: listDepth)
            if rendered.isEmpty { continue }
            if separated && !lines.isEmpty { lines.append(StyledLine()) }
            lines += rendered
        }
        return lines
    }

    private func block(_ block: Block, width: Int, listDepth: Int) -> [StyledLine] {
        switch block.kind {
        case .heading(let level, let content):
            let style = level <= 2 ? ReadingStyle.majorHeading : ReadingStyle.minorHeading
            return ParagraphWrapper.wrap(styler.line(content, base: style), width: width, ambiguous: ambiguous)
        case .paragraph(let content):
            return ParagraphWrapper.wrap(styler.line(content), width: width, ambiguous: ambiguous)
        case .list(let list):
            return self.list(list, width: width, depth: listDepth + 1)
        case .blockQuote(let quoted):
            return quote(quoted, width: width, listDepth: listDepth)
        case .codeBlock(_, let text):
            return code(text, width: width)
        case .thematicBreak:
            return [StyledLine(String(repeating: glyphs.horizontal, count: width), style: ReadingStyle.rule)]
        case .table(let table):
            return TableLayout(styler: styler, ambiguous: ambiguous).render(table, width: width)
        case .htmlBlock(let html):
            return VisibleText.lines(html).flatMap { line in
                ParagraphWrapper.wrap(StyledLine(VisibleText.inline(String(line)), style: ReadingStyle.html), width: width,
                                      ambiguous: ambiguous)
            }
        }
    }

    // MARK: - Lists

    /// The narrowest text beside a marker or quote bar (one CJK character); below it the
    /// indentation is given up rather than the text.
    private static let narrowestText = 2

    private func list(_ list: ListBlock, width: Int, depth: Int) -> [StyledLine] {
        let last = list.start + max(0, list.items.count - 1)
        let numberWidth = max(String(list.start).count, String(last).count)
        var lines: [StyledLine] = []
        for (index, item) in list.items.enumerated() {
            var marker: [Span] = []
            if list.isOrdered {
                let number = String(list.start + index)
                marker.append(Span(String(repeating: " ", count: numberWidth - number.count) + number + ". "))
            } else if item.task == nil {
                marker.append(Span(bullet(depth: depth) + " "))
            }
            switch item.task {
            case .checked?: marker += [Span("[" + glyphs.check + "]", style: ReadingStyle.checkedBox), Span(" ")]
            case .unchecked?: marker.append(Span("[ ] "))
            case nil: break
            }
            if !list.isTight && index > 0 { lines.append(StyledLine()) }
            lines += hanging(marker: StyledLine(marker), width: width) { textWidth in
                blocks(item.blocks, width: textWidth, listDepth: depth, separated: !list.isTight)
            }
        }
        return lines
    }

    private func bullet(depth: Int) -> String {
        glyphs.bullets[min(max(depth, 1), glyphs.bullets.count) - 1]
    }

    /// The content laid out beside `marker`, later lines indented to hang under the text. When
    /// the width leaves too little room beside the marker, the marker takes a line of its own.
    private func hanging(marker: StyledLine, width: Int, content: (Int) -> [StyledLine]) -> [StyledLine] {
        let indent = marker.width(ambiguous: ambiguous)
        guard width - indent >= Self.narrowestText else {
            return [LineWrapper.truncate(marker, width: width, ambiguous: ambiguous)] + content(width)
        }
        let body = content(width - indent)
        guard let first = body.first else { return [marker] }
        let padding = Span(String(repeating: " ", count: indent))
        return [first.prefixed(by: marker.spans)] + body.dropFirst().map { line in
            line.spans.isEmpty ? line : line.prefixed(by: [padding])
        }
    }

    // MARK: - Quotes and code

    private func quote(_ quoted: [Block], width: Int, listDepth: Int) -> [StyledLine] {
        let barWidth = 2
        guard width - barWidth >= Self.narrowestText else {
            return blocks(quoted, width: width, listDepth: listDepth, separated: true)
        }
        let bar = Span(glyphs.quoteBar + " ", style: ReadingStyle.quoteBar)
        let emptyBar = Span(glyphs.quoteBar, style: ReadingStyle.quoteBar)
        return blocks(quoted, width: width - barWidth, listDepth: listDepth, separated: true).map { line in
            line.spans.isEmpty ? StyledLine([emptyBar]) : line.prefixed(by: [bar])
        }
    }

    private func code(_ text: String, width: Int) -> [StyledLine] {
        let indent = width - 2 >= Self.narrowestText ? 2 : 0
        let room = width - indent
        let padding = String(repeating: " ", count: indent)
        let lines = VisibleText.lines(text)
        guard lines.contains(where: { !$0.isEmpty }) else { return [] }
        return lines.map { source in
            let line = VisibleText.codeLine(source)
            if line.isEmpty { return StyledLine() }
            let cut = LineWrapper.truncate(StyledLine(line, style: ReadingStyle.codeBlock), width: room, ambiguous: ambiguous)
            return indent > 0 ? cut.prefixed(by: [Span(padding)]) : cut
        }
    }

    // MARK: - Safety

    /// The lines with any that is still too wide cut to `width` (defence in depth: the layout
    /// above never makes one).
    private func fitted(_ lines: [StyledLine], width: Int) -> [StyledLine] {
        lines.map { line in
            ParagraphWrapper.widthBound(line, ambiguous: ambiguous) <= width || line.width(ambiguous: ambiguous) <= width
                ? line : LineWrapper.truncate(line, width: width, ambiguous: ambiguous)
        }
    }
}
