import Testing
@testable import TerminalKit

@Suite("Line wrapping")
struct LineWrapperTests {
    @Test("wraps", arguments: [
        // ASCII words never split.
        ("the quick brown fox", 10, ["the quick", "brown fox"]),
        // A word longer than the line is cut.
        ("abcdefghijkl", 5, ["abcde", "fghij", "kl"]),
        // CJK breaks between any two characters.
        ("农村电商服务站", 6, ["农村电", "商服务", "站"]),
        // Mixed: Latin words stay whole between CJK.
        ("在淘宝 Taobao 开店", 10, ["在淘宝", "Taobao 开", "店"]),
        // Closing punctuation never starts a line: it goes with the character before it.
        ("你好，世界", 4, ["你", "好，", "世界"]),
        ("先进货。再开店", 6, ["先进", "货。再", "开店"]),
        // Nor does a solidus (UAX #14, LB13): “通过/试过” keeps its `/` with 通过.
        ("演练：通过/试过。", 10, ["演练：通", "过/试过。"]),
        ("通过／试过", 4, ["通", "过／", "试过"]),
        // After punctuation a path may start the next line.
        ("看：/tmp/a", 6, ["看：", "/tmp/a"]),
        // Opening punctuation never ends a line.
        ("看《电子商务法》", 6, ["看《电", "子商务", "法》"]),
        ("买了《电子商务法》", 6, ["买了", "《电子", "商务", "法》"]),
        // Explicit newlines break.
        ("第一行\n第二行", 20, ["第一行", "第二行"]),
        // Spaces at a break are dropped.
        ("aa bb", 3, ["aa", "bb"]),
        // Empty text is one empty line.
        ("", 10, [""]),
        // Full-width digits are wide.
        ("１２３４", 4, ["１２", "３４"]),
    ])
    func wrap(text: String, width: Int, expected: [String]) {
        #expect(LineWrapper.wrap(text, width: width) == expected)
    }

    @Test("no line is wider than the width", arguments: [1, 2, 3, 7, 20])
    func neverTooWide(width: Int) {
        let text = "开网店第一步：用支付宝完成实名认证（real-name verification），再上架商品。"
        for line in LineWrapper.wrap(text, width: width) {
            #expect(DisplayWidth.of(line) <= max(width, 2))
        }
    }

    @Test("keeps styles across breaks")
    func styles() {
        let bold = Style(bold: true)
        let line = StyledLine([Span("普通"), Span("加粗文字", style: bold)])
        let wrapped = LineWrapper.wrap(line, width: 4)
        #expect(wrapped.map(\.text) == ["普通", "加粗", "文字"])
        #expect(wrapped[1].spans == [Span("加粗", style: bold)])
    }

    @Test("truncates", arguments: [
        ("hello world", 8, "hello w…"),
        ("村学电商课程", 7, "村学电…"),
        ("村学电商课程", 8, "村学电…"),   // a wide character never overhangs: one column left over
        ("短", 5, "短"),
        ("abc", 0, ""),
    ])
    func truncate(text: String, width: Int, expected: String) {
        let cut = LineWrapper.truncate(text, width: width)
        #expect(cut == expected)
        #expect(DisplayWidth.of(cut) <= width)
    }
}
