/// Text from outside — ids and names read from files, file names, command-line arguments — made
/// safe to print on a terminal or put in a report, the way learners' names are cleaned
/// (`DisplayName`): no control characters (ESC, C1), no bidirectional or zero-width formatting
/// characters, no private-use or unassigned code points.
public enum SafeText {
    /// The text with every unsafe character removed and every run of whitespace (line breaks and
    /// tabs included) made one space; the text is cut to `limit` characters with `…`.
    /// - Parameters:
    ///   - text: the text as found.
    ///   - limit: the most characters kept (a person's name is 20; a path may be long).
    public static func clean(_ text: String, limit: Int = 300) -> String {
        let cleaned = scrubbed(text, stoppingAfter: limit * 4)  // enough to cut at `limit` characters below
        guard cleaned.count > limit else { return cleaned }
        return String(cleaned.prefix(max(0, limit - 1))) + "…"
    }

    /// The text with every unsafe character (`isRemoved`) removed and every run of whitespace
    /// made one space, nothing else changed (`clean` and `DisplayName` build on it).
    /// - Parameter maximum: the scan stops once more than this many scalars other than
    ///   whitespace are kept.
    static func scrubbed(_ text: String, stoppingAfter maximum: Int = .max) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = false
        var count = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
                continue
            }
            if isRemoved(scalar) { continue }
            lastWasSpace = false
            scalars.append(scalar)
            count += 1
            if count > maximum { break }
        }
        return String(scalars)
    }

    /// The text safe for a terminal with its layout kept: the characters `clean` removes are
    /// removed, line breaks (`\n`) kept, tabs and other breaks made spaces; nothing else changes
    /// (for whole messages and table lines on their way out).
    public static func forTerminal(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == " " {
                scalars.append(scalar)
            } else if scalar.properties.isWhitespace {
                scalars.append(" ")
            } else if !isRemoved(scalar) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Each line of `text` cleaned (line breaks kept, for messages of several lines).
    public static func cleanLines(_ text: String, limit: Int = 2_000) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { clean(String($0), limit: limit) }
            .joined(separator: "\n")
    }

    /// Whether `text` has nothing `clean` would remove (whitespace other than a space counts).
    public static func isClean(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { !isRemoved($0) && ($0 == " " || !$0.properties.isWhitespace) }
    }

    /// Control characters (Cc), surrogates, private-use and unassigned code points, and format
    /// characters (Cf: bidi overrides and isolates, zero-width spaces, the BOM), except the
    /// zero-width joiner that emoji sequences need — as `DisplayName` removes them.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .surrogate, .privateUse, .unassigned:
            return true
        case .format:
            return scalar.value != 0x200D
        default:
            return false
        }
    }
}
