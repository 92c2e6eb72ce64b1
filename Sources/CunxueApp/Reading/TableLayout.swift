import LessonKit
import TerminalKit

/// Lays a GitHub table out as a box-drawing grid whose columns are sized by display width, so
/// Chinese columns line up exactly.
///
/// Columns take their natural widths when the table fits. Otherwise the widest columns give way
/// first (the narrow ones keep their natural width), no column narrower than its longest
/// unbreakable piece, and text wraps inside its cell; the grid never breaks and no line is wider
/// than the screen. When the columns cannot all hold their longest pieces (a narrow screen), the
/// table is shown row by row as `header: value` lines rather than cutting words.
struct TableLayout: Sendable {
    /// Styles the cells' inlines.
    var styler: InlineStyler
    /// How the terminal draws ambiguous characters: cell widths count them so, and the grid is
    /// drawn with `Glyphs.for(ambiguous)` (`┌─┬┐`, or `+-+` where they are drawn wide).
    var ambiguous: AmbiguousWidth = .narrow

    /// Pieces up to this wide (words, numbers, a CJK character with its punctuation) are never
    /// cut inside a grid: when the columns cannot all hold theirs, the table is shown as
    /// `header: value` lines instead. Longer pieces (an address) are cut, as in a paragraph.
    private static let longestKeptPiece = 16

    /// The table's lines for `width` columns.
    func render(_ table: Table, width: Int) -> [StyledLine] {
        let columnCount = max(table.alignments.count, table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0, width > 0 else { return [] }
        let rows: [[StyledLine]] = ([table.header] + table.rows).enumerated().map { index, row in
            (0..<columnCount).map { column in
                column < row.count
                    ? styler.line(row[column].content, base: index == 0 ? ReadingStyle.tableHeader : .plain)
                    : StyledLine()
            }
        }
        let alignments = (0..<columnCount).map { $0 < table.alignments.count ? table.alignments[$0] : .none }
        guard let widths = columnWidths(rows, width: width) else {
            return stacked(rows, width: width)
        }
        return grid(rows, widths: widths, alignments: alignments)
    }

    // MARK: - Column widths

    /// The content width of each column, or nil when no grid fits in `width`.
    private func columnWidths(_ rows: [[StyledLine]], width: Int) -> [Int]? {
        let columnCount = rows[0].count
        let available = width - (3 * columnCount + 1)
        var natural = Array(repeating: 1, count: columnCount)
        for row in rows {
            for (column, cell) in row.enumerated() {
                for line in cell.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    natural[column] = max(natural[column], DisplayWidth.of(line, ambiguous: ambiguous))
                }
            }
        }
        if natural.reduce(0, +) <= available { return natural }

        let pieces = LineWrapper.widestPieces(of: rows.flatMap { $0.map(\.text) }, ambiguous: ambiguous)
        var minimum = Array(repeating: 1, count: columnCount)
        for (index, piece) in pieces.enumerated() {
            let column = index % columnCount
            minimum[column] = max(minimum[column], min(piece, natural[column], Self.longestKeptPiece))
        }
        guard minimum.reduce(0, +) <= available else { return nil }
        return Self.share(available, lower: minimum, upper: natural)
    }

    /// Widths between `lower` and `upper` that add up to `budget` (`lower` adds up to no more):
    /// every column gets `min(upper, max(lower, cap))` for the largest common cap that fits, so
    /// the widest columns give way first and narrow ones keep their natural width. What is left
    /// over first completes columns it can bring to their natural width (nearest first), then
    /// widens the columns furthest from theirs.
    private static func share(_ budget: Int, lower: [Int], upper: [Int]) -> [Int] {
        func widths(cap: Int) -> [Int] {
            zip(lower, upper).map { low, high in min(high, max(low, cap)) }
        }
        var low = 0, high = upper.max() ?? 0
        while low < high {
            let cap = (low + high + 1) / 2
            if widths(cap: cap).reduce(0, +) <= budget { low = cap } else { high = cap - 1 }
        }
        var result = widths(cap: low)
        var left = budget - result.reduce(0, +)
        let byShortfall = result.indices.filter { result[$0] < upper[$0] }
            .sorted { upper[$0] - result[$0] < upper[$1] - result[$1] }
        for column in byShortfall where upper[column] - result[column] <= left {
            left -= upper[column] - result[column]
            result[column] = upper[column]
        }
        for column in byShortfall.reversed() where left > 0 {
            let step = min(left, upper[column] - result[column])
            result[column] += step
            left -= step
        }
        return result
    }

