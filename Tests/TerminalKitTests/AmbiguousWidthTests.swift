import Testing
@testable import TerminalKit

@Suite("Ambiguous width")
struct AmbiguousWidthTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("narrow and wide answers", arguments: [
        ("\u{1B}[1;2R\u{1B}[1;2R", AmbiguousWidth?.some(.narrow)),
        ("\u{1B}[1;3R\u{1B}[1;3R", .wide),
        ("\u{1B}[12;2R\u{1B}[12;3R", .wide),     // box drawing narrow, the bullet wide: wide
        ("\u{1B}[1;2R", nil),                    // one answer of two
        ("\u{1B}[1;7R\u{1B}[1;2R", nil),         // an answer that makes no sense
        ("", nil),
    ])
    func answers(reply: String, expected: AmbiguousWidth?) {
        #expect(AmbiguousWidthProbe.read(bytes(reply)).width == expected)
    }

    @Test("keys typed meanwhile are kept, in order, around the reports")
    func typeAhead() {
        let reading = AmbiguousWidthProbe.read(bytes("ab\u{1B}[3;2R中\u{1B}[3;3Rc\u{1B}x"))
        #expect(reading.columns == [2, 3])
        #expect(reading.otherBytes == bytes("ab中c\u{1B}x"))
    }

    @Test("an unfinished report waits for more unless the reading is final")
    func unfinished() {
        #expect(AmbiguousWidthProbe.read(bytes("\u{1B}[1;"), final: false).otherBytes.isEmpty)
        #expect(AmbiguousWidthProbe.read(bytes("\u{1B}[1;"), final: true).otherBytes == bytes("\u{1B}[1;"))
        // Arrow keys are not reports.
        #expect(AmbiguousWidthProbe.read(bytes("\u{1B}[A\u{1B}[1;5C")).columns.isEmpty)
    }

    @Test("the request draws each sample at the start of a line, asks, and erases")
    func request() {
        let text = String(decoding: AmbiguousWidthProbe.request, as: UTF8.self)
        #expect(text == "\r─\u{1B}[6n\r●\u{1B}[6n\r\u{1B}[K")
    }

    @Test("the setting", arguments: [
        (["CUNXUE_AMBIGUOUS": "wide"], AmbiguousWidth?.some(.wide)),
        (["CUNXUE_AMBIGUOUS": " Narrow "], .narrow),
        (["CUNXUE_AMBIGUOUS": "2"], nil),
        ([:], nil),
    ])
    func setting(environment: [String: String], expected: AmbiguousWidth?) {
        #expect(AmbiguousWidth.setting(in: environment) == expected)
    }

    @Test func memoryTerminalReportsWhatTheTestSets() {
        let terminal = MemoryTerminal()
        #expect(terminal.ambiguousWidth == .narrow)
        terminal.ambiguousWidth = .wide
        #expect((terminal as any Terminal).ambiguousWidth == .wide)
    }
}

@Suite("Ambiguous characters")
struct AmbiguousCharacterTests {
    // GNU screen with cjkwidth on draws these two columns wide (measured with ESC[6n).
    @Test("characters CJK terminals draw wide", arguments: Array("●█▶─│┌ⓘ★…※→↑▲"))
    func ambiguous(character: Character) throws {
        let scalar = try #require(character.unicodeScalars.first)
        #expect(DisplayWidth.isAmbiguous(scalar), "\(character)")
    }

    // ✓ and ░ are neutral, not ambiguous: GNU screen's cjkwidth draws them narrow.
    @Test("characters that line up either way", arguments: Array("ab1 村，。＋〓>-|+=[]#*✔✅✓░"))
    func unambiguous(character: Character) throws {
        let scalar = try #require(character.unicodeScalars.first)
        #expect(!DisplayWidth.isAmbiguous(scalar), "\(character)")
    }

    @Test func strings() {
        #expect(DisplayWidth.containsAmbiguous("1. 王芳 ▶"))
        #expect(!DisplayWidth.containsAmbiguous("1. 王芳 >"))
    }
}
