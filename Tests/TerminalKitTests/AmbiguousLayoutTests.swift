import Testing
@testable import TerminalKit
import TestSupport

/// Layout for a terminal that draws East Asian ambiguous characters two columns wide: widths,
/// wrapping, cutting, the Screen, the glyph table, widgets and what ncurses is sent.
@Suite("Ambiguous width layout")
struct AmbiguousLayoutTests {
    @Test("widths: ambiguous characters count two in wide mode, nothing else changes", arguments: [
        ("“好的”", 6, 8), ("……", 2, 4), ("——", 2, 4), ("─│┌", 3, 6), ("①§×÷°·", 6, 12),
        ("abc", 3, 3), ("中文", 4, 4), ("✓░", 2, 2), ("👍", 2, 2), ("e\u{301}", 1, 1),
    ])
    func widths(text: String, narrow: Int, wide: Int) {
        #expect(DisplayWidth.of(text) == narrow)
        #expect(DisplayWidth.of(text, ambiguous: .narrow) == narrow)
        #expect(DisplayWidth.of(text, ambiguous: .wide) == wide)
        #expect(StyledLine(text).width(ambiguous: .wide) == wide)
    }

    @Test("wrapping in wide mode keeps every line within the width, and quotes with their words")
    func wrapping() {
        let text = "他说：“这个价格……太低了——不划算。”我说“好”。"
        for width in 4...30 {
            for line in LineWrapper.wrap(text, width: width, ambiguous: .wide) {
                #expect(DisplayWidth.of(line, ambiguous: .wide) <= width, "width \(width): \(line)")
                // From 10 columns on no piece has to be cut: marks stay with their neighbours.
                if width >= 10 {
                    #expect(!line.hasPrefix("”") && !line.hasPrefix("……") && !line.hasSuffix("“"), "width \(width): \(line)")
                }
            }
        }
        // Laid out narrow, some line overflows a terminal that draws them wide.
        #expect((8...20).contains { width in LineWrapper.wrap(text, width: width).contains { DisplayWidth.of($0, ambiguous: .wide) > width } })
    }

    @Test("random mixed text wraps within the width in wide mode")
    func randomWrapping() {
        let seed = UInt64.random(in: 1...UInt64.max)
        print("AmbiguousLayoutTests.randomWrapping seed \(seed)")
        var generator = SeededGenerator(seed: seed)
        let pieces: [String] = ["中", "文", "“", "”", "…", "—", "·", "a", "b", " ", "①", "×", "，", "。", "─", "👍", "Ω"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let width = Int.random(in: 2...20, using: &generator)
            for line in LineWrapper.wrap(text, width: width, ambiguous: .wide) {
                #expect(DisplayWidth.of(line, ambiguous: .wide) <= width, "seed \(seed), width \(width): \(text)")
            }
            let cut = LineWrapper.truncate(text, width: width, ambiguous: .wide)
            #expect(DisplayWidth.of(cut, ambiguous: .wide) <= width, "seed \(seed), width \(width): \(text)")
        }
    }

    @Test("cutting in wide mode: the ellipsis takes two columns")
    func truncating() {
        #expect(LineWrapper.truncate("“好的”谢谢", width: 6, ambiguous: .wide) == "“好…")
        #expect(LineWrapper.truncate("“好的”谢谢", width: 6) == "“好的…")
        #expect(LineWrapper.truncate("abcdef", width: 1, ambiguous: .wide) == ".")
        #expect(LineWrapper.widestPiece(of: "“好的”", ambiguous: .wide) == 4)
    }

