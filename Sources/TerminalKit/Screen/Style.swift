/// One of the eight basic terminal colours, or the terminal's own.
public enum Color: Int, Hashable, Sendable, CaseIterable {
    case `default` = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks: attributes and colours.
///
/// Colours are an addition, never the only signal: `monochrome` says what a style becomes on a
/// terminal without colour (or with `NO_COLOR` set), and every style the app uses stays readable
/// that way.
public struct Style: Hashable, Sendable {
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    public var italic: Bool
    public var foreground: Color
    public var background: Color

    /// Creates a style; everything off by default.
    public init(bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false,
                italic: Bool = false, foreground: Color = .default, background: Color = .default) {
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
        self.foreground = foreground
        self.background = background
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// The same style without colours: a coloured background becomes reverse video, a coloured
    /// foreground becomes bold, so emphasis survives on a monochrome terminal.
    public var monochrome: Style {
        var s = self
        if background != .default { s.reverse.toggle() }
        if foreground != .default && background == .default && !dim { s.bold = true }
        s.foreground = .default
        s.background = .default
        return s
    }

    /// A copy with `other`'s attributes added and its colours where it sets them.
    public func merged(with other: Style) -> Style {
        var s = self
        s.bold = s.bold || other.bold
        s.underline = s.underline || other.underline
        s.reverse = s.reverse != other.reverse
        s.dim = s.dim || other.dim
        s.italic = s.italic || other.italic
        if other.foreground != .default { s.foreground = other.foreground }
        if other.background != .default { s.background = other.background }
        return s
    }
}
