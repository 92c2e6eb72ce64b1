/// A run of text in one style.
public struct Span: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Its style.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Columns the text takes (ambiguous characters narrow).
    public var width: Int { DisplayWidth.of(text) }

    /// Columns the text takes when the terminal draws ambiguous characters `ambiguous`.
    public func width(ambiguous: AmbiguousWidth) -> Int { DisplayWidth.of(text, ambiguous: ambiguous) }
}

/// One line of styled text: spans side by side.
public struct StyledLine: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The spans, left to right.
    public var spans: [Span]

    /// Creates a line from spans.
    public init(_ spans: [Span] = []) {
        self.spans = spans
    }

    /// Creates a line of plain text.
    public init(stringLiteral value: String) {
        self.spans = [Span(value)]
    }

    /// Creates a line of one style.
    public init(_ text: String, style: Style = .plain) {
        self.spans = [Span(text, style: style)]
    }

    /// The text without styles.
    public var text: String { spans.map(\.text).joined() }

    /// Columns the line takes (ambiguous characters narrow).
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// Columns the line takes when the terminal draws ambiguous characters `ambiguous`.
    public func width(ambiguous: AmbiguousWidth) -> Int { spans.reduce(0) { $0 + $1.width(ambiguous: ambiguous) } }

    /// The line with `prefix` spans put in front.
    public func prefixed(by prefix: [Span]) -> StyledLine {
        StyledLine(prefix + spans)
    }
}
