/// Prepares a file's text for parsing: line endings, byte order mark, unsafe characters.
enum SourceText {
    /// Returns the text with a leading byte order mark removed, CRLF and lone CR turned into LF,
    /// and control and bidirectional characters sanitized; reports each line where characters
    /// were sanitized (one finding per line and kind, at the first such character).
    static func prepare(_ raw: String, report: inout FileReport) -> String {
        var text = raw
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let sanitizer = TextSanitizer()
        // One fast byte scan settles the common case: no CR, no control or bidi character.
        if sanitizer.isClean(text) { return text }
        if text.utf8.contains(0x0D) {
            text = text.replacingCRLF()
        }
        let findings = sanitizer.findings(in: text)
        guard !findings.isEmpty else { return text }
        var reported: Set<String> = []
        for finding in findings {
            let key = "\(finding.line)-\(finding.action)"
            if reported.insert(key).inserted {
                report.report(finding.scalar, line: finding.line, column: finding.column)
            }
        }
        return sanitizer.sanitize(text)
    }
}

extension String {
    /// The text with CRLF and lone CR line endings turned into LF.
    fileprivate func replacingCRLF() -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }
}

extension String {
    /// The text's lines, split at each LF (a line ending is always its own character once
    /// `SourceText.prepare` has turned CRLF into LF), without the LFs. As
    /// `split(separator: "\n", omittingEmptySubsequences: false)`, but over the UTF-8 bytes
    /// instead of the characters: a quiz's lines are taken for every quiz at every start.
    func lineSlices() -> [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(self[start...])
        return lines
    }
}
