import Testing
@testable import TerminalKit

@Suite("Display width")
struct DisplayWidthTests {
    @Test("strings", arguments: [
        ("hello", 5),
        ("", 0),
        ("村学", 4),
        ("开网店 shop", 11),
        ("苹果 apple 蜂蜜", 15),
        ("，。！？", 8),               // full-width punctuation
        ("ＡＢＣ１２３", 12),            // full-width forms
        ("e\u{301}", 1),              // e + combining acute
        ("a\u{200B}b", 2),            // zero-width space
        ("🍎", 2),                     // emoji presentation
        ("👍🏽", 2),                    // emoji + skin tone, one grapheme
        ("★", 1),                     // ambiguous: narrow, as glibc says
        ("…", 1),
        ("한글", 4),
        ("\u{1B}[31m", 4),            // ESC itself takes nothing
    ])
    func stringWidth(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test("grapheme clusters take the columns every terminal gives what is sent for them", arguments: [
        ("👨\u{200D}👩\u{200D}👧", 2),       // ZWJ sequence
        ("👩\u{200D}💻", 2),
        ("🏳\u{FE0F}\u{200D}🌈", 2),          // narrow base, VS16 and ZWJ
        ("🇨🇳", 2),                            // flag: two regional indicators
        ("🇨🇳🇺🇸", 4),
        ("👍🏽", 2),                            // skin tone
        ("✌🏽", 2),
        ("1\u{FE0F}\u{20E3}", 2),             // keycap
        ("#\u{FE0F}\u{20E3}", 2),
        ("❤\u{FE0F}", 2),                      // VS16: emoji presentation
        ("❤", 1),
        ("❤\u{FE0E}", 1),                      // VS15: text presentation
        ("1\u{20E3}", 1),                      // keycap without VS16: text
        ("🏽", 2),                             // a modifier alone is a wide emoji
        ("a\u{200D}b", 2),                     // a joiner between letters joins nothing
        ("\u{1100}\u{1161}\u{11A8}", 2),       // Hangul jamo: one wide syllable
        ("王👨\u{200D}👩\u{200D}👧🇨🇳芳", 8),
    ])
    func clusterWidth(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test("an emoji cluster fills one cell; other clusters one cell per spacing scalar")
    func cellsOfClusters() {
        #expect(DisplayWidth.cells(of: "👨\u{200D}👩\u{200D}👧") == [CellText(text: "👨\u{200D}👩\u{200D}👧", width: 2)])
        #expect(DisplayWidth.cells(of: "🇨🇳") == [CellText(text: "🇨🇳", width: 2)])
        #expect(DisplayWidth.cells(of: "e\u{301}") == [CellText(text: "e\u{301}", width: 1)])
        // Devanagari KA + vowel sign AA (a spacing mark): two cells, as terminals draw it.
        #expect(DisplayWidth.cells(of: "\u{915}\u{93E}") == [CellText(text: "\u{915}", width: 1), CellText(text: "\u{93E}", width: 1)])
    }

    @Test("control characters", arguments: [0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9B])
    func controls(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayWidth.isControl(scalar))
        #expect(DisplayWidth.of(scalar) == 0)
    }

    @Test func printableIsNotControl() {
        #expect(!DisplayWidth.isControl("a"))
        #expect(!DisplayWidth.isControl("中"))
    }
}
