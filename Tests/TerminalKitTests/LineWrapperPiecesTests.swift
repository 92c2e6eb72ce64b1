import Testing
import TerminalKit

@Suite("Widest unbreakable piece")
struct LineWrapperPiecesTests {
    @Test("measures", arguments: [
        ("the quick brown fox", 5),
        ("农村电商服务站", 2),
        // Closing punctuation stays with the character before it.
        ("你好，世界", 4),
        ("先进货。再开店", 4),
        // Opening punctuation stays with the character after it.
        ("看《电子商务法》", 4),
        // A Latin word between CJK characters is one piece.
        ("在淘宝 Taobao 开店", 6),
        ("访客 200 人，转化率 3%", 4),
        // Trailing spaces do not count; each line of several is measured.
        ("ab   ", 2),
        ("短\nlonger-word", 11),
        ("", 0),
        ("   ", 0),
    ])
    func measures(text: String, expected: Int) {
        #expect(LineWrapper.widestPiece(of: text) == expected)
    }

    @Test("many texts at once give the same answers as one at a time")
    func batch() {
        let texts = ["你好，世界", "the quick brown fox", "（约50元）", "", "买了《电子商务法》。"]
        #expect(LineWrapper.widestPieces(of: texts) == texts.map { LineWrapper.widestPiece(of: $0) })
    }

    @Test("wrapping at the widest piece never cuts a word or strands a mark", arguments: [
        "开网店第一步：用支付宝完成实名认证（real-name verification），再上架商品。",
        "“先别急。”他说：“核对订单、地址和电话，再打包。”",
        "Ship within 48 hours (the platform's rule), or the order is closed.",
    ])
    func wrapsCleanly(text: String) {
        let width = LineWrapper.widestPiece(of: text)
        let lines = LineWrapper.wrap(text, width: width)
        for line in lines {
            #expect(DisplayWidth.of(line) <= width)
            #expect(!(line.first.map { "，。）”、：".contains($0) } ?? false), "line starts with a closing mark: \(line)")
            #expect(!(line.last.map { "（“".contains($0) } ?? false), "line ends with an opening mark: \(line)")
        }
        // No Latin word was cut: every word of the text is whole on some line.
        let words = text.split(whereSeparator: { !$0.isASCII || $0 == " " }).map(String.init)
        for word in words where word.count > 1 {
            #expect(lines.contains { $0.contains(word) }, "word cut: \(word)")
        }
    }
}
