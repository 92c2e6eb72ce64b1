/// A Twee 3 passage header, `:: Name [tag tag] {"position":"600,400"}`, read as the Twee 3
/// specification says.
///
/// The name runs to the first unescaped `[` (the tag block) or `{` (the metadata block); spaces
/// around it are dropped. A backslash escapes the next character, which is kept without the
/// backslash (`\[` gives `[`, `\\` gives `\`, `\ ` keeps a space at either end of the name).
/// Tags are separated by spaces. The metadata block (Twine's passage position and size) is
/// ignored.
struct TweeHeader: Sendable, Equatable {
    /// The passage name, escapes resolved.
    var name: String
    /// The tags in the order written, escapes resolved.
    var tags: [String]
    /// What is wrong with the header, if anything.
    var problem: Problem?

    /// What can be wrong with a header line.
    enum Problem: Sendable, Equatable {
        /// No name after `::`.
        case emptyName
        /// A `[` tag block without its `]`.
        case unclosedTags
        /// Text after the tag block that is not a metadata block; `column` is where it starts.
        case textAfterTags(column: Int)
    }

    /// Whether a line starts a passage (it begins with `::`).
    static func isHeader(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.count >= 2 && line[line.startIndex] == ":" && line[line.startIndex + 1] == ":"
    }

    /// Reads a header line (which starts with `::`).
    /// - Parameter line: the line's scalars, without its newline.
    init(line: ArraySlice<Unicode.Scalar>) {
        var index = line.startIndex + 2
        while index < line.endIndex, Self.isSpace(line[index]) { index += 1 }
        var name: [Unicode.Scalar] = []
        var keptLength = 0  // the name without its trailing unescaped spaces
        while index < line.endIndex, line[index] != "[", line[index] != "{" {
            if line[index] == "\\", index + 1 < line.endIndex {
                name.append(line[index + 1])
                index += 2
                keptLength = name.count
                continue
            }
            name.append(line[index])
            if !Self.isSpace(line[index]) { keptLength = name.count }
            index += 1
        }
        self.name = String(String.UnicodeScalarView(name.prefix(keptLength)))
        tags = []
        problem = keptLength == 0 ? .emptyName : nil
        guard index < line.endIndex, line[index] == "[" else { return }
        index = readTags(line, from: index + 1)
        if problem == .unclosedTags { return }
        while index < line.endIndex, Self.isSpace(line[index]) { index += 1 }
        if index < line.endIndex, line[index] != "{", problem == nil {
            problem = .textAfterTags(column: index - line.startIndex + 1)
        }
    }

    /// Reads the tag block after its `[`; returns the index after its `]`.
    private mutating func readTags(_ line: ArraySlice<Unicode.Scalar>, from start: Int) -> Int {
        var index = start
        var tag = String.UnicodeScalarView()
        while index < line.endIndex {
            let scalar = line[index]
            if scalar == "\\", index + 1 < line.endIndex {
                tag.append(line[index + 1])
                index += 2
                continue
            }
            if scalar == "]" || Self.isSpace(scalar) {
                if !tag.isEmpty { tags.append(String(tag)) }
                tag = String.UnicodeScalarView()
                index += 1
                if scalar == "]" { return index }
                continue
            }
            tag.append(scalar)
            index += 1
        }
        if !tag.isEmpty { tags.append(String(tag)) }
        if problem == nil { problem = .unclosedTags }
        return index
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}
