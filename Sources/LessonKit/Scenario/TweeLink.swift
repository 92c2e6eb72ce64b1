/// A Twine link in passage text, read as Twine 2 and its story formats read it.
///
/// `[[Target]]`, `[[Text->Target]]` (the rightmost `->`), `[[Target<-Text]]` (the leftmost
/// `<-`), `[[Text|Target]]` (the last `|`). A link ends at the first `]]` on its line. A SugarCube
/// setter (`[[Text|Target][$x to 1]]`) is noted so that it can be reported as story-format code;
/// the link itself still counts. Text and target are trimmed of spaces.
struct TweeLink: Sendable, Equatable {
    /// What the learner reads.
    var text: String
    /// The passage it leads to.
    var target: String
    /// Where `[[` is in the line (offsets from the line's start, `[[` to `]]` included).
    var range: Range<Int>
    /// Whether it carries a SugarCube setter (`][...`).
    var hasSetter: Bool

    /// The 1-based column of `[[`.
    var column: Int { range.lowerBound + 1 }

    /// Every link in one line, in order.
    /// - Parameter line: the line's scalars, without its newline.
    static func links(in line: ArraySlice<Unicode.Scalar>) -> [TweeLink] {
        var found: [TweeLink] = []
        var index = line.startIndex
        while let open = find("[", "[", in: line, from: index) {
            // No `]]` after this `[[` means none after any later one either.
            guard let close = find("]", "]", in: line, from: open + 2) else { break }
            found.append(link(inner: line[(open + 2)..<close],
                              range: (open - line.startIndex)..<(close + 2 - line.startIndex)))
            index = close + 2
        }
        return found
    }

    private static func link(inner whole: ArraySlice<Unicode.Scalar>, range: Range<Int>) -> TweeLink {
        var inner = whole
        var hasSetter = false
        if let setter = find("]", "[", in: inner, from: inner.startIndex) {
            inner = inner[inner.startIndex..<setter]
            hasSetter = true
        }
        let text: ArraySlice<Unicode.Scalar>
        let target: ArraySlice<Unicode.Scalar>
        if let arrow = findLast("-", ">", in: inner) {
            text = inner[inner.startIndex..<arrow]
            target = inner[(arrow + 2)...]
        } else if let arrow = find("<", "-", in: inner, from: inner.startIndex) {
            target = inner[inner.startIndex..<arrow]
            text = inner[(arrow + 2)...]
        } else if let bar = inner.lastIndex(of: "|") {
            text = inner[inner.startIndex..<bar]
            target = inner[(bar + 1)...]
        } else {
            text = inner
            target = inner
        }
        return TweeLink(text: trimmed(text), target: trimmed(target), range: range, hasSetter: hasSetter)
    }

    /// The index of the first `first second` pair at or after `start`.
    private static func find(_ first: Unicode.Scalar, _ second: Unicode.Scalar, in scalars: ArraySlice<Unicode.Scalar>,
                             from start: Int) -> Int? {
        var index = start
        while index + 1 < scalars.endIndex {
            if scalars[index] == first && scalars[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    /// The index of the last `first second` pair.
    private static func findLast(_ first: Unicode.Scalar, _ second: Unicode.Scalar,
                                 in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = scalars.endIndex - 2
        while index >= scalars.startIndex {
            if scalars[index] == first && scalars[index + 1] == second { return index }
            index -= 1
        }
        return nil
    }

    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var slice = scalars
        while let first = slice.first, first.properties.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.properties.isWhitespace { slice = slice.dropLast() }
        return String(String.UnicodeScalarView(slice))
    }
}
