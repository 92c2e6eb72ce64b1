/// A language tag such as `zh-Hans`, `zh`, `en` or `en-GB` (BCP 47 shape).
///
/// Tags are stored in canonical case (`zh-hans` becomes `zh-Hans`). Two tags *match* when they
/// name the same language for a reader: `zh`, `zh-Hans`, `zh-CN` and `zh-SG` are all simplified
/// Chinese; `zh-Hant`, `zh-TW`, `zh-HK` and `zh-MO` are traditional Chinese; for other languages
/// the primary subtag decides (`en` matches `en-GB`).
public struct LanguageTag: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The tag in canonical case, e.g. `zh-Hans`.
    public let rawValue: String

    /// Simplified Chinese, the default language of lessons and messages.
    public static let simplifiedChinese = LanguageTag(uncheckedRawValue: "zh-Hans")
    /// English.
    public static let english = LanguageTag(uncheckedRawValue: "en")

    /// Parses a tag; returns `nil` unless it has the shape `ll[-Subtag]...`.
    ///
    /// The primary subtag has 2 or 3 letters; each further subtag has 1 to 8 letters or digits.
    /// - Parameter string: the tag as written, e.g. `zh-hans` or `en`.
    public init?(_ string: String) {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy(Self.isASCIILetter) else { return nil }
        var canonical = [first.lowercased()]
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count),
                  part.unicodeScalars.allSatisfy({ Self.isASCIILetter($0) || ("0"..."9").contains($0) })
            else { return nil }
            if part.count == 4, part.unicodeScalars.allSatisfy(Self.isASCIILetter) {
                canonical.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if part.count == 2, part.unicodeScalars.allSatisfy(Self.isASCIILetter) {
                canonical.append(part.uppercased())
            } else {
                canonical.append(part.lowercased())
            }
        }
        rawValue = canonical.joined(separator: "-")
    }

    private init(uncheckedRawValue: String) {
        rawValue = uncheckedRawValue
    }

    /// The primary language subtag in lower case, e.g. `zh`.
    public var language: String {
        String(rawValue.prefix { $0 != "-" })
    }

    /// The key two tags share when they name the same language for a reader:
    /// `zh-Hans` or `zh-Hant` for Chinese, the primary subtag otherwise.
    public var matchKey: String {
        let parts = rawValue.split(separator: "-").map(String.init)
        guard language == "zh" else { return language }
        let traditional: Set<String> = ["Hant", "TW", "HK", "MO"]
        return parts.dropFirst().contains(where: traditional.contains) ? "zh-Hant" : "zh-Hans"
    }

    /// Whether this tag names the same language as `other` (see the type's description).
    /// - Parameter other: the tag to compare with.
    public func matches(_ other: LanguageTag) -> Bool {
        matchKey == other.matchKey
    }

    /// The tag in canonical case.
    public var description: String { rawValue }

    /// Decodes a tag from a string; fails when the string is not a language tag.
    /// - Throws: `DecodingError.dataCorrupted` when the string is not a tag.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let tag = LanguageTag(string) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a language tag: \(string)")
        }
        self = tag
    }

    /// Encodes the tag as its canonical string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
