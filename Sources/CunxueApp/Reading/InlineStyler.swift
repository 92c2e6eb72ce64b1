import LessonKit
import TerminalKit

/// Turns a run of inlines into one styled line, ready for `LineWrapper`.
///
/// A hard break becomes `\n` (where `LineWrapper` breaks); a soft break becomes a space, or
/// nothing between two CJK characters (as CSS joins lines of Chinese text). Links show their
/// text and then their address, dim, in parentheses (once when they are the same); images show
/// as `[图片: alt]`; raw HTML is shown as dim text. Control characters never get through.
struct InlineStyler: Sendable {
    /// The word in front of an image's alt text (`图片`, `Image`).
    var imageLabel: String

    /// The inlines as one line in `base` style, with `\n` at hard breaks.
    func line(_ inlines: [Inline], base: Style = .plain) -> StyledLine {
        var builder = Builder()
        append(inlines, style: base, to: &builder)
        return StyledLine(builder.spans)
    }

    private func append(_ inlines: [Inline], style: Style, to builder: inout Builder) {
        for inline in inlines { append(inline, style: style, to: &builder) }
    }

    private func append(_ inline: Inline, style: Style, to builder: inout Builder) {
        switch inline {
        case .text(let text):
            builder.append(VisibleText.inline(text), style: style)
        case .emphasis(let children):
            append(children, style: style.merged(with: ReadingStyle.emphasis), to: &builder)
        case .strong(let children):
            append(children, style: style.merged(with: ReadingStyle.strong), to: &builder)
        case .strikethrough(let children):
            let struck = style.merged(with: ReadingStyle.strikethrough)
            builder.append("~~", style: struck)
            append(children, style: struck, to: &builder)
            builder.append("~~", style: struck)
        case .code(let code):
            builder.append("`" + VisibleText.inline(code) + "`", style: style.merged(with: ReadingStyle.code))
        case .link(let destination, let children):
            appendLink(destination: VisibleText.inline(destination), children: children, style: style, to: &builder)
        case .image(let alt, _):
            let alt = VisibleText.inline(alt)
            let label = style.merged(with: ReadingStyle.image)
            if alt.isEmpty {
                builder.append("[\(imageLabel)]", style: label)
            } else {
                builder.append("[\(imageLabel): ", style: label)
                builder.append(alt, style: style)
                builder.append("]", style: label)
            }
        case .softBreak:
            builder.softBreak(style: style)
        case .lineBreak:
            builder.hardBreak(style: style)
        case .htmlInline(let html):
            builder.append(VisibleText.inline(html), style: style.merged(with: ReadingStyle.html))
        }
    }

    private func appendLink(destination: String, children: [Inline], style: Style, to builder: inout Builder) {
        let linkStyle = style.merged(with: ReadingStyle.link)
        let text = children.plainText.trimmingSpaces
        if text.isEmpty {
            builder.append(destination, style: linkStyle)
            return
        }
        append(children, style: linkStyle, to: &builder)
        if !destination.isEmpty && !Self.address(destination, isShownBy: text) {
            builder.append(" (", style: style)
            builder.append(destination, style: style.merged(with: ReadingStyle.address))
            builder.append(")", style: style)
        }
    }

    /// Whether a link's text already says its address (an autolink: `<https://x.cn>`,
    /// `www.x.cn`, `a@x.cn`).
    private static func address(_ destination: String, isShownBy text: String) -> Bool {
        if destination == text { return true }
        for scheme in ["mailto:", "http://", "https://"] where destination == scheme + text {
            return true
        }
        return false
    }
}

// MARK: - Building the spans

/// Collects spans, joining neighbours of one style, and resolves soft breaks once the
/// characters on both sides are known.
private struct Builder {
    var spans: [Span] = []
    /// A soft break waiting for the next character, in the style around it.
    private var pendingSoftBreak: Style?

    mutating func append(_ text: String, style: Style) {
        guard let first = text.first else { return }
        if let breakStyle = pendingSoftBreak {
            pendingSoftBreak = nil
            if let last = spans.last?.text.last, last != "\n", last != " ", first != " ",
               !Self.joinsWithoutSpace(last, first) {
                add(" ", style: breakStyle)
            }
        }
        add(text, style: style)
    }

    mutating func softBreak(style: Style) {
        if !spans.isEmpty { pendingSoftBreak = style }
    }

    mutating func hardBreak(style: Style) {
        pendingSoftBreak = nil
        add("\n", style: style)
    }

    private mutating func add(_ text: String, style: Style) {
        if let last = spans.last, last.style == style {
            spans[spans.count - 1].text += text
        } else {
            spans.append(Span(text, style: style))
        }
    }

    /// Two wide (CJK) characters, neither of them Hangul, join with no space between them.
    private static func joinsWithoutSpace(_ a: Character, _ b: Character) -> Bool {
        isWideNonHangul(a) && isWideNonHangul(b)
    }

    private static func isWideNonHangul(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, DisplayWidth.of(scalar) == 2 else { return false }
        let v = scalar.value
        let hangul = (0x1100...0x11FF).contains(v) || (0x3130...0x318F).contains(v) || (0xAC00...0xD7A3).contains(v)
        return !hangul
    }
}

private extension String {
    /// The text without spaces at either end.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
