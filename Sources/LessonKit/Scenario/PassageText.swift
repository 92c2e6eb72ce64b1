/// The content of one story passage taken apart: the links become choices, viewer comment lines
/// become comments, and the rest is the Markdown text; story-format code is found on the way.
///
/// A line that holds only links (and perhaps a list marker such as `-` or `1.`) is left out of
/// the text; a link inside a sentence leaves its text in the sentence. Lines keep their numbers
/// (a line taken out becomes blank), so Markdown block lines are lines of the file.
struct PassageText {
    /// The Markdown text, one line per content line.
    var markdown: String
    /// The links, in order.
    var choices: [ScenarioChoice] = []
    /// The viewer comments, in order.
    var comments: [ViewerComment] = []
    /// Findings with their positions in the file.
    var findings: [(problem: Diagnostic.ScenarioProblem, line: Int, column: Int)] = []

    /// The words that open a viewer comment line (`> 弹幕 NAME：TEXT`).
    static let commentMarkers = ["弹幕", "Chat", "chat"]

    /// Takes a passage's content apart.
    /// - Parameters:
    ///   - lines: the content lines.
    ///   - firstLine: the file line of the first content line.
    init(lines: [ArraySlice<Unicode.Scalar>], firstLine: Int) {
        var text = String.UnicodeScalarView()
        if StoryFormatCode.varsSectionEnd(lines) != nil, let first = lines.firstIndex(where: { !$0.isEmpty }) {
            findings.append((.storyFormatCode(sample: Self.sample(lines[first])), firstLine + first, 1))
        }
        for (offset, line) in lines.enumerated() {
            let number = firstLine + offset
            if offset > 0 { text.append("\n") }
            let code = StoryFormatCode.first(in: line)
            if let code {
                findings.append((.storyFormatCode(sample: code.sample), number, code.column))
            }
            if let comment = Self.comment(in: line, line: number) {
                comments.append(comment)
                continue
            }
            let links = TweeLink.links(in: line)
            if links.isEmpty {
                text.append(contentsOf: line)
                continue
            }
            var reported = code != nil
            for link in links {
                choices.append(ScenarioChoice(text: link.text, target: link.target, line: number, column: link.column))
                if link.hasSetter, !reported {
                    reported = true
                    let setter = line.dropFirst(link.range.lowerBound).prefix(link.range.count)
                    findings.append((.storyFormatCode(sample: Self.sample(setter)), number, link.column))
                }
            }
            text.append(contentsOf: Self.withoutLinks(line, links))
        }
        markdown = String(text)
    }

    /// The line with each link replaced by its text, or nothing when only links (and a list
    /// marker) were on it.
    private static func withoutLinks(_ line: ArraySlice<Unicode.Scalar>, _ links: [TweeLink]) -> String.UnicodeScalarView {
        var rest = String.UnicodeScalarView()
        var replaced = String.UnicodeScalarView()
        var index = line.startIndex
        for link in links {
            let start = line.startIndex + link.range.lowerBound
            rest.append(contentsOf: line[index..<start])
            replaced.append(contentsOf: line[index..<start])
            replaced.append(contentsOf: link.text.unicodeScalars)
            index = line.startIndex + link.range.upperBound
        }
        rest.append(contentsOf: line[index...])
        replaced.append(contentsOf: line[index...])
        return isOnlyListMarker(rest) ? String.UnicodeScalarView() : replaced
    }

    /// Whether what is left of a line is blank or a bare list marker (`-`, `*`, `+`, `1.`, `1)`).
    private static func isOnlyListMarker(_ rest: String.UnicodeScalarView) -> Bool {
        let trimmed = String(rest).trimmed
        if trimmed.isEmpty || trimmed == "-" || trimmed == "*" || trimmed == "+" { return true }
        guard let last = trimmed.last, last == "." || last == ")" else { return false }
        let number = trimmed.dropLast()
        return !number.isEmpty && number.count <= 9 && number.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A viewer comment: a block quote line `> 弹幕 NAME：TEXT` or `> 弹幕：TEXT` (`Chat` for
    /// `弹幕`, `:` for `：`).
    static func comment(in line: ArraySlice<Unicode.Scalar>, line number: Int) -> ViewerComment? {
        guard line.prefix(4).contains(">") else { return nil }
        var rest = Substring(String(String.UnicodeScalarView(line)))
        let indent = rest.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        rest = rest.dropFirst(indent)
        guard rest.first == ">" else { return nil }
        rest = rest.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        guard let marker = commentMarkers.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(marker.count)
        guard let colon = rest.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let viewer = String(rest[rest.startIndex..<colon]).trimmed
        let text = String(rest[rest.index(after: colon)...]).trimmed
        // Right after the marker comes the colon, or a space and the viewer's name.
        guard !text.isEmpty, viewer.isEmpty ? colon == rest.startIndex : rest.first == " " else { return nil }
        return ViewerComment(viewer: viewer.isEmpty ? nil : viewer, text: text, line: number)
    }

    private static func sample(_ code: ArraySlice<Unicode.Scalar>) -> String {
        let cut = code.prefix(StoryFormatCode.sampleLength)
        return String(String.UnicodeScalarView(cut)) + (cut.count < code.count ? "…" : "")
    }
}
