/// A GitHub table: a header row, alignments and body rows.
public struct Table: Sendable, Equatable {
    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header cells.
    public var header: [TableCell]
    /// The body rows (each row may have fewer cells than there are columns).
    public var rows: [[TableCell]]

    /// Creates a table.
    /// - Parameters:
    ///   - alignments: one per column.
    ///   - header: the header cells.
    ///   - rows: the body rows.
    public init(alignments: [Alignment], header: [TableCell], rows: [[TableCell]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    /// A column's alignment, from the delimiter row (`:--`, `:-:`, `--:`).
    public enum Alignment: Sendable, Equatable {
        /// No colon.
        case none
        /// `:--`
        case left
        /// `:-:`
        case center
        /// `--:`
        case right
    }
}

/// One table cell: a run of inlines.
public struct TableCell: Sendable, Equatable {
    /// The cell's content.
    public var content: [Inline]

    /// Creates a cell.
    /// - Parameter content: the inlines.
    public init(_ content: [Inline]) {
        self.content = content
    }
}
