import Foundation

/// Cleans the name a person types for a learner: what is left is safe to print on a terminal.
public enum DisplayName {
    /// The most characters (as a person counts them) a name may have.
    public static let maximumLength = 20

    /// The cleaned name: control, bidirectional and invisible formatting characters removed,
    /// whitespace (tabs, line breaks, ideographic spaces) made one space, trimmed, NFC-normalized.
    /// - Returns: the name, 1–20 characters.
    /// - Throws: `DisplayNameError.empty` or `.tooLong` when what is left does not fit.
    public static func sanitize(_ raw: String) throws(DisplayNameError) -> String {
        let name = SafeText.scrubbed(raw.precomposedStringWithCanonicalMapping).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .empty }
        guard name.count <= maximumLength else { throw .tooLong(characters: name.count) }
        return name
    }

    /// What two names are compared by when deciding whether they are the same person's: the
    /// cleaned name with compatibility forms folded (full-width letters, `（）`), case folded
    /// and spaces removed, so `李叔`, ` 李叔 ` and `李 叔` are one name. A name that cannot be
    /// cleaned compares as itself.
    public static func comparisonKey(_ name: String) -> String {
        let clean = (try? sanitize(name)) ?? name
        return clean.precomposedStringWithCompatibilityMapping.lowercased().filter { !$0.isWhitespace }
    }

    /// Whether `a` and `b` are the same name as far as a person can tell (see `comparisonKey`).
    public static func isSame(_ a: String, _ b: String) -> Bool {
        comparisonKey(a) == comparisonKey(b)
    }
}

/// Why a learner's name cannot be used.
public enum DisplayNameError: Error, Sendable, Hashable {
    /// Nothing is left once invisible characters and spaces are removed.
    case empty
    /// The name has more than `DisplayName.maximumLength` characters.
    case tooLong(characters: Int)

    /// What to tell the person.
    public var message: BilingualText {
        switch self {
        case .empty:
            return BilingualText(zh: "名字不能为空，请输入 1 到 \(DisplayName.maximumLength) 个字。",
                                 en: "The name is empty. Please type 1 to \(DisplayName.maximumLength) characters.")
        case .tooLong(let count):
            return BilingualText(zh: "名字太长（\(count) 个字），最多 \(DisplayName.maximumLength) 个字，请改短一些。",
                                 en: "The name is too long (\(count) characters); at most \(DisplayName.maximumLength). Please make it shorter.")
        }
    }
}
