import Foundation

/// The scripts letters are told apart by (in module ids and learner names).
public enum Script: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Latin letters (English `a`–`z` and their accented forms).
    case latin
    /// Greek letters (`α`).
    case greek
    /// Cyrillic letters (`а`, as in Russian).
    case cyrillic
    /// Chinese characters.
    case han
    /// Japanese hiragana.
    case hiragana
    /// Japanese katakana.
    case katakana
    /// Korean hangul.
    case hangul
    /// Bopomofo (注音符号).
    case bopomofo
    /// Letters of any other script.
    case other

    /// The script's name in Chinese ("拉丁字母").
    public var chineseName: String {
        switch self {
        case .latin: return "拉丁字母（英文字母）"
        case .greek: return "希腊字母"
        case .cyrillic: return "西里尔字母（俄文字母）"
        case .han: return "汉字"
        case .hiragana: return "平假名"
        case .katakana: return "片假名"
        case .hangul: return "韩文"
        case .bopomofo: return "注音符号"
        case .other: return "其他文字"
        }
    }

    /// The script's name in English ("Latin").
    public var englishName: String {
        switch self {
        case .other: return "other"
        default: return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}

/// UTS #39 skeletons and script mixes, shared by module ids (LessonKit) and learner names
/// (ProgressKit): two texts with one skeleton look alike on every screen.
public enum Skeleton {
    /// Unicode's NFKC_Casefold as UTS #31 asks of identifiers: NFKC, case-folded, NFKC again,
    /// so `Shop-Data` and full-width `ｓｈｏｐ-data` are `shop-data`.
    public static func canonical(_ text: String) -> String {
        // ASCII is its own NFKC, and its case folding is A–Z to a–z. Most ids and folder names
        // are ASCII, and Foundation's three passes were 1.5% of loading a 200-module course.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(text) }
        return foundationCanonical(text)
    }

    /// `canonical(_:)` by Foundation's NFKC and case folding, for any text.
    static func foundationCanonical(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping
        return compatible.folding(options: [.caseInsensitive], locale: nil).precomposedStringWithCompatibilityMapping
    }

    /// ASCII text with A–Z made a–z (what NFKC_Casefold does to ASCII).
    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return text }
        return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// The UTS #39 skeleton of a text: its canonical form decomposed (NFD), each character
    /// replaced by the one it is confused with (see `Confusables`), decomposed again.
    /// - Parameter text: a text, as written or canonical.
    public static func of(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in canonical(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            scalars.append(contentsOf: Confusables.prototype(of: scalar).unicodeScalars)
        }
        return String(scalars).decomposedStringWithCanonicalMapping
    }

    /// The scripts of a text's letters, in order of first use, when they are a mix that UTS #39
    /// does not allow even at its "highly restrictive" level; `nil` for a single script or an
    /// allowed mix (Latin with Han and Japanese kana, with Han and Bopomofo, or with Han and Hangul).
    /// - Parameter canonical: text in canonical form (`canonical(_:)`).
    public static func mixedScripts(_ canonical: String) -> [Script]? {
        var scripts: [Script] = []
        for scalar in canonical.unicodeScalars {
            guard let script = script(of: scalar), !scripts.contains(script) else { continue }
            scripts.append(script)
        }
        let found = Set(scripts)
        guard found.count > 1 else { return nil }
        let allowed: [Set<Script>] = [
            [.latin, .han, .hiragana, .katakana], [.latin, .han, .bopomofo], [.latin, .han, .hangul],
        ]
        return allowed.contains { found.isSubset(of: $0) } ? nil : scripts
    }

    /// The script of a letter; `nil` for digits, `-`, marks and other characters common to all.
    public static func script(of scalar: Unicode.Scalar) -> Script? {
        guard scalar.properties.isAlphabetic, scalar.properties.generalCategory != .nonspacingMark else { return nil }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA, 0xC0...0x24F, 0x250...0x2AF, 0x1D00...0x1D7F, 0x1E00...0x1EFF,
             0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F:
            return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0x20000...0x3FFFF:
            return .han
        case 0x3040...0x309F: return .hiragana
        case 0x30FC: return nil  // the prolonged sound mark, used with both kana
        case 0x30A0...0x30FF, 0x31F0...0x31FF: return .katakana
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x3100...0x312F, 0x31A0...0x31BF: return .bopomofo
        default: return .other
        }
    }
}
