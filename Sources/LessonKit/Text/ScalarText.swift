/// Finding and replacing single characters by their Unicode scalars, for text that is not ours
/// (file and folder names, ids, learner names).
///
/// Swift compares `Character`s, and a character followed by a combining mark is one
/// `Character`: `/` then U+0301 is not `/`, so `split(separator: "/")` does not split there and
/// `contains(",")` does not see the comma. Foundation's `replacingOccurrences(of:with:)` misses
/// it too, even for a line break or a tab. A name that starts with a combining mark would then
/// keep its parent folder's name, or a CSV field its comma. These work on scalars instead.
public enum ScalarText {
    /// The parts of `text` between the `separator`s (empty parts kept).
    public static func split(_ text: String, at separator: Unicode.Scalar) -> [String] {
        text.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    /// `text` with each of `scalars` replaced by `replacement` (`nil` removes it).
    public static func replacing(_ scalars: Set<Unicode.Scalar>, in text: String, with replacement: Unicode.Scalar?) -> String {
        guard text.unicodeScalars.contains(where: scalars.contains) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !scalars.contains(scalar) {
                result.append(scalar)
            } else if let replacement {
                result.append(replacement)
            }
        }
        return String(result)
    }

    /// The last part of a path: after its last `/` (trailing ones ignored); the path itself
    /// when it has none.
    public static func lastPathComponent(_ path: String) -> String {
        split(path, at: "/").last { !$0.isEmpty } ?? ""
    }

    /// The path without its last part (`""` when it has one part).
    public static func parentPath(_ path: String) -> String {
        guard let slash = path.unicodeScalars.lastIndex(of: "/") else { return "" }
        return String(path.unicodeScalars[..<slash])
    }
}
