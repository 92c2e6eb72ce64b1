/// A Twee 3 file cut into passages: each header line (`::` at the start of a line) begins a
/// passage, whose content runs to the next header or the end of the file, trailing blank lines
/// left out. Text before the first header belongs to no passage and is ignored.
struct TweeSource {
    /// One passage as written.
    struct Passage {
        /// The header, read.
        var header: TweeHeader
        /// The 1-based line of the header.
        var line: Int
        /// The content lines, without their newlines and without trailing blank lines.
        var lines: [ArraySlice<Unicode.Scalar>]

        /// The 1-based line of the first content line.
        var firstContentLine: Int { line + 1 }

        /// The content as text, lines joined with newlines.
        var text: String {
            var scalars = String.UnicodeScalarView()
            for (offset, line) in lines.enumerated() {
                if offset > 0 { scalars.append("\n") }
                scalars.append(contentsOf: line)
            }
            return String(scalars)
        }
    }

    /// The file's scalars (the passages' lines are slices of it).
    let scalars: [Unicode.Scalar]
    /// The passages in file order.
    private(set) var passages: [Passage] = []

    /// Cuts a file's text (line endings already LF) into passages.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var lineNumber = 0
        var start = 0
        var current: Passage?
        while start <= scalars.count {
            lineNumber += 1
            var end = start
            while end < scalars.count, scalars[end] != "\n" { end += 1 }
            let line = scalars[start..<end]
            if TweeHeader.isHeader(line) {
                if let finished = current { passages.append(Self.trimmed(finished)) }
                current = Passage(header: TweeHeader(line: line), line: lineNumber, lines: [])
            } else {
                current?.lines.append(line)
            }
            start = end + 1
        }
        if let finished = current { passages.append(Self.trimmed(finished)) }
    }

    /// The passage without its trailing blank lines.
    private static func trimmed(_ passage: Passage) -> Passage {
        var result = passage
        while let last = result.lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) {
            result.lines.removeLast()
        }
        return result
    }
}
