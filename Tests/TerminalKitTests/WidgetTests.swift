import Testing
@testable import TerminalKit

@Suite("Widgets")
struct WidgetTests {
    private func render(width: Int, height: Int, _ draw: (inout Screen, Rect) -> Void) -> [String] {
        var screen = Screen(size: Size(width: width, height: height))
        draw(&screen, screen.bounds)
        return screen.lines
    }

    @Test func textBlockWrapsAndScrolls() {
        let lines = render(width: 8, height: 2) { screen, rect in
            TextBlock("先登录支付宝再开店", style: .plain).render(in: rect, screen: &screen)
        }
        #expect(lines == ["先登录支", "付宝再开"])
        let scrolled = render(width: 8, height: 2) { screen, rect in
            TextBlock([StyledLine("先登录支付宝再开店")], scroll: 1).render(in: rect, screen: &screen)
        }
        #expect(scrolled == ["付宝再开", "店      "])
    }

    @Test func selectListNumbersAndHighlights() {
        let list = SelectList([SelectList.Item("淘宝"), SelectList.Item("拼多多", detail: "80%"), SelectList.Item("抖店")],
                              selected: 1)
        let lines = render(width: 20, height: 3) { screen, rect in list.render(in: rect, screen: &screen) }
        #expect(lines == [
            "  1. 淘宝           ",
            "▶ 2. 拼多多     80% ",
            "  3. 抖店           ",
        ])
        var screen = Screen(size: Size(width: 20, height: 3))
        list.render(in: screen.bounds, screen: &screen)
        #expect(screen[0, 1].style.reverse)
        #expect(!screen[0, 0].style.reverse)
        #expect(list.item(at: Point(x: 5, y: 2), in: screen.bounds) == 2)
        #expect(list.item(at: Point(x: 5, y: 5), in: screen.bounds) == nil)
    }

    @Test func selectListScrollsToSelection() {
        let items = (1...12).map { SelectList.Item("第\($0)课") }
        let list = SelectList(items, selected: 10)
        let lines = render(width: 14, height: 3) { screen, rect in list.render(in: rect, screen: &screen) }
        #expect(lines == ["  9. 第9课    ", "     第10课   ", "▶    第11课   "])
        #expect(list.item(at: Point(x: 0, y: 0), in: Rect(x: 0, y: 0, width: 14, height: 3)) == 8)
    }

    @Test("progress bar", arguments: [
        (0.0, "░░░░░   0%"),
        (0.5, "██░░░  50%"),
        (1.0, "█████ 100%"),
        (0.01, "█░░░░   1%"),   // anything started shows at least one block
        (0.99, "████░  99%"),   // anything unfinished leaves at least one gap
    ])
    func progressBar(fraction: Double, expected: String) {
        let text = ProgressBar(fraction: fraction).line(width: 10).text
        #expect(text == expected)
        #expect(DisplayWidth.of(text) == 10)
    }

    @Test func keyHintBarDropsWhatDoesNotFit() {
        let bar = KeyHintBar([.init("↑↓", "选择"), .init("Enter", "确定"), .init("Esc", "返回")])
        #expect(bar.line(width: 80).text == " ↑↓ 选择   Enter 确定   Esc 返回")
        #expect(bar.line(width: 21).text == " ↑↓ 选择   Enter 确定")
        #expect(bar.line(width: 20).text == " ↑↓ 选择")
        #expect(bar.line(width: 80).spans[0].style.reverse)
    }

    @Test func aHintThatStaysIsNeverDroppedForAnother() {
        let bar = KeyHintBar([.init("P", "清除密码"), .init("↑↓", "翻动"), .init("Esc", "返回", stays: true), .init("?", "帮助")])
        #expect(bar.line(width: 80).text == " P 清除密码   ↑↓ 翻动   Esc 返回   ? 帮助")
        // Too narrow for all: ? and then ↑↓ give way, Esc stays where it was.
        #expect(bar.line(width: 38).text == " P 清除密码   ↑↓ 翻动   Esc 返回")
        #expect(bar.line(width: 30).text == " P 清除密码   Esc 返回")
        // Only the staying hint fits: it alone is shown; when even it does not fit, nothing.
        #expect(bar.line(width: 9).text == " Esc 返回")
        #expect(bar.line(width: 8).text == "")
        #expect(bar.fitting(width: 30).map(\.key) == ["P", "Esc"])
    }

    @Test func boxDrawsFrameAndTitle() {
        var inner = Rect(x: 0, y: 0, width: 0, height: 0)
        let lines = render(width: 12, height: 4) { screen, rect in
            inner = Box(title: "村学").render(in: rect, screen: &screen)
        }
        #expect(lines == [
            "┌─ 村学 ───┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
    }
}
