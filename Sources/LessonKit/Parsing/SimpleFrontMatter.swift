/// The common front matter read without a YAML parser: `key: value` lines whose values are
/// plain one-line scalars (`title: 按键和鼠标`, `minutes: 3`, `passingGrade: 80`).
///
/// Yams costs as much per file as the Markdown does, and a course of 10,000 lessons is read at
/// every start. Anything that is not plainly such a line — quotes, lists, comments, indented or
/// empty values, a key twice, a character YAML treats specially — gives `nil`, and the caller
/// asks Yams. Where it answers, it gives what Yams gives: the same keys, strings, lines and
/// columns (tested side by side in `SimpleFrontMatterTests`).
extension FrontMatter {
    /// Entries of YAML made only of simple `key: value` lines (and empty lines), else `nil`.
    /// - Parameters:
    ///   - yaml: the YAML text.
    ///   - firstLine: the file line of the YAML's first line.
    static func parseSimple(_ yaml: String, firstLine: Int) -> FrontMatter? {
        var result = FrontMatter()
        var lineStart = yaml.startIndex
        var fileLine = firstLine
        while lineStart < yaml.endIndex {
            let lineEnd = yaml.utf8[lineStart...].firstIndex(of: 0x0A) ?? yaml.endIndex
            if lineStart < lineEnd {
                guard let (key, value, valueColumn) = simpleEntry(yaml[lineStart..<lineEnd]),
                      !result.entries.contains(where: { $0.key == key }) else { return nil }
                result.entries.append(Entry(key: key, value: .scalar(value, isPlain: true, line: fileLine, column: valueColumn),
                                            line: fileLine, column: 1))
            }
            fileLine += 1
            lineStart = lineEnd < yaml.endIndex ? yaml.utf8.index(after: lineEnd) : lineEnd
        }
        return result.entries.isEmpty ? nil : result
    }

    /// `key: value` from one line: an ASCII key starting with a letter, `: `, and a plain scalar
    /// that cannot mean anything but its text. Everything before the value is ASCII, so its
    /// column (libyaml counts Unicode scalars) is its byte offset plus one.
    private static func simpleEntry(_ line: Substring) -> (key: String, value: String, column: Int)? {
        let bytes = line.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > bytes.startIndex,
              isLetter(bytes[bytes.startIndex]),
              bytes[..<colon].allSatisfy({ isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x5F || $0 == 0x2D })
        else { return nil }
        var start = bytes.index(after: colon)
        guard start < bytes.endIndex, bytes[start] == 0x20 else { return nil }
        while start < bytes.endIndex, bytes[start] == 0x20 { start = bytes.index(after: start) }
        var end = bytes.endIndex
        while end > start, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        guard start < end, !indicators.contains(bytes[start]) else { return nil }
        let value = line[start..<end]
        var previous: Unicode.Scalar = " "
        for scalar in value.unicodeScalars {
            // `: ` and ` #` end a plain scalar; other characters YAML treats as breaks or refuses.
            if (previous == ":" && scalar == " ") || (previous == " " && scalar == "#") || !isPlainText(scalar) { return nil }
            previous = scalar
        }
        if previous == ":" { return nil }
        return (String(line[..<colon]), String(value), bytes.distance(from: bytes.startIndex, to: start) + 1)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Characters that give a plain scalar's first character another meaning.
    private static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`\\ \t".utf8)

    /// Whether YAML reads `scalar` as a printable character inside a line (not a tab, a line
    /// break such as U+0085, U+2028 or U+2029, a byte order mark or a non-printable).
    private static func isPlainText(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
