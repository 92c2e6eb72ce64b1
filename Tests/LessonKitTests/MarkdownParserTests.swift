import Testing
@testable import LessonKit

/// Markdown (CommonMark + GitHub extensions) into `Document`.
struct MarkdownParserTests {
    private let parser = MarkdownParser()

    @Test func realNameLessonHasTablesTasksCodeImagesLinksAndHTML() throws {
        let course = CourseLoader(workingDirectory: FixturePaths.root).load("GoodCourse")
        let body = try #require(course.module(id: "platform-registration")?.lessons.last?.body.original)
        let table = Table(
            alignments: [.left, .right],
            header: [TableCell([.text("材料")]), TableCell([.text("说明")])],
            rows: [
                [TableCell([.text("身份证")]), TableCell([.text("本人的")])],
                [TableCell([.text("银行卡")]), TableCell([.strikethrough([.text("别人的")]), .text(" 本人的")])],
            ])
        #expect(body.blocks == [
            Block(.heading(level: 1, content: [.text("实名认证")]), line: 1),
            Block(.paragraph([.text("开店要准备：")]), line: 3),
            Block(.table(table), line: 5),
            Block(.list(ListBlock(isOrdered: false, items: [
                ListItem(task: .checked, blocks: [Block(.paragraph([.text("身份证")]), line: 10)], line: 10),
                ListItem(task: .unchecked, blocks: [Block(.paragraph([.text("营业执照（个人店不用）")]), line: 11)], line: 11),
            ])), line: 10),
            Block(.codeBlock(info: "text", text: "支付宝 → 我的 → 设置 → 实名认证\n"), line: 13),
            Block(.paragraph([
                .image(alt: "身份证正面", destination: "images/id.png"),
                .text(" 详见 "),
                .link(destination: "https://www.taobao.com", children: [.text("https://www.taobao.com")]),
                .text(" 和 "),
                .link(destination: "https://help.taobao.com", children: [.text("帮助")]),
                .text("。"),
                .lineBreak,
                .text("第二行 "),
                .htmlInline("<b>"), .text("粗体"), .htmlInline("</b>"),
            ]), line: 17),
            Block(.htmlBlock("<div>HTML 块</div>\n"), line: 20),
            Block(.thematicBreak, line: 22),
            Block(.blockQuote([Block(.paragraph([.text("以平台最新规则为准。")]), line: 24)]), line: 24),
        ])
    }

    @Test func orderedListKeepsItsStartAndLooseness() {
        let document = parser.parse("3. 三\n\n4. 四\n")
        guard case .list(let list) = document.blocks.first?.kind else {
            Issue.record("expected a list")
            return
        }
        #expect(list.isOrdered)
        #expect(list.start == 3)
        #expect(!list.isTight)
        #expect(list.items.count == 2)
    }

    @Test func emphasisSoftBreaksAndInlineCode() {
        let document = parser.parse("*斜* **粗** `代码`\n下一行 ~~删~~ www.example.com\n")
        #expect(document.blocks == [Block(.paragraph([
            .emphasis([.text("斜")]), .text(" "), .strong([.text("粗")]), .text(" "), .code("代码"), .softBreak,
            .text("下一行 "), .strikethrough([.text("删")]), .text(" "),
            .link(destination: "http://www.example.com", children: [.text("www.example.com")]),
        ]), line: 1)])
    }

    @Test func charactersMadeByEntitiesAreSanitizedAndReported() {
        let result = parser.parseReportingSanitized("一\n\n红&#27;[31m字 &#x202E;反\n")
        #expect(result.document.blocks == [
            Block(.paragraph([.text("一")]), line: 1),
            Block(.paragraph([.text("红[31m字 \u{FFFD}反")]), line: 3),
        ])
        #expect(result.sanitized.map(\.line) == [3])
        #expect(result.sanitized.first?.scalar == "\u{1B}")
    }

    @Test func deepNestingIsFlattenedInsteadOfExhaustingTheStack() {
        let depth = 5_000
        let document = parser.parse(String(repeating: ">", count: depth) + " 深\n")
        var nesting = 0
        var blocks = document.blocks
        while case .blockQuote(let inner)? = blocks.first?.kind {
            nesting += 1
            blocks = inner
        }
        #expect(nesting <= MarkdownParser.maximumDepth)
        #expect(document.plainText.contains("深"))
    }

    @Test func emptyInputGivesAnEmptyDocument() {
        #expect(parser.parse("").isEmpty)
        #expect(parser.parse("\n\n   \n").isEmpty)
    }

    @Test func plainTextOfInlines() {
        let inlines: [Inline] = [.text("看"), .link(destination: "u", children: [.strong([.text("这里")])]),
                                 .image(alt: "图", destination: "p"), .softBreak, .code("c")]
        #expect(inlines.plainText == "看这里图 c")
    }
}
