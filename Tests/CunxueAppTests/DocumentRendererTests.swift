import Foundation
import LessonKit
import Testing
import TerminalKit
@testable import CunxueApp

@Suite("Document renderer")
struct DocumentRendererTests {
    private let chinese = DocumentRenderer(imageLabel: "图片")

    private func lines(_ markdown: String, width: Int = 80, renderer: DocumentRenderer? = nil) -> [String] {
        (renderer ?? chinese).render(MarkdownParser().parse(markdown), width: width).map(\.text)
    }

    private func styled(_ markdown: String, width: Int = 80) -> [StyledLine] {
        chinese.render(MarkdownParser().parse(markdown), width: width)
    }

    /// The style of the span on `line` that holds `text`.
    private func style(of text: String, in line: StyledLine) -> Style? {
        line.spans.first { $0.text.contains(text) }?.style
    }

    // MARK: - Blocks and spacing

    @Test func blankLineBetweenBlocksOnly() {
        #expect(lines("第一段\n\n第二段\n\n# 标题") == ["第一段", "", "第二段", "", "标题"])
        #expect(lines("") == [])
    }

    @Test func headings() throws {
        let rendered = styled("# 开网店\n\n## 第二级\n\n### 第三级\n\n###### 第六级")
        #expect(rendered.map(\.text) == ["开网店", "", "第二级", "", "第三级", "", "第六级"])
        #expect(rendered[0].spans == [Span("开网店", style: ReadingStyle.majorHeading)])
        #expect(rendered[2].spans == [Span("第二级", style: ReadingStyle.majorHeading)])
        #expect(rendered[4].spans == [Span("第三级", style: Style(bold: true))])
        #expect(rendered[6].spans == [Span("第六级", style: Style(bold: true))])
        #expect(ReadingStyle.majorHeading.bold && ReadingStyle.majorHeading.underline)
    }

