/// A grid of cells: what the terminal should show.
///
/// Writing is width-aware: a double-width character fills two cells, is never split at the right
/// edge of the screen or of a clip rectangle, and overwriting half of one blanks the other half.
/// A cell holds one grapheme cluster (`DisplayWidth.cells(of:)`): a base with its combining
/// marks, or a whole emoji cluster (👨‍👩‍👧, 🇨🇳) with a continuation cell, so that a diff
/// always redraws all of it. Control characters are never stored.
///
/// A screen is laid out for one way of drawing East Asian ambiguous characters (`ambiguousWidth`):
/// when the terminal draws them wide, each of them (“ … — ·) fills two cells like a CJK character,
/// and widgets draw with the wide set of `Glyphs`.
public struct Screen: Hashable, Sendable {
    /// The grid's size.
    public private(set) var size: Size
    /// How the terminal shown on draws ambiguous characters; every width on this screen follows it.
    public let ambiguousWidth: AmbiguousWidth
    /// Cells row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (for text input), or nil to hide it.
    public var cursor: Point?

    /// A blank screen of `size`, for a terminal that draws ambiguous characters `ambiguousWidth`.
    public init(size: Size, ambiguousWidth: AmbiguousWidth = .narrow) {
        self.size = size
        self.ambiguousWidth = ambiguousWidth
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The glyphs that line up on this screen's terminal (`Glyphs.for(ambiguousWidth)`).
    public var glyphs: Glyphs { Glyphs.for(ambiguousWidth) }

    /// Columns `text` takes on this screen.
    public func width<S: StringProtocol>(of text: S) -> Int { DisplayWidth.of(text, ambiguous: ambiguousWidth) }

    /// The cell at column `x`, row `y` (a blank cell outside the grid).
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Fills `rect` with blank cells of `style`.
    public mutating func clear(_ rect: Rect? = nil, style: Style = .plain) {
        let area = (rect ?? bounds).intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { set(x, y, Cell(" ", style: style)) }
        }
    }

    /// Writes `text` from column `x` on row `y`, clipped to `clip` (default: the whole screen).
    /// - Returns: the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        put(StyledLine([Span(text, style: style)]), x: x, y: y, clip: clip)
    }

    /// Writes a styled line from column `x` on row `y`, clipped to `clip`.
    /// - Returns: the column after the last cell written.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x }
        var column = x
        for span in line.spans {
            for character in span.text {
                guard let drawable = Self.drawable(character) else { continue }
                for piece in DisplayWidth.cells(of: drawable, ambiguous: ambiguousWidth) {
                    let w = piece.width
                    if w == 0 {
                        appendCombining(piece.text, beforeColumn: column, row: y, area: area)
                        continue
                    }
                    if column + w > area.maxX {
                        // A wide character that does not fit is never cut in half: pad instead.
                        if column < area.maxX, column >= area.x { set(column, y, Cell(" ", style: span.style)) }
                        return area.maxX
                    }
                    if column >= area.x {
                        set(column, y, Cell(piece.text, style: span.style), width: w)
                        if w == 2 { set(column + 1, y, Cell("", style: span.style)) }
                    } else if column + w > area.x {
                        set(area.x, y, Cell(" ", style: span.style))  // left half clipped away
                    }
                    column += w
                }
            }
        }
        return column
    }

    /// Plain text of each row, wide characters once, trailing spaces kept.
    public var lines: [String] {
        (0..<size.height).map { y in
            var row = ""
            for x in 0..<size.width {
                let cell = self[x, y]
                if !cell.isContinuation { row += cell.text }
            }
            return row
        }
    }

    /// The screen as text: one row a line, trailing spaces removed. This is what snapshots hold.
    public var text: String {
        lines.map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }

    /// A changed cell, as `diff(from:)` reports it.
    public struct Change: Hashable, Sendable {
        /// Column.
        public var x: Int
        /// Row.
        public var y: Int
        /// The new cell.
        public var cell: Cell
    }

    /// The cells that differ from `previous`, row by row, left to right. A changed half of a
    /// wide character reports its whole character (the left cell). A different size reports
    /// every cell.
    public func diff(from previous: Screen) -> [Change] {
        var changes: [Change] = []
        let sameSize = previous.size == size
        for y in 0..<size.height {
            for x in 0..<size.width {
                let i = y * size.width + x
                if sameSize && previous.cells[i] == cells[i] { continue }
                if !cells[i].isContinuation {
                    changes.append(Change(x: x, y: y, cell: cells[i]))
                } else if x > 0, changes.last.map({ $0.x != x - 1 || $0.y != y }) ?? true {
                    // The left half owns the character: report it instead, once.
                    changes.append(Change(x: x - 1, y: y, cell: cells[i - 1]))
                }
            }
        }
        return changes
    }

    // MARK: - Private

    /// Stores `cell` (`width` columns: 2 when a continuation cell follows it).
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell, width: Int = 1) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let i = y * size.width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[i].isContinuation, x > 0, !cell.isContinuation {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        }
        if !cells[i].isContinuation, x + 1 < size.width, cells[i + 1].isContinuation, !cell.isContinuation, width < 2 {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    private mutating func appendCombining(_ mark: String, beforeColumn column: Int, row y: Int, area: Rect) {
        var x = column - 1
        while x >= area.x, self[x, y].isContinuation { x -= 1 }
        guard x >= area.x, x < area.maxX, y >= 0, y < size.height else { return }
        cells[y * size.width + x].text.append(mark)
    }

    /// The character with its control scalars removed, or nil when nothing drawable is left.
    private static func drawable(_ character: Character) -> Character? {
        let scalars = character.unicodeScalars
        if !scalars.contains(where: DisplayWidth.isControl) { return character }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars.filter { !DisplayWidth.isControl($0) })
        let s = String(kept)
        return s.count == 1 ? s.first : (s.isEmpty ? nil : s.first)
    }
}
