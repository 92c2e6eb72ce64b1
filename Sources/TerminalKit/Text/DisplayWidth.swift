/// Terminal display width, as glibc's `wcwidth` (and so ncurses) sees it, per grapheme cluster.
///
/// East Asian Wide and Fullwidth characters and emoji presentation take two columns; combining
/// marks, format characters and the Hangul medial/final jamo take none; controls take none (they
/// are never drawn: see `isControl`). Ambiguous-width characters (`…`, `★`, box drawing) take one,
/// as glibc says (`isAmbiguous` tells them), unless `ambiguous` is `.wide`: the terminal draws
/// them two columns wide (`AmbiguousWidth`), and layout must count them so.
///
/// A grapheme cluster (a Swift `Character`) takes what its scalars take — except an emoji
/// cluster (a ZWJ sequence 👨‍👩‍👧, a flag 🇨🇳, a skin tone 👍🏽, a keycap 1️⃣, a VS16 sequence ❤️),
/// which takes two: terminals disagree on those (tmux 3.3 draws 👨‍👩‍👧 in 2 columns, xterm in
/// 6; both draw 👍🏽 in 4, kitty in 2), so the terminal is sent a form of it that every one of them
/// draws in exactly two columns (see `TerminalText`).
public enum DisplayWidth {
    /// Columns taken by one Unicode scalar.
    /// - Parameter ambiguous: how the terminal draws East Asian ambiguous characters.
    public static func of(_ scalar: Unicode.Scalar, ambiguous: AmbiguousWidth = .narrow) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < 0xA0 { return 0 }
        if v == 0xAD { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        if ambiguous == .wide && isAmbiguous(scalar) { return 2 }
        return 1
    }

    /// Columns taken by one grapheme cluster: two for an emoji cluster, else its scalars'
    /// widths added (a base and its combining marks: the base's).
    public static func of(_ character: Character, ambiguous: AmbiguousWidth = .narrow) -> Int {
        if character.isASCII { return character.asciiValue.map { $0 < 0x20 || $0 == 0x7F ? 0 : 1 } ?? 1 }
        if isEmojiCluster(character) { return 2 }
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar, ambiguous: ambiguous) }
        return total
    }

    /// Columns taken by a string.
    public static func of<S: StringProtocol>(_ text: S, ambiguous: AmbiguousWidth = .narrow) -> Int {
        var total = 0
        for character in text { total += of(character, ambiguous: ambiguous) }
        return total
    }

    /// True for C0 and C1 control characters and DEL: they must never reach a terminal.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0)
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x1160 && v <= 0x11FF { return true }  // Hangul Jungseong and Jongseong
        if v == 0x200B { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode 15.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4DC0...0x4DFF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1AFF0...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
        0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335,
        0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3,
        0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440,
        0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
        0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
        0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7,
        0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB,
        0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
        0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
