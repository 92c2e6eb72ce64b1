/// One terminal cell: a grapheme and its style.
///
/// A double-width character occupies its cell and a continuation cell to its right, whose
/// `text` is empty. A blank cell holds a space.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown, `" "` for blank, `""` for the right half of a wide character.
    public var text: String
    /// How it looks.
    public var style: Style

    /// Creates a cell.
    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A blank cell in the default style.
    public static let blank = Cell()

    /// True for the right half of a double-width character.
    public var isContinuation: Bool { text.isEmpty }
}
