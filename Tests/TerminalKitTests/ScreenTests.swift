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

/// Screens drawn through `TerminalText` onto modelled terminals, as `NCursesTerminal` does:
/// only the diff from the previous screen is sent, so a cell the diff forgets stays stale.
@Suite("Screen and emoji names")
struct ScreenEmojiTests {
    /// A terminal's grid: each write puts text at a column and advances as the model says.
    private struct Grid {
        var rows: [[String]]
        init(width: Int, height: Int) { rows = Array(repeating: Array(repeating: " ", count: width), count: height) }

        mutating func write(_ text: String, x: Int, y: Int, model: TerminalModel) {
            let w = model.advance(text)
            guard x < rows[y].count else { return }
            rows[y][x] = text
            for i in 1..<max(1, w) where x + i < rows[y].count { rows[y][x + i] = "" }
        }

        var lines: [String] { rows.map { $0.joined() } }
    }

    private func paint(_ screens: [Screen], on model: TerminalModel) -> Grid {
        var grid = Grid(width: screens[0].size.width, height: screens[0].size.height)
        var previous = Screen(size: Size(width: 0, height: 0))
        for screen in screens {
            for change in screen.diff(from: previous) {
                let width = screen[change.x + 1, change.y].isContinuation ? 2 : 1
                let text = change.cell.text.isEmpty ? " " : change.cell.text
                for piece in TerminalText.pieces(for: text, width: width, systemWidth: TerminalModel.glibcWidth) {
                    grid.write(piece.text, x: change.x + piece.offset, y: change.y, model: model)
                }
            }
            previous = screen
        }
        return grid
    }

    private func listScreen(_ names: [String]) -> Screen {
        var screen = Screen(size: Size(width: 20, height: names.count))
        for (row, name) in names.enumerated() {
            screen.put("│", x: 0, y: row)
            screen.put(name, x: 1, y: row, clip: Rect(x: 1, y: row, width: 18, height: 1))
            screen.put("│", x: 19, y: row)
        }
        return screen
    }

    /// Display columns of `│` on a grid line (the cell index, as a terminal shows it).
    private func borders(_ row: [String]) -> [Int] { row.indices.filter { row[$0] == "│" } }

    @Test("each emoji cluster is one cell with a continuation cell")
    func oneClusterPerCell() {
        var screen = Screen(size: Size(width: 12, height: 1))
        let end = screen.put("👨\u{200D}👩\u{200D}👧🇨🇳👍🏽x", x: 0, y: 0)
        #expect(end == 7)
        #expect(screen[0, 0].text == "👨\u{200D}👩\u{200D}👧" && screen[1, 0].isContinuation)
        #expect(screen[2, 0].text == "🇨🇳" && screen[3, 0].isContinuation)
        #expect(screen[4, 0].text == "👍🏽" && screen[5, 0].isContinuation)
        #expect(screen[6, 0].text == "x")
    }

    @Test("names with emoji keep the right border in its column on every terminal, and overdrawing leaves no stale cell",
          arguments: TerminalModel.allCases)
    func bordersAndStaleCells(model: TerminalModel) {
        let first = listScreen(["王👨\u{200D}👩\u{200D}👧芳", "🇨🇳李叔", "1\u{FE0F}\u{20E3}❤\u{FE0F}👍🏽"])
        let second = listScreen(["ab", "王芳", ""])
        let third = listScreen(["🇨🇳🇨🇳🇨🇳", "x👨\u{200D}👩\u{200D}👧", "❤\u{FE0F}"])
        for (index, screens) in [[first], [first, second], [first, second, third]].enumerated() {
            let grid = paint(screens, on: model)
            for (y, row) in grid.rows.enumerated() {
                #expect(borders(row) == [0, 19], "\(model), screen \(index + 1), row \(y): \(grid.lines[y])")
            }
        }
        // After the plain screen every cell is what it shows: nothing of an emoji is left.
        let grid = paint([first, second], on: model)
        #expect(grid.lines == ["│ab                │", "│王芳              │", "│                  │"])
    }
}