    // MARK: - The grid

    private func grid(_ rows: [[StyledLine]], widths: [Int], alignments: [Table.Alignment]) -> [StyledLine] {
        let wrapped: [[[StyledLine]]] = rows.map { row in
            row.enumerated().map { column, cell in
                ParagraphWrapper.wrap(cell, width: widths[column], ambiguous: ambiguous)
                    .map { LineWrapper.truncate($0, width: widths[column], ambiguous: ambiguous) }
            }
        }
        let bodyWraps = wrapped.dropFirst().contains { row in row.contains { $0.count > 1 } }
        let g = Glyphs.for(ambiguous)
        var lines = [border(g.topLeft, g.teeDown, g.topRight, widths)]
        for (index, row) in wrapped.enumerated() {
            if index == 1 || (index > 1 && bodyWraps) { lines.append(border(g.teeRight, g.cross, g.teeLeft, widths)) }
            let height = row.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var spans = [Span(g.vertical, style: ReadingStyle.tableBorder)]
                for (column, cellLines) in row.enumerated() {
                    let content = lineIndex < cellLines.count ? cellLines[lineIndex] : StyledLine()
                    spans.append(Span(" "))
                    spans += aligned(content, width: widths[column], alignment: alignments[column])
                    spans.append(Span(" "))
                    spans.append(Span(g.vertical, style: ReadingStyle.tableBorder))
                }
                lines.append(StyledLine(spans.filter { !$0.text.isEmpty }))
            }
        }
        lines.append(border(g.bottomLeft, g.teeUp, g.bottomRight, widths))
        return lines
    }

    private func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> StyledLine {
        let segments = widths.map { String(repeating: Glyphs.for(ambiguous).horizontal, count: $0 + 2) }
        return StyledLine(left + segments.joined(separator: middle) + right, style: ReadingStyle.tableBorder)
    }

    private func aligned(_ line: StyledLine, width: Int, alignment: Table.Alignment) -> [Span] {
        let room = max(0, width - line.width(ambiguous: ambiguous))
        let before: Int
        switch alignment {
        case .none, .left: before = 0
        case .center: before = room / 2
        case .right: before = room
        }
        return [Span(String(repeating: " ", count: before))] + line.spans
            + [Span(String(repeating: " ", count: room - before))]
    }

    // MARK: - Too narrow for a grid

    /// Each body row as `header: value` lines (later lines of a field indented by two), rows
    /// between rules.
    private func stacked(_ rows: [[StyledLine]], width: Int) -> [StyledLine] {
        let rule = StyledLine(String(repeating: Glyphs.for(ambiguous).horizontal, count: width), style: ReadingStyle.tableBorder)
        let indent = width >= 12 ? 2 : 0
        func field(_ spans: [Span]) -> [StyledLine] {
            let lines = ParagraphWrapper.wrap(StyledLine(spans), width: width - indent, ambiguous: ambiguous)
            let padding = Span(String(repeating: " ", count: indent))
            return [lines[0]] + lines.dropFirst().map { $0.spans.isEmpty || indent == 0 ? $0 : $0.prefixed(by: [padding]) }
        }
        let header = rows[0]
        var lines = [rule]
        guard rows.count > 1 else {
            for cell in header where !cell.text.isEmpty { lines += field(cell.spans) }
            return lines + [rule]
        }
        for row in rows.dropFirst() {
            for (column, cell) in row.enumerated() {
                let name = header[column]
                var spans = name.spans
                if !name.text.isEmpty { spans.append(Span(": ", style: ReadingStyle.tableHeader)) }
                spans += cell.spans
                if spans.isEmpty { continue }
                lines += field(spans)
            }
            lines.append(rule)
        }
        return lines
    }
}
