/// Checks front matter text before Yams sees it, so that hostile YAML costs nothing.
///
/// A YAML alias (`*name`) repeats the node its anchor (`&name`) names: ten levels of ten aliases
/// each are a few hundred bytes that expand to ten billion nodes (the "billion laughs"). Yams
/// composes such a document cheaply but hashes mapping keys in full, and everything that walks the
/// tree afterwards expands it. Front matter needs neither, so anchors and aliases are refused
/// outright, and front matter is limited to `byteLimit` bytes.
///
/// The anchor check needs no YAML lexer and misses none: libyaml starts an anchor or alias token
/// only with `&` or `*` directly followed by a name character (`[0-9A-Za-z_-]`, its `IS_ALPHA`),
/// and a token only starts at the beginning of the text or after a blank, a line break, a BOM, an
/// indicator (`[ ] { } , : ? - | > ! % @` and the backquote) or a closing quote. Every such `&` or
/// `*` is reported, so a few texts are refused that YAML would read as text (`a, *b`); the message
/// says how to write them.
enum FrontMatterGuard {
    /// The largest front matter (or question options block) accepted, in UTF-8 bytes.
    static let byteLimit = 8 * 1024

    /// The first problem with `yaml`, if any: too large, or an anchor or alias.
    /// - Parameters:
    ///   - yaml: the YAML text, without its `---` lines.
    ///   - firstLine: the file line of the YAML's first line.
    static func check(_ yaml: String, firstLine: Int) -> FrontMatter.Failure? {
        let bytes = yaml.utf8.count
        if bytes > byteLimit {
            return FrontMatter.Failure(problem: .frontMatterTooLarge(bytes: bytes, limit: byteLimit), line: firstLine, column: 1)
        }
        var line = firstLine
        var column = 1
        var previous: Unicode.Scalar?
        var iterator = yaml.unicodeScalars.makeIterator()
        var current = iterator.next()
        while let scalar = current {
            let next = iterator.next()
            if scalar == "&" || scalar == "*", previous.map(startsToken) ?? true, let name = next, isNameCharacter(name) {
                return FrontMatter.Failure(problem: .yamlAnchorOrAlias, line: line, column: column)
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previous = scalar
            current = next
        }
        return nil
    }

    /// libyaml's `IS_ALPHA`: the characters of an anchor name.
    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "A"..."Z", "a"..."z", "_", "-": return true
        default: return false
        }
    }

    /// Whether a token may start right after `scalar` (see the type's documentation).
    private static func startsToken(after scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}",
             "[", "]", "{", "}", ",", ":", "?", "-", "|", ">", "!", "%", "@", "`", "\"", "'":
            return true
        default:
            return false
        }
    }

    // MARK: - Full-width punctuation

    /// The lines that use a full-width colon `：` where YAML needs `:` (`title：新单元`), or a
    /// full-width space after the colon (`title:　新单元`); a line is taken to be such a key line
    /// when the text before the colon has no blank, quote or `:`.
    /// Only asked when the front matter could not be read, to explain why in plain words.
    static func fullWidthColons(in yaml: String, firstLine: Int) -> [FrontMatter.Failure] {
        var failures: [FrontMatter.Failure] = []
        for (offset, text) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(text.unicodeScalars)
            var start = 0
            while start < scalars.count, scalars[start] == " " || scalars[start] == "-" { start += 1 }
            guard start < scalars.count, scalars[start] != "#" else { continue }
            var index = start
            while index < scalars.count, !isKeyEnd(scalars[index]) { index += 1 }
            guard index > start, index < scalars.count else { continue }
            let line = firstLine + offset
            if scalars[index] == "：" {
                failures.append(FrontMatter.Failure(problem: .fullWidthColon, line: line, column: index + 1))
            } else if scalars[index] == ":", index + 1 < scalars.count, scalars[index + 1] == "\u{3000}" {
                failures.append(FrontMatter.Failure(problem: .fullWidthSpaceAfterColon, line: line, column: index + 2))
            }
        }
        return failures
    }

    private static func isKeyEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ":", "：", " ", "\t", "\u{3000}", "\"", "'", "#": return true
        default: return false
        }
    }
}
