/// Rewrites a quiz body before cmark sees it, keeping every line in place:
///
/// - a question options block (`---`, YAML, `---` right after a heading) is cut out and kept,
///   so cmark does not read it as a thematic break and a setext heading;
/// - math for quizdown's KaTeX extension (`$x$`, `$$...$$`) has its ASCII punctuation
///   backslash-escaped, so cmark shows it as written instead of reading `*` or `_` as emphasis.
///
/// Fenced code blocks and code spans are left alone.
struct QuizPreprocessor: Sendable {
    /// A question's options block.
    struct OptionsBlock: Sendable, Equatable {
        /// The YAML between the `---` lines (empty when the block is not closed).
        var yaml: String
        /// The 1-based file line of the YAML's first line.
        var firstLine: Int
        /// The 1-based line of the opening `---`.
        var openingLine: Int
        /// Whether the closing `---` is missing.
        var isUnclosed: Bool
    }

    /// The rewritten text (same number of lines).
    var text: String
    /// Options blocks keyed by the 1-based line of the heading they follow.
    var optionsBlocks: [Int: OptionsBlock] = [:]

    /// Rewrites `body`.
    init(_ body: String) {
        // Most quizzes have neither a `---` line nor a `$`: nothing to rewrite.
        guard Self.mayNeedRewriting(body) else {
            text = body
            return
        }
        var lines = body.lineSlices().map(String.init)
        var fence: (character: Character, length: Int)?
        var index = 0
        var inCode = Array(repeating: false, count: lines.count)
        while index < lines.count {
            let line = lines[index]
            if let open = fence {
                inCode[index] = true
                if let marker = Self.fenceMarker(line), marker.character == open.character,
                   marker.length >= open.length, marker.rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
                    fence = nil
                }
                index += 1
                continue
            }
            if let marker = Self.fenceMarker(line) {
                fence = (marker.character, marker.length)
                inCode[index] = true
                index += 1
                continue
            }
            if Self.isATXHeading(line) {
                var next = index + 1
                while next < lines.count, lines[next].allSatisfy({ $0 == " " || $0 == "\t" }) { next += 1 }
                if next < lines.count, FrontMatter.isDelimiter(Substring(lines[next]), allowingDots: false) {
                    var closing: Int?
                    var probe = next + 1
                    while probe < lines.count {
                        if FrontMatter.isDelimiter(Substring(lines[probe]), allowingDots: false) { closing = probe; break }
                        if Self.isATXHeading(lines[probe]) || Self.fenceMarker(lines[probe]) != nil { break }
                        probe += 1
                    }
                    if let closing {
                        let yaml = lines[(next + 1)..<closing].joined(separator: "\n")
                        optionsBlocks[index + 1] = OptionsBlock(yaml: yaml, firstLine: next + 2, openingLine: next + 1, isUnclosed: false)
                        for blank in next...closing { lines[blank] = "" }
                        index = closing + 1
                        continue
                    }
                    optionsBlocks[index + 1] = OptionsBlock(yaml: "", firstLine: next + 2, openingLine: next + 1, isUnclosed: true)
                    lines[next] = ""
                }
            }
            index += 1
        }
        Self.escapeMath(in: &lines, skipping: inCode)
        text = lines.joined(separator: "\n")
    }

    /// Whether `body` holds a `$` or three `-` in a row (an options block needs `---`, math a `$`);
    /// without either, every line stays as it is.
    private static func mayNeedRewriting(_ body: String) -> Bool {
        var dashes = 0
        for byte in body.utf8 {
            if byte == UInt8(ascii: "$") { return true }
            dashes = byte == UInt8(ascii: "-") ? dashes + 1 : 0
            if dashes == 3 { return true }
        }
        return false
    }

    // MARK: - Line shapes

    static func isATXHeading(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3 else { return false }
        let hashes = trimmed.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return false }
        let rest = trimmed.dropFirst(hashes.count)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    private static func fenceMarker(_ line: String) -> (character: Character, length: Int, rest: Substring)? {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let run = trimmed.prefix { $0 == first }
        guard run.count >= 3 else { return nil }
        let rest = trimmed.dropFirst(run.count)
        if first == "`" && rest.contains("`") { return nil }
        return (first, run.count, rest)
    }

    // MARK: - Math

    private static func escapeMath(in lines: inout [String], skipping inCode: [Bool]) {
        var index = 0
        while index < lines.count {
            // (A line without `$` comes out as it went in.)
            if inCode[index] || !lines[index].utf8.contains(UInt8(ascii: "$")) { index += 1; continue }
            let characters = Array(lines[index])
            var output = ""
            var position = 0
            var continuedToLine: Int?
            while position < characters.count {
                let character = characters[position]
                if character == "\\", position + 1 < characters.count {
                    output.append(character)
                    output.append(characters[position + 1])
                    position += 2
                    continue
                }
                if character == "`" {
                    let run = characters[position...].prefix { $0 == "`" }.count
                    if let end = closingRun(of: run, in: characters, from: position + run) {
                        output += String(characters[position..<(end + run)])
                        position = end + run
                    } else {
                        output += String(repeating: "`", count: run)
                        position += run
                    }
                    continue
                }
                if character == "$", position + 1 < characters.count, characters[position + 1] == "$" {
                    if let end = find("$$", in: characters, from: position + 2) {
                        output += "$$" + escaped(characters[(position + 2)..<end]) + "$$"
                        position = end + 2
                        continue
                    }
                    if let (line, column) = closingDisplayMath(after: index, in: lines, skipping: inCode) {
                        output += "$$" + escaped(characters[(position + 2)...])
                        for middle in (index + 1)..<line { lines[middle] = escaped(ArraySlice(Array(lines[middle]))) }
                        let last = Array(lines[line])
                        lines[line] = escaped(last[0..<column]) + "$$" + String(last[(column + 2)...])
                        continuedToLine = line
                        position = characters.count
                        continue
                    }
                    output += "$$"
                    position += 2
                    continue
                }
                if character == "$", let end = closingInlineMath(in: characters, from: position) {
                    output += "$" + escaped(characters[(position + 1)..<end]) + "$"
                    position = end + 1
                    continue
                }
                output.append(character)
                position += 1
            }
            lines[index] = output
            index = (continuedToLine ?? index) + 1
        }
    }

    /// The closing `$` of inline math opened at `start` (pandoc's rule: no space just inside the
    /// dollars, no digit just after the closing one), on the same line.
    private static func closingInlineMath(in characters: [Character], from start: Int) -> Int? {
        let first = start + 1
        guard first < characters.count, !characters[first].isWhitespace, characters[first] != "$" else { return nil }
        var position = first + 1
        while position < characters.count {
            let character = characters[position]
            if character == "\\" { position += 2; continue }
            if character == "$" {
                let next = position + 1 < characters.count ? characters[position + 1] : nil
                if !characters[position - 1].isWhitespace, !(next?.isNumber ?? false) { return position }
            }
            position += 1
        }
        return nil
    }

    /// The line and column of the `$$` closing display math opened on line `line`, searched up to
    /// the paragraph's end (a blank line).
    private static func closingDisplayMath(after line: Int, in lines: [String], skipping inCode: [Bool]) -> (Int, Int)? {
        var index = line + 1
        while index < lines.count, !inCode[index] {
            if lines[index].allSatisfy({ $0 == " " || $0 == "\t" }) { return nil }
            if let column = find("$$", in: Array(lines[index]), from: 0) { return (index, column) }
            index += 1
        }
        return nil
    }

    private static func find(_ needle: String, in characters: [Character], from start: Int) -> Int? {
        let target = Array(needle)
        guard characters.count >= target.count, start <= characters.count - target.count else { return nil }
        for position in start...(characters.count - target.count) where Array(characters[position..<(position + target.count)]) == target {
            return position
        }
        return nil
    }

    private static func closingRun(of length: Int, in characters: [Character], from start: Int) -> Int? {
        var position = start
        while position < characters.count {
            if characters[position] == "`" {
                let run = characters[position...].prefix { $0 == "`" }.count
                if run == length { return position }
                position += run
            } else {
                position += 1
            }
        }
        return nil
    }

    private static func escaped(_ characters: ArraySlice<Character>) -> String {
        var output = ""
        for character in characters {
            if character.isASCII, character.isPunctuation || character.isSymbol {
                output.append("\\")
            }
            output.append(character)
        }
        return output
    }
}
