import LessonKit
import TerminalKit

/// Lays a GitHub table out as a box-drawing grid whose columns are sized by display width, so
/// Chinese columns line up exactly.
///
/// Columns take their natural widths when the table fits. Otherwise the widest columns give way
/// first (the narrow ones keep their natural width), no column narrower than its longest
/// unbreakable piece while that is possible, and text wraps inside its cell; the grid never
/// breaks and no line is wider than the screen. When not even a narrow grid fits, each row is
/// shown as `header: value` lines instead.
struct TableLayout: Sendable {
    /// Styles the cells' inlines.
    var styler: InlineStyler

    /// A column is never made narrower than this (nor than its widest piece, if that is
    /// smaller) before the grid gives way to rows of `header: value` lines.
    private static let narrowestColumn = 4

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
                    natural[column] = max(natural[column], DisplayWidth.of(line))
                }
            }
        }
        if natural.reduce(0, +) <= available { return natural }

        let pieces = LineWrapper.widestPieces(of: rows.flatMap { $0.map(\.text) })
        var minimum = Array(repeating: 1, count: columnCount)
        for (index, piece) in pieces.enumerated() {
            let column = index % columnCount
            minimum[column] = max(minimum[column], min(piece, natural[column]))
        }
        if minimum.reduce(0, +) <= available {
            return Self.share(available, lower: minimum, upper: natural)
        }
        let floor = minimum.map { min($0, Self.narrowestColumn) }
        guard floor.reduce(0, +) <= available else { return nil }
        return Self.share(available, lower: floor, upper: minimum)
    }

    /// Widths between `lower` and `upper` that add up to `budget` (or to `upper`'s sum if
    /// smaller): every column gets `min(upper, max(lower, cap))` for the largest common cap that
    /// fits, so the widest columns give way first; columns left short take what remains, one
    /// column each, from the left.
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
        for column in result.indices where left > 0 && result[column] < upper[column] {
            result[column] += 1
            left -= 1
        }
        return result
    }

    // MARK: - The grid

    private func grid(_ rows: [[StyledLine]], widths: [Int], alignments: [Table.Alignment]) -> [StyledLine] {
        let wrapped: [[[StyledLine]]] = rows.map { row in
            row.enumerated().map { column, cell in
                LineWrapper.wrap(cell, width: widths[column]).map { LineWrapper.truncate($0, width: widths[column]) }
            }
        }
        let bodyWraps = wrapped.dropFirst().contains { row in row.contains { $0.count > 1 } }
        var lines = [border("┌", "┬", "┐", widths)]
        for (index, row) in wrapped.enumerated() {
            if index == 1 || (index > 1 && bodyWraps) { lines.append(border("├", "┼", "┤", widths)) }
            let height = row.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var spans = [Span("│", style: ReadingStyle.tableBorder)]
                for (column, cellLines) in row.enumerated() {
                    let content = lineIndex < cellLines.count ? cellLines[lineIndex] : StyledLine()
                    spans.append(Span(" "))
                    spans += Self.aligned(content, width: widths[column], alignment: alignments[column])
                    spans.append(Span(" "))
                    spans.append(Span("│", style: ReadingStyle.tableBorder))
                }
                lines.append(StyledLine(spans.filter { !$0.text.isEmpty }))
            }
        }
        lines.append(border("└", "┴", "┘", widths))
        return lines
    }

    private func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> StyledLine {
        let segments = widths.map { String(repeating: "─", count: $0 + 2) }
        return StyledLine(left + segments.joined(separator: middle) + right, style: ReadingStyle.tableBorder)
    }

    private static func aligned(_ line: StyledLine, width: Int, alignment: Table.Alignment) -> [Span] {
        let room = max(0, width - line.width)
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

    /// Each body row as `header: value` lines, rows between rules.
    private func stacked(_ rows: [[StyledLine]], width: Int) -> [StyledLine] {
        let rule = StyledLine(String(repeating: "─", count: width), style: ReadingStyle.tableBorder)
        let header = rows[0]
        var lines = [rule]
        guard rows.count > 1 else {
            for cell in header where !cell.text.isEmpty { lines += LineWrapper.wrap(cell, width: width) }
            return lines + [rule]
        }
        let body = rows.dropFirst()
        for row in body {
            for (column, cell) in row.enumerated() {
                let name = header[column]
                var field = name.spans
                if !name.text.isEmpty { field.append(Span(": ", style: ReadingStyle.tableHeader)) }
                field += cell.spans
                if field.isEmpty { continue }
                lines += LineWrapper.wrap(StyledLine(field), width: width)
            }
            lines.append(rule)
        }
        return lines
    }
}
