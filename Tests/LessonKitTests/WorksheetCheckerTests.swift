import Foundation
import Testing
@testable import LessonKit
import TestSupport

/// `WorksheetChecker` on the bundled worksheets and on worksheets built here: typed numbers,
/// checks, forbidden words with their reasons, computed fields, and that it is total.
@Suite("Worksheet checker")
struct WorksheetCheckerTests {
    static let course: Course = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return CourseLoader().load(root.appendingPathComponent("Lessons").path)
    }()

    static func sheet(_ module: String, _ id: String) throws -> Worksheet {
        try #require(course.module(id: module)?.worksheets.first { $0.id == id })
    }

    /// The messages of field `id` in Chinese and in English.
    private func messages(_ check: WorksheetCheck, _ id: String) -> [String] {
        (check[id]?.messages ?? []).flatMap { [$0.chinese, $0.english] }
    }

    // MARK: - 商品标题

    @Test("a title with 最 gets the banned-words reason, in Chinese and in English")
    func titleWithBannedWord() throws {
        let checker = WorksheetChecker(worksheet: try Self.sheet("listing-products", "product-title"))
        let check = checker.check(["title": "最甜的陕西红心猕猴桃 5斤装"])
        #expect(check["title"]?.value == .text("最甜的陕西红心猕猴桃 5斤装"))
        #expect(messages(check, "title") == [
            "不能写“最”：这是绝对化的词，《广告法》第九条不许用，罚款二十万元起。改写实在话，比如产地、品种",
            "Do not write “最”: this is an absolute term (most, best); Article 9 of the Advertising Law bans it, with fines from 200,000 yuan. Write plain facts instead, such as origin and variety",
        ])
        let two = checker.check(["title": "国家级 顶级 核桃"])
        #expect(two["title"]?.messages.map { $0.chinese.prefix { $0 != "：" } } == ["不能写“国家级”", "不能写“顶级”"])
        #expect(checker.check(["title": "陕西 红心猕猴桃 5斤装 自家果园"])["title"]?.isFine == true)
    }

    @Test("31 characters is too long, 30 is fine; characters are what a reader counts")
    func titleLength() throws {
        let checker = WorksheetChecker(worksheet: try Self.sheet("listing-products", "product-title"))
        let thirty = String(repeating: "猕", count: 29) + "👍🏽"
        #expect(thirty.count == 30)
        #expect(checker.check(["title": thirty])["title"]?.messages == [])
        let check = checker.check(["title": thirty + "桃"])
        #expect(messages(check, "title") == [
            "太长了：最多 30 个字，现在是 31 个，请删掉 1 个", "Too long: at most 30 characters, now 31; remove 1",
        ])
        // Blanks around the answer do not count.
        #expect(checker.check(["title": "  " + thirty + "\u{3000}"])["title"]?.messages == [])
    }

    @Test("required fields left empty are marked missing; optional ones are fine")
    func required() throws {
        let check = WorksheetChecker(worksheet: try Self.sheet("listing-products", "product-title")).check(["origin": "陕西"])
        #expect(check["origin"]?.isFine == true)
        #expect(check["variety"] == WorksheetFieldResult(id: "variety"))
        #expect(check["name"] == WorksheetFieldResult(id: "name", messages: [.required], isMissing: true))
        #expect(check.isComplete == false)
        #expect(check.openCount == 3)
    }

    // MARK: - 算账

    private static let example = ["price": "100", "cost": "50", "packaging": "5", "postage": "12", "fee": "1", "fixed": "96"]

    /// The bundled costs-and-profit sheet's checker.
    private static func costsChecker() throws -> WorksheetChecker {
        WorksheetChecker(worksheet: try sheet("costs-and-profit", "costs"))
    }

    /// The lesson's example with the fields in `changes` typed otherwise.
    private static func example(changing changes: [String: String]) -> [String: String] {
        example.merging(changes) { $1 }
    }

    @Test("the costs sheet's example: 1.00 platform fee, 32.00 profit, 3 orders to break even")
    func costsExample() throws {
        let sheet = try Self.sheet("costs-and-profit", "costs")
        let check = WorksheetChecker(worksheet: sheet).check(Self.example)
        #expect(check["fee-amount"]?.value?.description == "1.00")
        #expect(check["profit"]?.value?.description == "32.00")
        #expect(check["break-even"]?.value?.description == "3")
        #expect(check.isComplete)
        // The examples written in the sheet are the lesson's numbers.
        let examples = Dictionary(uniqueKeysWithValues: sheet.fields.indices.compactMap { index in
            sheet.content.original.fields[index].example.map { (sheet.fields[index].id, $0) }
        })
        #expect(examples == Self.example)
    }

    @Test("break-even rounds up: 160 ÷ 23 is 7 orders; Taobao's 0.6% on 19.99 is 0.12")
    func breakEvenAndFees() throws {
        let checker = try Self.costsChecker()
        let wang = checker.check(Self.example(changing: ["postage": "21", "fixed": "160"]))
        #expect(wang["profit"]?.value?.description == "23.00")
        #expect(wang["break-even"]?.value?.description == "7")
        let taobao = checker.check(["price": "19.99", "fee": "0.6"])
        #expect(taobao["fee-amount"]?.value?.description == "0.12")
        #expect(taobao["profit"]?.waitingFor == ["cost", "packaging", "postage"])
        #expect(taobao["break-even"]?.waitingFor == ["fixed", "profit"])
    }

    @Test("a profit of 0 gives a message naming it instead of a number; below 0 says to check")
    func profitZeroOrNegative() throws {
        let checker = try Self.costsChecker()
        let zero = checker.check(Self.example(changing: ["price": "67.68", "fee": "1"]))
        #expect(zero["profit"]?.value?.description == "0.00")
        #expect(zero["break-even"]?.value == nil)
        #expect(messages(zero, "break-even") == [
            "算不出来：“一单的利润”是 0，不能用 0 去除。请检查上面填的数",
            "Cannot work this out: “Profit on one order” is 0, and nothing can be divided by 0. Check the numbers above",
        ])
        let loss = checker.check(Self.example(changing: ["price": "60", "fee": "1"]))
        #expect(loss["profit"]?.value?.description == "-7.60")
        #expect(loss["profit"]?.isFine == true)
        #expect(messages(loss, "break-even") == [
            "算出来是 -12 单，不能小于 0 单：请检查上面填的数",
            "This comes to -12 orders, less than 0 orders: check the numbers above",
        ])
    }

    @Test("money and numbers as learners type them", arguments: [
        ("price", "12.5", "12.50"), ("price", "１２．５元", "12.50"), ("price", "¥1,200", "1200.00"), ("price", "￥ 8 块钱", "8.00"),
        ("price", "12。5", "12.50"), ("price", ".5", "0.50"), ("price", "12.500", "12.50"), ("price", "0", "0.00"),
        ("fee", "0.6%", "0.6"), ("fee", "３", "3"), ("fee", "1.50", "1.5"),
    ])
    func typedNumbers(field: String, typed: String, expected: String) throws {
        let check = try Self.costsChecker().check([field: typed])
        #expect(check[field]?.value?.description == expected)
        #expect(check[field]?.messages == [])
    }

    @Test("what is not a number says what to write", arguments: [
        ("price", "abc", "这里要写一个数，比如 12 或 12.5"), ("price", "1e5", "这里要写一个数，比如 12 或 12.5"),
        ("price", "1,20", "这里要写一个数，比如 12 或 12.5"), ("price", "1.2.3", "这里要写一个数，比如 12 或 12.5"),
        ("price", "12.345", "钱写到分就够了：小数点后最多两位，比如 12.50"),
        ("price", "99999999999999", "这个数太大了：请检查是不是多写了几个 0"),
        ("price", "-5", "不能小于 0 元"), ("fee", "1.234", "小数点后最多 2 位"), ("fee", "120", "不能大于 100%"),
        ("fixed", "-", "这里要写一个数，比如 12 或 12.5"),
    ])
    func wrongNumbers(field: String, typed: String, expected: String) throws {
        let check = try Self.costsChecker().check([field: typed])
        #expect(check[field]?.messages.map(\.chinese) == [expected])
    }

    // MARK: - Built here

    private func builtSheet(_ fields: [WorksheetField], texts: [WorksheetFieldText]? = nil,
                            english: [WorksheetFieldText]? = nil) -> Worksheet {
        let original = WorksheetContent(title: "表", fields: texts ?? fields.map { WorksheetFieldText(label: $0.id) }, sourcePath: "x")
        var translations: [LanguageTag: WorksheetContent] = [:]
        if let english { translations[.english] = WorksheetContent(title: "Sheet", fields: english, sourcePath: "x.en") }
        return Worksheet(id: "t", moduleID: "m", fields: fields,
                         content: Localized(originalLanguage: .simplifiedChinese, original: original, translations: translations))
    }

    @Test("a choice is an option's text in any language, or its number")
    func choice() {
        let field = WorksheetField(id: "courier", kind: .choice, options: ["顺丰", "邮政"])
        let sheet = builtSheet([field], texts: [WorksheetFieldText(label: "快递", options: ["顺丰", "邮政"])],
                               english: [WorksheetFieldText(label: "Courier", options: ["SF Express", "China Post"])])
        let checker = WorksheetChecker(worksheet: sheet)
        #expect(checker.check(["courier": "顺丰"])["courier"]?.value == .choice(0))
        #expect(checker.check(["courier": "China Post"])["courier"]?.value == .choice(1))
        #expect(checker.check(["courier": "2"])["courier"]?.value == .choice(1))
        #expect(checker.check(["courier": "3"])["courier"]?.messages == [.notAnOption])
        #expect(WorksheetChecker(worksheet: builtSheet([WorksheetField(id: "c", kind: .choice)])).check(["c": "1"])["c"]?.messages
            == [.notAnOption])
    }

    @Test("minLength, and forbidden words found whatever their width or case")
    func textChecks() {
        let field = WorksheetField(id: "t", kind: .longText, checks: WorksheetChecks(minLength: 3, forbidden: ["TOP1", "最"]))
        let sheet = builtSheet([field], texts: [WorksheetFieldText(label: "t", reasons: ["别写", "不行"])])
        let checker = WorksheetChecker(worksheet: sheet)
        #expect(checker.check(["t": "好"])["t"]?.messages.map(\.chinese) == ["太短了：至少写 3 个字，现在是 1 个"])
        #expect(checker.check(["t": "全网ｔｏｐ１好货"])["t"]?.messages.map(\.chinese) == ["不能写“TOP1”：别写"])
        // English falls back to the original's reason where no translation gives one.
        #expect(checker.check(["t": "最好\n的货"])["t"]?.messages.map(\.english) == ["Do not write “最”: 不行"])
    }

    @Test("formulas that cannot be worked out give a message, whatever the worksheet")
    func brokenFormulas() throws {
        func formula(_ text: String) throws -> WorksheetFormula { try #require(WorksheetFormula(text)) }
        let fields = [
            WorksheetField(id: "a", kind: .money),
            WorksheetField(id: "self", kind: .money, formula: try formula("self + a")),
            WorksheetField(id: "x", kind: .money, formula: try formula("y + 1")),
            WorksheetField(id: "y", kind: .money, formula: try formula("x + 1")),
            WorksheetField(id: "z", kind: .money, formula: try formula("x + nobody")),
            WorksheetField(id: "name", kind: .text),
            WorksheetField(id: "w", kind: .number, formula: try formula("name * 2")),
            WorksheetField(id: "ok", kind: .money, formula: try formula("a * 2")),
            WorksheetField(id: "uses-x", kind: .money, formula: try formula("ok + x")),
        ]
        let check = WorksheetChecker(worksheet: builtSheet(fields)).check(["a": "2", "name": "李", "self": "5"])
        for id in ["self", "x", "y", "z", "w", "uses-x"] {
            #expect(check[id]?.messages == [.brokenFormula], "\(id)")
            #expect(check[id]?.value == nil, "\(id)")
        }
        #expect(check["ok"]?.value?.description == "4.00")
        #expect(check.fields.map(\.id) == fields.map(\.id))
    }

    @Test("total: random answers on every bundled worksheet never trap and keep one result per field")
    func randomAnswers() throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        print("WorksheetCheckerTests.randomAnswers seed \(seed)")
        var generator = SeededGenerator(seed: seed)
        let pieces = ["0", "1", "9", ".", "。", ",", "-", "−", "%", "元", "¥", "最", "第一", "👍🏽", " ", "\u{3000}", "e", "x",
                      "99999999999", "\u{1B}", "\u{202E}", "\n", "０", "1,000", "顺丰"]
        let sheets = Self.course.modules.flatMap(\.worksheets)
        #expect(sheets.count == 5)
        for _ in 0..<300 {
            for sheet in sheets {
                var answers: [String: String] = [:]
                for field in sheet.fields {
                    let count = Int.random(in: 0...6, using: &generator)
                    answers[field.id] = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
                }
                let check = WorksheetChecker(worksheet: sheet).check(answers)
                #expect(check.fields.map(\.id) == sheet.fields.map(\.id))
            }
        }
    }
}
