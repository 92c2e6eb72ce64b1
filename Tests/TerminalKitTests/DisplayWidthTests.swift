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