    @Test("a wide screen stores an ambiguous character in two cells and never half of one at an edge")
    func screenEdges() {
        var screen = Screen(size: Size(width: 5, height: 2), ambiguousWidth: .wide)
        #expect(screen.put("a“b", x: 0, y: 0) == 4)
        #expect(screen[1, 0].text == "“" && screen[2, 0].isContinuation && screen[3, 0].text == "b")
        // At the right edge of the screen and of a clip rectangle: padded, never cut.
        screen.put("abcd…", x: 0, y: 1)
        #expect(screen.lines[1] == "abcd ")
        screen.put("x—", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 2, height: 1))
        #expect(screen.lines[0].hasPrefix("x ") && !screen[1, 0].isContinuation && screen[2, 0].isContinuation == false)
        // Overwriting half of one blanks the other half.
        var other = Screen(size: Size(width: 4, height: 1), ambiguousWidth: .wide)
        other.put("“", x: 1, y: 0)
        other.put("z", x: 2, y: 0)
        #expect(other.lines[0] == "  z ")
        #expect(Screen(size: Size(width: 1, height: 1)).ambiguousWidth == .narrow)
    }

    @Test("the wide glyph set has no ambiguous character, and each glyph is as wide in both modes")
    func glyphTable() {
        let g = Glyphs.wide
        let all = [g.topLeft, g.topRight, g.bottomLeft, g.bottomRight, g.horizontal, g.vertical, g.teeDown, g.teeUp,
                   g.teeRight, g.teeLeft, g.cross, g.barFilled, g.barEmpty, g.pointer, g.moreAbove, g.moreBelow, g.info,
                   g.dot, g.check, g.crossMark, g.separator, g.quoteBar] + g.bullets
        for glyph in all {
            #expect(!DisplayWidth.containsAmbiguous(glyph), "\(glyph)")
            #expect(DisplayWidth.of(glyph, ambiguous: .narrow) == DisplayWidth.of(glyph, ambiguous: .wide), "\(glyph)")
        }
        let n = Glyphs.narrow
        // The frame, bar and pointer take the same columns in both sets, so layouts agree.
        for (a, b) in [(n.horizontal, g.horizontal), (n.vertical, g.vertical), (n.barFilled, g.barFilled),
                       (n.barEmpty, g.barEmpty), (n.pointer, g.pointer), (n.dot, g.dot), (n.moreBelow, g.moreBelow)] {
            #expect(DisplayWidth.of(a) == DisplayWidth.of(b), "\(a) \(b)")
        }
        #expect(Glyphs.for(.wide) == .wide && Glyphs.for(.narrow) == .narrow)
    }

    @Test("a box, a bar and a list in wide mode line up on a wide terminal")
    func widgets() {
        var screen = Screen(size: Size(width: 20, height: 5), ambiguousWidth: .wide)
        let inner = Box(title: "学员“甲”").render(in: Rect(x: 0, y: 0, width: 20, height: 4), screen: &screen)
        SelectList([SelectList.Item("王芳…"), SelectList.Item("李叔")], selected: 0).render(in: inner, screen: &screen)
        ProgressBar(fraction: 0.5).render(in: Rect(x: 0, y: 4, width: 20, height: 1), screen: &screen)
        // Lines hold each character once: “ and ” take two columns on the screen.
        #expect(screen.lines == [
            "+- 学员“甲” -----+",
            "|> 1. 王芳…       |",
            "|  2. 李叔         |",
            "+------------------+",
            "#######........  50%",
        ])
        for y in 0..<4 {
            #expect(screen[19, y].text == "+" || screen[19, y].text == "|", "row \(y): \(screen.lines[y])")
        }
        #expect(screen.text.split(separator: "\n").allSatisfy { DisplayWidth.of($0, ambiguous: .wide) <= 20 })
        #expect(KeyHintBar([.init("↑↓", "选择"), .init("Enter", "确定")]).line(width: 80, ambiguous: .wide).width(ambiguous: .wide)
                == 2 + 4 + 2 + 2 + 2 + 5 + 2 + 4)
    }

    @Test("ncurses gets a placeholder; the real character is drawn over it at its own place")
    func overlay() {
        var screen = Screen(size: Size(width: 8, height: 2), ambiguousWidth: .wide)
        screen.put("中“", x: 1, y: 1, style: Style(bold: true, foreground: .red))
        #expect(!AmbiguousCells.isWideAmbiguous(screen, x: 1, y: 1))  // 中 is wide for ncurses too
        #expect(AmbiguousCells.isWideAmbiguous(screen, x: 3, y: 1))
        let bytes = String(decoding: AmbiguousCells.overlay(for: screen, supportsColor: true), as: UTF8.self)
        #expect(bytes == "\u{1B}7\u{1B}[2;4H\u{1B}[0;1;31m“\u{1B}8")
        let mono = String(decoding: AmbiguousCells.overlay(for: screen, supportsColor: false), as: UTF8.self)
        #expect(mono == "\u{1B}7\u{1B}[2;4H\u{1B}[0;1m“\u{1B}8")
        var narrow = Screen(size: Size(width: 8, height: 2))
        narrow.put("中“", x: 1, y: 1)
        #expect(AmbiguousCells.overlay(for: narrow, supportsColor: true).isEmpty)
        #expect(DisplayWidth.of(AmbiguousCells.placeholder) == 2)
    }

    @Test("the setting: --ambiguous wins over CUNXUE_AMBIGUOUS; auto asks the terminal", arguments: [
        (AmbiguousWidth.Preference?.none, [String: String](), AmbiguousWidth.Preference.auto),
        (nil, ["CUNXUE_AMBIGUOUS": "wide"], .wide),
        (nil, ["CUNXUE_AMBIGUOUS": " Auto"], .auto),
        (nil, ["CUNXUE_AMBIGUOUS": "double"], .auto),
        (.narrow, ["CUNXUE_AMBIGUOUS": "wide"], .narrow),
        (.auto, ["CUNXUE_AMBIGUOUS": "wide"], .auto),
    ])
    func preference(option: AmbiguousWidth.Preference?, environment: [String: String], expected: AmbiguousWidth.Preference) {
        #expect(AmbiguousWidth.Preference.resolve(option: option, environment: environment) == expected)
        #expect(AmbiguousWidth.Preference.auto.width == nil && AmbiguousWidth.Preference.wide.width == .wide)
    }
}
