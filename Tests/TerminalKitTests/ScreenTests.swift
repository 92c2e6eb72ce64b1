import Testing
@testable import TerminalKit

@Suite("Screen")
struct ScreenTests {
    @Test func putsWideCharactersInTwoCells() {
        var screen = Screen(size: Size(width: 6, height: 1))
        let end = screen.put("村a学", x: 0, y: 0)
        #expect(end == 5)
        #expect(screen.lines == ["村a学 "])
        #expect(screen[1, 0].isContinuation)
        #expect(screen[4, 0].isContinuation)
    }

    @Test("a wide character at the right edge is never split")
    func rightEdge() {
        var screen = Screen(size: Size(width: 5, height: 1))
        screen.put("村学电", x: 0, y: 0)
        #expect(screen.lines == ["村学 "])
        #expect(!screen[4, 0].isContinuation)
    }

    @Test("clip rectangle edges are respected")
    func clip() {
        var screen = Screen(size: Size(width: 10, height: 2))
        screen.put("一二三四五", x: 1, y: 1, clip: Rect(x: 0, y: 1, width: 6, height: 1))
        #expect(screen.text == "\n 一二")
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("村学", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        #expect(screen.lines == [" x学"])
        screen.put("y", x: 2, y: 0)
        #expect(screen.lines == [" xy "])
    }

    @Test("control characters never reach a cell")
    func controls() {
        var screen = Screen(size: Size(width: 12, height: 1))
        screen.put("a\u{1B}[31mb\u{7}c\u{9B}d", x: 0, y: 0)
        #expect(screen.text == "a[31mbcd")
        #expect(!screen.cells.contains { $0.text.unicodeScalars.contains(where: DisplayWidth.isControl) })
    }

    @Test func combiningMarksJoinTheirBase() {
        var screen = Screen(size: Size(width: 3, height: 1))
        screen.put("e\u{301}x", x: 0, y: 0)
        #expect(screen[0, 0].text == "e\u{301}")
        #expect(screen[1, 0].text == "x")
    }

    @Test func diffReportsOnlyChangedCells() {
        var a = Screen(size: Size(width: 6, height: 2))
        a.put("hello", x: 0, y: 0)
        var b = a
        b.put("J", x: 0, y: 0)
        b.put("村", x: 2, y: 1)
        let changes = b.diff(from: a)
        #expect(changes.map { [$0.x, $0.y] } == [[0, 0], [2, 1]])
        #expect(changes.map(\.cell.text) == ["J", "村"])
    }

    @Test func diffOfSameScreenIsEmpty() {
        var a = Screen(size: Size(width: 5, height: 2))
        a.put("村学", x: 0, y: 0)
        #expect(a.diff(from: a).isEmpty)
    }

    @Test func diffOfNewSizeIsEverything() {
        let a = Screen(size: Size(width: 2, height: 2))
        let b = Screen(size: Size(width: 3, height: 2))
        #expect(b.diff(from: a).count == 6)
    }

    @Test func monochromeKeepsEmphasis() {
        let highlighted = Style(background: .blue).monochrome
        #expect(highlighted.reverse && highlighted.background == .default)
        let coloured = Style(foreground: .red).monochrome
        #expect(coloured.bold && coloured.foreground == .default)
    }
}