    @Test func longParagraphWraps() {
        #expect(lines("用支付宝完成实名认证，再上架商品。", width: 10) == ["用支付宝完", "成实名认", "证，再上架", "商品。"])
        #expect(lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    // MARK: - Inlines

    @Test func inlineStyles() throws {
        let line = try #require(styled("**粗体** *强调* ~~删掉~~ `代码`").first)
        #expect(line.text == "粗体 强调 ~~删掉~~ `代码`")
        #expect(line.spans == [
            Span("粗体", style: Style(bold: true)),
            Span(" "),
            Span("强调", style: Style(underline: true, italic: true)),
            Span(" "),
            Span("~~删掉~~", style: Style(dim: true)),
            Span(" "),
            Span("`代码`", style: ReadingStyle.code),
        ])
        // Each reads without colour too.
        #expect(ReadingStyle.code.monochrome.bold)
        #expect(ReadingStyle.link.monochrome.underline)
    }

    @Test func nestedInlineStylesMerge() throws {
        let line = try #require(styled("**粗体里*强调***").first)
        #expect(line.spans == [
            Span("粗体里", style: Style(bold: true)),
            Span("强调", style: Style(bold: true, underline: true, italic: true)),
        ])
    }

    @Test("soft breaks", arguments: [
        ("第一行\n第二行", "第一行第二行"),
        ("写不下，\n接着写", "写不下，接着写"),
        ("one line\nand the next", "one line and the next"),
        ("中文\nEnglish", "中文 English"),
        ("English\n中文", "English 中文"),
        ("한국어\n문장", "한국어 문장"),
    ])
    func softBreaks(markdown: String, expected: String) {
        #expect(lines(markdown) == [expected])
    }

    @Test func hardBreakBreaksTheLine() {
        #expect(lines("第一行  \n第二行") == ["第一行", "第二行"])
        #expect(lines("first\\\nsecond") == ["first", "second"])
    }

    @Test func linksShowTheirAddress() throws {
        #expect(lines("打开[淘宝网](https://www.taobao.com)注册") == ["打开淘宝网 (https://www.taobao.com)注册"])
        let line = try #require(styled("[淘宝网](https://www.taobao.com)").first)
        #expect(line.spans == [
            Span("淘宝网", style: ReadingStyle.link),
            Span(" ("),
            Span("https://www.taobao.com", style: Style(dim: true)),
            Span(")"),
        ])
    }

    @Test("an autolink shows its address once", arguments: [
        ("<https://www.taobao.com>", "https://www.taobao.com"),
        ("见 https://www.taobao.com 。", "见 https://www.taobao.com 。"),
        ("www.taobao.com", "www.taobao.com"),
        ("<help@example.com>", "help@example.com"),
        ("[](https://x.cn)", "https://x.cn"),
    ])
    func autolinks(markdown: String, expected: String) {
        #expect(lines(markdown) == [expected])
    }

    @Test func images() {
        #expect(lines("![淘宝开店页面](images/shop.png)") == ["[图片: 淘宝开店页面]"])
        #expect(lines("![](images/shop.png)") == ["[图片]"])
        #expect(lines("![the shop page](a.png)", renderer: DocumentRenderer(imageLabel: "Image")) == ["[Image: the shop page]"])
    }

    @Test func rawHTMLIsDimText() throws {
        let rendered = styled("行内 <b>粗</b>\n\n<div>\n块\n</div>")
        #expect(rendered.map(\.text) == ["行内 <b>粗</b>", "", "<div>", "块", "</div>"])
        #expect(rendered[0].spans == [Span("行内 "), Span("<b>", style: Style(dim: true)), Span("粗"), Span("</b>", style: Style(dim: true))])
        #expect(rendered[2].spans == [Span("<div>", style: Style(dim: true))])
    }

    @Test func inlinesAlone() {
        let rendered = chinese.render([.text("选出"), .strong([.text("正确")]), .text("的一项，然后按 Enter 确定")], width: 12)
        #expect(rendered.map(\.text) == ["选出正确的一", "项，然后按", "Enter 确定"])
        #expect(chinese.render([.text("x")], width: 0) == [])
    }

    // MARK: - Lists

    @Test func nestedBullets() {
        #expect(lines("- 一\n  - 二\n    - 三\n      - 四\n- 五") == ["• 一", "  ◦ 二", "    ▪ 三", "      ▪ 四", "• 五"])
    }

    @Test func orderedNumbersAlignRight() {
        #expect(lines("9. 九\n10. 十\n11. 十一") == [" 9. 九", "10. 十", "11. 十一"])
        #expect(lines("1. a\n2. b") == ["1. a", "2. b"])
    }

    @Test func wrappedItemsHangUnderTheText() {
        #expect(lines("- 装好淘宝，用手机号注册", width: 10) == ["• 装好淘", "  宝，用手", "  机号注册"])
        #expect(lines("10. 定价格，上架商品", width: 10) == ["10. 定价", "    格，上", "    架商品"])
        #expect(lines("1. 手机\n   - 装好支付宝和淘宝", width: 12) == ["1. 手机", "   ◦ 装好支", "     付宝和", "     淘宝"])
        #expect(lines("- Install Taobao and sign up", width: 14) == ["• Install", "  Taobao and", "  sign up"])
    }

    @Test func bulletsFollowNestingDepthAcrossKinds() {
        #expect(lines("1. 手机\n   - 支付宝") == ["1. 手机", "   ◦ 支付宝"])
    }

    @Test func taskItems() throws {
        #expect(lines("- [x] 实名认证\n- [ ] 拍照片") == ["[✓] 实名认证", "[ ] 拍照片"])
        #expect(lines("1. [x] 先认证\n2. [ ] 再开店") == ["1. [✓] 先认证", "2. [ ] 再开店"])
        #expect(lines("- [ ] 还没有拍商品照片", width: 12) == ["[ ] 还没有拍", "    商品照片"])
        #expect(DisplayWidth.of("[✓]") == 3)
        let line = try #require(styled("- [x] 好").first)
        #expect(line.spans.first == Span("[✓]", style: ReadingStyle.checkedBox))
    }

    @Test func looseListsKeepBlankLinesBetweenItems() {
        #expect(lines("- 一\n\n- 二\n\n  第二段") == ["• 一", "", "• 二", "", "  第二段"])
    }

    // MARK: - Quotes, code, rules

    @Test func blockQuotesNest() throws {
        #expect(lines("> 开店不收钱。\n>\n> > 客服不加微信。") == ["│ 开店不收钱。", "│", "│ │ 客服不加微信。"])
        #expect(lines("> 一二三四五六", width: 8) == ["│ 一二三", "│ 四五六"])
        let line = try #require(styled("> 好").first)
        #expect(line.spans == [Span("│ ", style: Style(dim: true)), Span("好")])
    }

    @Test func codeBlocksAreCutNeverWrapped() throws {
        let rendered = styled("```\n\tx\nab\tc\nabcdefghijklmnop\n\n订单号码一二三四\n```", width: 10)
        #expect(rendered.map(\.text) == ["      x", "  ab  c", "  abcdefg…", "", "  订单号…"])
        #expect(rendered[0].spans == [Span("  "), Span("    x", style: ReadingStyle.codeBlock)])
        #expect(lines("    缩进的代码") == ["  缩进的代码"])
    }

    @Test func thematicBreakSpansTheWidth() {
        #expect(lines("上\n\n---\n\n下", width: 6) == ["上", "", "──────", "", "下"])
    }

    // MARK: - Tables

    @Test func tableAtNaturalWidth() throws {
        let markdown = """
        | 商品 | 重量 | 价格 |
        | :--- | :---: | ---: |
        | 苹果 | 5 斤 | 39.9 |
        | 土蜂蜜 | 1 斤 | 128 |
        """
        #expect(lines(markdown) == [
            "┌────────┬──────┬──────┐",
            "│ 商品   │ 重量 │ 价格 │",
            "├────────┼──────┼──────┤",
            "│ 苹果   │ 5 斤 │ 39.9 │",
            "│ 土蜂蜜 │ 1 斤 │  128 │",
            "└────────┴──────┴──────┘",
        ])
        let header = try #require(styled(markdown).dropFirst().first)
        #expect(style(of: "商品", in: header) == Style(bold: true))
    }

    @Test func tableCentresAndFillsShortRows() {
        let markdown = """
        | a | 中间 | b |
        | --- | :-: | --- |
        | 1 | x |
        """
        #expect(lines(markdown) == [
            "┌───┬──────┬───┐",
            "│ a │ 中间 │ b │",
            "├───┼──────┼───┤",
            "│ 1 │  x   │   │",
            "└───┴──────┴───┘",
        ])
    }

    @Test func wideTableWrapsInsideCells() {
        let markdown = """
        | 商品 | 说明 |
        | --- | --- |
        | 苹果 | 山上的红富士，脆甜多汁，包邮到家 |
        | 核桃 | 今年的新核桃 |
        """
        #expect(lines(markdown, width: 24) == [
            "┌──────┬───────────────┐",
            "│ 商品 │ 说明          │",
            "├──────┼───────────────┤",
            "│ 苹果 │ 山上的红富    │",
            "│      │ 士，脆甜多    │",
            "│      │ 汁，包邮到家  │",
            "├──────┼───────────────┤",
            "│ 核桃 │ 今年的新核桃  │",
            "└──────┴───────────────┘",
        ])
    }

    @Test func narrowColumnsKeepTheirWidthWhileWideOnesGiveWay() {
        let markdown = """
        | 数量 | 说明 | 备注 |
        | --- | --- | --- |
        | 12 | 一二三四五六七八九十一二三四五六七八九十 | 甲乙丙丁戊己庚辛壬癸 |
        """
        let rendered = lines(markdown, width: 40)
        #expect(rendered.allSatisfy { DisplayWidth.of($0) == 40 })
        #expect(rendered[1] == "│ 数量 │ 说明          │ 备注          │")
    }

    @Test func longWordsKeepWholeWhenTheyCan() {
        let markdown = """
        | Step | What to do |
        | --- | --- |
        | 1 | Verification before anything else |
        """
        // "Verification" is 12 columns: the column is never narrower than that.
        let rendered = lines(markdown, width: 24)
        #expect(rendered.contains("│ 1    │ Verification  │"))
        #expect(rendered.allSatisfy { DisplayWidth.of($0) == 24 })
    }

    @Test func tableTooNarrowForAGridBecomesFieldLines() {
        let markdown = """
        | 商品 | 重量 | 价格 |
        | --- | --- | --- |
        | 苹果 | 5 斤 | 39.9 |
        | 核桃 | 2 斤 | 58 |
        """
        #expect(lines(markdown, width: 12) == [
            "────────────",
            "商品: 苹果",
            "重量: 5 斤",
            "价格: 39.9",
            "────────────",
            "商品: 核桃",
            "重量: 2 斤",
            "价格: 58",
            "────────────",
        ])
    }

    @Test("CJK table borders line up at every width", arguments: [30, 40, 60, 80])
    func tableBordersLineUp(width: Int) throws {
        let markdown = """
        | 商品 | 重量 | 价格（元） | 说明 |
        | :--- | :---: | ---: | --- |
        | 苹果 | 5 斤 | 39.9 | 山上的红富士，脆甜多汁，包邮到家 |
        | 土蜂蜜 | 1 斤 | 128 | 自家养的蜂，**不说**“最好”“第一” |
        """
        let rendered = lines(markdown, width: width)
        let first = try #require(rendered.first)
        let expectedWidth = DisplayWidth.of(first)
        #expect(expectedWidth <= width)
        let junctions = columns(of: "┬", in: first)
        for line in rendered {
            #expect(DisplayWidth.of(line) == expectedWidth, "\(line)")
            let bars = line.hasPrefix("│") ? columns(of: "│", in: line) : columns(of: line.hasPrefix("├") ? "┼" : (line.hasPrefix("└") ? "┴" : "┬"), in: line)
            #expect(bars.filter { $0 > 0 && $0 < expectedWidth - 1 } == junctions, "\(line)")
        }
    }

    /// The display columns where `mark` appears in `line`.
    private func columns(of mark: Character, in line: String) -> [Int] {
        var result: [Int] = []
        var column = 0
        for character in line {
            if character == mark { result.append(column) }
            column += DisplayWidth.of(character)
        }
        return result
    }

    // MARK: - Safety

    @Test func controlCharactersNeverGetThrough() {
        let document = Document(blocks: [
            Block(.paragraph([.text("红\u{1B}[31m色\u{7}"), .code("a\u{9B}b"), .link(destination: "x\u{0}y", children: [.text("链\u{85}接")])]), line: 1),
            Block(.codeBlock(info: "", text: "a\u{1B}b\tc\u{8}\n"), line: 2),
            Block(.htmlBlock("<p>\u{1B}]0;title\u{7}</p>"), line: 3),
            Block(.heading(level: 1, content: [.image(alt: "图\u{1B}", destination: "")]), line: 4),
        ])
        let rendered = chinese.render(document, width: 40)
        #expect(!rendered.isEmpty)
        for line in rendered {
            #expect(!line.text.unicodeScalars.contains(where: DisplayWidth.isControl), "\(line.text.debugDescription)")
        }
        #expect(rendered[0].text == "红[31m色`ab`链接 (xy)")
    }

    @Test("nothing is drawn at a width below 1", arguments: [0, -5])
    func noWidth(width: Int) {
        #expect(chinese.render(MarkdownParser().parse("# 标题\n\n- 一"), width: width) == [])
    }

    @Test("tiny widths still keep every line within the width", arguments: 1...9)
    func tinyWidths(width: Int) throws {
        let document = try Self.fixtureLesson(.simplifiedChinese)
        for line in chinese.render(document, width: width) {
            #expect(line.width <= width, "\(line.text)")
        }
    }

    // MARK: - Fixtures and snapshots

    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/EveryConstruct")

    private static func fixtureLesson(_ language: LanguageTag) throws -> Document {
        let course = CourseLoader().load(fixtures.path)
        #expect(course.errors.isEmpty, "\(course.errors)")
        let module = try #require(course.modules.first)
        let lesson = try #require(module.lessons.first)
        return lesson.body.value(for: language)
    }

    @Test("every construct, in snapshots", arguments: [
        ("zh", 80), ("zh", 40), ("en", 80), ("en", 40),
    ])
    func snapshot(language: String, width: Int) throws {
        let tag: LanguageTag = language == "zh" ? .simplifiedChinese : .english
        let renderer = DocumentRenderer(imageLabel: language == "zh" ? "图片" : "Image")
        let rendered = renderer.render(try Self.fixtureLesson(tag), width: width)
        var screen = Screen(size: Size(width: width, height: rendered.count))
        for (row, line) in rendered.enumerated() { screen.put(line, x: 0, y: row) }
        expectSnapshot(screen, named: "document-\(language)-\(width)")
    }

    @Test("no line wider than the width, fixtures", arguments: 10...120)
    func fixturesFit(width: Int) throws {
        for language in [LanguageTag.simplifiedChinese, .english] {
            for line in chinese.render(try Self.fixtureLesson(language), width: width) {
                #expect(line.width <= width, "\(line.text)")
            }
        }
    }

    private static let bundledDocuments: [Document] = {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons")
        let course = CourseLoader().load(lessons.path)
        return course.modules.flatMap { module in
            module.introduction.languages.map { module.introduction.value(for: $0) }
                + module.lessons.flatMap { lesson in lesson.body.languages.map { lesson.body.value(for: $0) } }
        }
    }()

    @Test func bundledCourseIsThere() {
        #expect(Self.bundledDocuments.count > 50)
    }

    // A spread of widths (the fixtures above take every width): the whole course at every width
    // would cost CI half a minute for little more.
    @Test("no line wider than the width, bundled course", arguments: [10, 11, 13, 17, 23, 31, 40, 47, 56, 61, 76, 80, 97, 116, 120])
    func bundledCourseFits(width: Int) {
        for document in Self.bundledDocuments {
            for line in chinese.render(document, width: width)
            where ParagraphWrapper.widthBound(line) > width && line.width > width {
                Issue.record("\(line.text) is wider than \(width)")
            }
        }
    }
}
