/// A small table of letters that look like Latin ones, for `Skeleton.of` (module ids, learner names).
///
/// Source: the Unicode Security Mechanisms data file `confusables.txt` (UTS #39, version 15.1),
/// the entries whose target is one lower-case Latin letter or digit and whose source is a
/// lower-case Cyrillic or Greek letter, a Latin letter of another shape, or a digit. Text is
/// case-folded before its skeleton is taken, so only lower-case sources are needed; full-width
/// forms (`ｓ`) are folded by NFKC before the table is asked. The digits `0` and `1` are mapped as
/// `confusables.txt` maps them (to `o` and `l`).
public enum Confusables {
    /// The prototype a character is confused with (itself when it is in no entry).
    public static func prototype(of scalar: Unicode.Scalar) -> String {
        table[scalar.value].map(String.init) ?? String(Character(scalar))
    }

    private static let table: [UInt32: Character] = [
        // Cyrillic
        0x0430: "a", 0x0433: "r", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0443: "y",
        0x0445: "x", 0x0455: "s", 0x0456: "i", 0x0458: "j", 0x0461: "w", 0x0475: "v", 0x04AF: "y",
        0x04BB: "h", 0x04BD: "e", 0x04CF: "i", 0x0501: "d", 0x051B: "q", 0x051D: "w",
        // Greek
        0x03B1: "a", 0x03B3: "y", 0x03B9: "i", 0x03BD: "v", 0x03BF: "o", 0x03C1: "p", 0x03C3: "o",
        0x03C5: "u", 0x03F1: "p", 0x03F2: "c", 0x03F3: "j",
        // Latin letters of another shape
        0x0131: "i", 0x017F: "f", 0x01C0: "l", 0x0237: "j", 0x0251: "a", 0x0261: "g", 0x0269: "i",
        0x028B: "u",
        // Digits (confusables.txt maps 0 to O, which case folding makes o)
        0x0030: "o", 0x0031: "l",
    ]
}
