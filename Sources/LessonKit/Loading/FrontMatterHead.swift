/// Finds where a file's front matter ends in its first bytes, so that an index of a course
/// (`CourseLoader.Mode.index`) reads a lesson only that far (`FileReader.readFile(at:listedAsRegular:stoppingAt:stopLimit:)`).
///
/// It answers "the front matter ends here" only when that is certain from the bytes alone: the
/// file starts (after a UTF-8 byte order mark) with a `---` line, and a later line is `---` or
/// `...` (trailing blanks and a CR before the LF allowed). Anything else — no front matter, a
/// lone CR (which starts a new line once the text is prepared), no closing line within
/// `byteLimit` — reads the whole file, as a full load does.
enum FrontMatterHead {
    /// How far a front matter is looked for: the largest front matter accepted
    /// (`FrontMatterGuard.byteLimit`) and its two delimiter lines, with room to spare.
    static let byteLimit = FrontMatterGuard.byteLimit + 1_024

    /// Where the front matter in `bytes` (the start of a file) ends, just after its closing line.
    static func end(of bytes: [UInt8]) -> FileReader.Stop {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var isFirstLine = true
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                // The line is not complete yet; the first line already tells when it is not `---`.
                return isFirstLine && !"---".utf8.starts(with: bytes[start...].prefix(3)) ? .readWhole : .needMore
            }
            guard let line = content(of: bytes[start..<newline]) else { return .readWhole }
            if isFirstLine {
                guard line.elementsEqual("---".utf8) else { return .readWhole }
                isFirstLine = false
            } else if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                return .at(newline + 1)
            }
            start = newline + 1
        }
        return .needMore
    }

    /// A line without its trailing blanks and CR; `nil` when it holds a CR elsewhere (a lone CR
    /// is a line break once the text is prepared: read the whole file).
    private static func content(of line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var end = line.endIndex
        if end > line.startIndex, line[end - 1] == 0x0D { end -= 1 }
        if line[line.startIndex..<end].contains(0x0D) { return nil }
        while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        return line[line.startIndex..<end]
    }
}
