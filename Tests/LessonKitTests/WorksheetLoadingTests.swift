import Foundation
import Testing
@testable import LessonKit

/// Worksheets found in module folders and joined with their translations; the bundled ones.
@Suite("Worksheet loading")
struct WorksheetLoadingTests {
    @Test("NAME.sheet.md and NAME.sheet.LANG.md are worksheets", arguments: [
        ("costs.sheet.md", FileRole.Kind.worksheet(name: "costs"), nil as LanguageTag?),
        ("costs.sheet.en.md", .worksheet(name: "costs"), LanguageTag("en")),
        ("01-a.b.sheet.zh-Hans.md", .worksheet(name: "01-a.b"), LanguageTag("zh-Hans")),
        ("sheet.md", .lesson(name: "sheet"), nil),
        ("sheet.en.md", .lesson(name: "sheet"), LanguageTag("en")),
        ("01-a.quiz.md", .check(lessonName: "01-a"), nil),
    ])
    func fileRoles(name: String, kind: FileRole.Kind, language: LanguageTag?) throws {
        let role = try #require(FileRole(fileName: name))
        #expect(role.kind == kind)
        #expect(role.language == language)
    }

    @Test("a worksheet with its translation: structure from the original, texts per language")
    func loadsWithTranslation() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 单元\n---\n", to: "m/module.md", in: folder)
            try FixturePaths.write("""
                ---
                title: 算账
                summary: 一单挣多少
                fields:
                  - id: price
                    label: 售价
                    kind: money
                    unit: 元
                    hint: 买家付多少
                    example: 100
                    checks: {required: true, min: 0}
                  - id: courier
                    label: 快递
                    kind: choice
                    options: [顺丰, 邮政]
                  - id: half
                    label: 一半
                    kind: number
                    decimals: 1
                    round: down
                    formula: price ÷ 2
                ---

                填上你的数。
                """, to: "m/01-sums.sheet.md", in: folder)
            try FixturePaths.write("""
                ---
                title: Sums
                fields:
                  - {id: price, label: Price, kind: money, unit: yuan}
                  - {id: courier, kind: choice, options: [SF Express, China Post]}
                  - {id: half, label: Half, kind: number}
                ---
                """, to: "m/01-sums.sheet.en.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("m")
            #expect(course.diagnostics.map { $0.formatted() } == [])
            let sheet = try #require(course.modules.first?.worksheets.first)
            #expect(sheet.id == "01-sums" && sheet.moduleID == "m")
            #expect(sheet.fields.map(\.id) == ["price", "courier", "half"])
            #expect(sheet.fields.map(\.kind) == [.money, .choice, .number])
            #expect(sheet.fields[0].checks == WorksheetChecks(required: true, min: WorksheetNumber(units: 0, scale: 0)))
            #expect(sheet.fields[0].scale == 2)
            #expect(sheet.fields[1].options == ["顺丰", "邮政"])
            #expect(sheet.fields[2].formula?.source == "price ÷ 2")
            #expect(sheet.fields[2].formula?.inputs == ["price"])
            #expect(sheet.fields[2].rounding == .down && sheet.fields[2].decimals == 1)
            #expect(sheet.title.value(for: .english) == "Sums")
            #expect(sheet.content.value(for: .english).summary == "一单挣多少")
            #expect(sheet.content.value(for: .english).introduction == sheet.content.original.introduction)
            let english = try #require(sheet.text(ofField: "price", in: .english))
            #expect(english == WorksheetFieldText(label: "Price", hint: "买家付多少", example: "100", unit: "yuan"))
            #expect(sheet.text(ofField: "courier", in: .english)?.label == "快递")
            #expect(sheet.text(ofField: "courier", in: .english)?.options == ["SF Express", "China Post"])
            #expect(sheet.text(ofField: "nobody", in: .english) == nil)
            let check = WorksheetChecker(worksheet: sheet).check(["price": "12.5 yuan", "courier": "China Post"])
            #expect(check["half"]?.value?.description == "6.2")
            #expect(check["courier"]?.value == .choice(1))
        }
    }

    @Test("the bundled worksheets: each in its module, translated, checks as the lessons teach")
    func bundled() throws {
        let modules = WorksheetCheckerTests.course.modules
        #expect(modules.map { $0.worksheets.map(\.id) } == [
            [], [], ["product-card", "product-title"], [], ["livestream-script"], ["anti-fraud-card"], [], [], ["costs"],
        ])
        for sheet in modules.flatMap(\.worksheets) {
            let english = try #require(sheet.content.translations[.english], "\(sheet.id).sheet.en.md")
            #expect(english.fields.count == sheet.fields.count)
            #expect(english.title != sheet.content.original.title)
            for (index, field) in sheet.fields.enumerated() {
                #expect(english.fields[index].label != sheet.content.original.fields[index].label, "\(sheet.id)/\(field.id)")
                #expect(english.fields[index].reasons.count == field.checks.forbidden.count, "\(sheet.id)/\(field.id)")
                #expect(field.isComputed || field.checks.maxLength != nil || field.kind.isNumeric, "\(sheet.id)/\(field.id) has no length limit")
            }
        }
        let title = try WorksheetCheckerTests.sheet("listing-products", "product-title").field(id: "title")
        #expect(title?.checks.maxLength == 30)
        #expect(title?.checks.forbidden == ["最", "第一", "国家级", "顶级", "极品", "治疗", "包治"])
        let script = try WorksheetCheckerTests.sheet("livestream-planning", "livestream-script")
        #expect(script.fields.map(\.id).filter { $0.hasPrefix("question-") || $0.hasPrefix("answer-") }.count == 6)
        let card = try WorksheetCheckerTests.sheet("safe-trading", "anti-fraud-card")
        #expect(card.content.original.fields.prefix(2).map(\.example) == ["110", "96110"])
    }
}

/// The complete example in docs/lesson-format.md loads without findings and computes what the
/// text says it does.
@Suite("Worksheet documentation")
struct WorksheetDocumentationTests {
    /// The fenced block that follows the line `` `name`: `` in the format document.
    private static func block(after name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/lesson-format.md"), encoding: .utf8)
        let start = try #require(text.range(of: "`\(name)`:\n\n```markdown\n"))
        let end = try #require(text.range(of: "\n```\n", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound]) + "\n"
    }

    @Test func theCompleteExampleWorks() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 单元\n---\n", to: "m/module.md", in: folder)
            try FixturePaths.write(try Self.block(after: "03-profit.sheet.md"), to: "m/03-profit.sheet.md", in: folder)
            try FixturePaths.write(try Self.block(after: "03-profit.sheet.en.md"), to: "m/03-profit.sheet.en.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("m")
            #expect(course.diagnostics.map { $0.formatted() } == [])
            let sheet = try #require(course.modules.first?.worksheets.first)
            #expect(sheet.content.translations[.english]?.fields.count == 7)
            let checker = WorksheetChecker(worksheet: sheet)
            let check = checker.check(["price": "100", "cost": "50", "fee": "1", "fixed": "96", "title": "最甜的猕猴桃"])
            #expect(check["profit"]?.value?.description == "49.00")
            #expect(check["break-even"]?.value?.description == "2")
            #expect(check["title"]?.messages.first?.chinese.hasPrefix("不能写“最”：这是绝对化的词") == true)
            #expect(check["title"]?.messages.first?.english.hasPrefix("Do not write “最”: an absolute term") == true)
            let long = checker.check(["title": String(repeating: "桃", count: 31)])
            #expect(long["title"]?.messages.map(\.chinese) == ["太长了：最多 30 个字，现在是 31 个，请删掉 1 个"])
        }
    }
}
