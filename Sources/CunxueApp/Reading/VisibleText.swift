import TerminalKit

/// Text made safe to draw: no C0 or C1 control character ever leaves the renderer.
///
/// LessonKit has already sanitized every string; this is defence in depth, and it gives tabs
/// and line breaks inside text a visible meaning.
enum VisibleText {
    /// Text for a line of prose: tabs and line breaks become spaces, other controls are dropped.
    static func inline(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: DisplayWidth.isControl) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if kept.last != " " { kept.append(" ") }
            } else if !DisplayWidth.isControl(scalar) {
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    /// One line of code: tabs expanded to the next multiple of 4 columns, controls dropped.
    static func codeLine<S: StringProtocol>(_ line: S) -> String {
        guard line.unicodeScalars.contains(where: DisplayWidth.isControl) else { return String(line) }
        var result = ""
        var column = 0
        for character in line {
            if character == "\t" {
                let spaces = 4 - column % 4
                result += String(repeating: " ", count: spaces)
                column += spaces
                continue
            }
            let scalars = character.unicodeScalars
            if scalars.contains(where: DisplayWidth.isControl) {
                var kept = String.UnicodeScalarView()
                kept.append(contentsOf: scalars.filter { !DisplayWidth.isControl($0) })
                let rest = String(kept)
                result += rest
                column += DisplayWidth.of(rest)
            } else {
                result.append(character)
                column += DisplayWidth.of(character)
            }
        }
        return result
    }

    /// The lines of a block of text (code, HTML), without the final empty line a closing newline
    /// leaves.
    static func lines(_ text: String) -> [Substring] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
