import Foundation
import Testing
@testable import LessonKit

/// One committed fixture folder per worksheet finding, with the exact lines `cunxue validate`
/// prints for it (like `DiagnosticFixtureTests`), and the findings that need a file built here.
struct WorksheetDiagnosticFixtureTests {
    static let folder = FixturePaths.root + "/WorksheetDiagnostics"

    static let cases: [(fixture: String, lines: [String])] = [
        ("check-does-not-fit", [
            "check-does-not-fit/01-fit.sheet.md:7:5: error: `decimals` 不能用在 kind 为 money 的字段上：它只用于 number 字段，请删去它或改 kind",
            "check-does-not-fit/01-fit.sheet.md:8:5: error: `round` 不能用在 kind 为 money 的字段上：它只用于有公式（formula）的字段，请删去它",
            "check-does-not-fit/01-fit.sheet.md:10:7: error: `maxLength` 不能用在 kind 为 money 的字段上：它只用于 text、longText 字段，请删去它或改 kind",
            "check-does-not-fit/01-fit.sheet.md:11:7: error: `forbidden` 不能用在 kind 为 money 的字段上：它只用于 text、longText 字段，请删去它或改 kind",
            "check-does-not-fit/01-fit.sheet.md:17:5: error: `options` 不能用在 kind 为 text 的字段上：它只用于 choice 字段，请删去它或改 kind",
            "check-does-not-fit/01-fit.sheet.md:18:5: error: `formula` 不能用在 kind 为 text 的字段上：它只用于 number、money 字段，请删去它或改 kind",
            "check-does-not-fit/01-fit.sheet.md:20:7: error: `min` 不能用在 kind 为 text 的字段上：它只用于 number、money 字段，请删去它或改 kind",
            "check-does-not-fit/01-fit.sheet.md:25:5: error: `example` 不能用在有公式（formula）的字段上：这个字段由公式算出来，学员不用填，请删去 `example`",
            "check-does-not-fit/01-fit.sheet.md:27:7: error: `required` 不能用在有公式（formula）的字段上：这个字段由公式算出来，学员不用填，请删去 `required`",
        ]),
        ("choice-without-options", [
            "choice-without-options/01-choices.sheet.md:4:5: error: 选择题（choice）至少要有 2 个选项，这里有 0 个：请在 options 里写上选项",
            "choice-without-options/01-choices.sheet.md:10:5: error: 选择题（choice）至少要有 2 个选项，这里有 1 个：请在 options 里写上选项",
            "choice-without-options/01-choices.sheet.md:14:5: error: 选项“纸箱”写了两遍：请删去一个",
        ]),
        ("contradictory-checks", [
            "contradictory-checks/01-limits.sheet.md:9:7: error: `minLength` 比 `maxLength` 还大，怎么填都不对：请改小 minLength 或改大 maxLength",
            "contradictory-checks/01-limits.sheet.md:15:7: error: `min` 比 `max` 还大，怎么填都不对：请改小 min 或改大 max",
        ]),
        ("duplicate-field", [
            "duplicate-field/01-twice.sheet.md:10:5: error: 字段 id “price”和第 4 行的字段重复了：请给其中一个换一个 id",
        ]),
        ("empty-forbidden-list", [
            "empty-forbidden-list/01-empty.sheet.md:8:7: error: forbidden 是空的：请写上不能用的词和原因（- word: 最 / reason: …），或删去 forbidden",
        ]),
        ("example-fails-check", [
            "example-fails-check/01-examples.sheet.en.md:7:5: warning: 例子“最 sweet kiwi”过不了这个字段自己的检查（不能写“最”：绝对化的词）：学员会照着例子写，请改一改例子",
            "example-fails-check/01-examples.sheet.en.md:14:5: warning: 例子“ten yuan”过不了这个字段自己的检查（这里要写一个数，比如 12 或 12.5）：学员会照着例子写，请改一改例子",
            "example-fails-check/01-examples.sheet.en.md:19:5: warning: 例子“medium”过不了这个字段自己的检查（请从给出的几项里选一项）：学员会照着例子写，请改一改例子",
            "example-fails-check/01-examples.sheet.md:7:5: warning: 例子“最甜的猕猴桃”过不了这个字段自己的检查（不能写“最”：绝对化的词）：学员会照着例子写，请改一改例子",
            "example-fails-check/01-examples.sheet.md:15:5: warning: 例子“红心猕猴桃”过不了这个字段自己的检查（太长了：最多 3 个字，现在是 5 个，请删掉 2 个）：学员会照着例子写，请改一改例子",
            "example-fails-check/01-examples.sheet.md:21:5: warning: 例子“十块”过不了这个字段自己的检查（这里要写一个数，比如 12 或 12.5）：学员会照着例子写，请改一改例子",
            "example-fails-check/01-examples.sheet.md:26:5: warning: 例子“中”过不了这个字段自己的检查（请从给出的几项里选一项）：学员会照着例子写，请改一改例子",
        ]),
        ("formula-cycle", [
            "formula-cycle/01-circles.sheet.md:10:22: error: 公式用到了它自己（`profit`），算不出来：请改成只用别的字段",
            "formula-cycle/01-circles.sheet.md:14:14: error: 公式绕成了一个圈（a → b → a），算不出来：请让其中一个公式不用另一个",
            "formula-cycle/01-circles.sheet.md:22:14: error: 公式绕成了一个圈（x → y → z → x），算不出来：请让其中一个公式不用另一个",
        ]),
        ("formula-field-kind", [
            "formula-field-kind/01-text.sheet.md:14:14: error: 公式里的 `name` 是 text 字段，不是数：公式只能用 number 和 money 字段",
            "formula-field-kind/01-text.sheet.md:14:25: error: 公式里的 `courier` 是 choice 字段，不是数：公式只能用 number 和 money 字段",
        ]),
        ("formula-syntax", [
            "formula-syntax/01-syntax.sheet.md:13:21: error: 公式写错了：这里少了一个数或字段",
            "formula-syntax/01-syntax.sheet.md:17:14: error: 公式写错了：这个括号没有配对，请在后面补上 )",
            "formula-syntax/01-syntax.sheet.md:21:14: error: 公式写错了：公式里不能有“售”：只能写字段 id、数字、+ − × ÷、括号和 %",
            "formula-syntax/01-syntax.sheet.md:25:21: error: 公式写错了：这里少了运算符（+ − × ÷）",
            "formula-syntax/01-syntax.sheet.md:29:5: error: 公式写错了：公式是空的，请写上怎么算，如 price - cost",
        ]),
        ("invalid-sheet-value", [
            "invalid-sheet-value/01-values.sheet.md:4:5: error: `id` 的值“1price”不可用：应当是字段 id（英文字母开头，只用英文字母、数字和 -）",
            "invalid-sheet-value/01-values.sheet.md:7:5: error: `id` 的值“价格”不可用：应当是字段 id（英文字母开头，只用英文字母、数字和 -）",
            "invalid-sheet-value/01-values.sheet.md:13:5: error: `decimals` 的值“7”不可用：应当是 0 到 4 的整数",
            "invalid-sheet-value/01-values.sheet.md:18:5: error: `round` 的值“ceil”不可用：应当是 half-up、up 或 down",
            "invalid-sheet-value/01-values.sheet.md:23:7: error: `minLength` 的值“abc”不可用：应当是 0 或更大的整数",
            "invalid-sheet-value/01-values.sheet.md:28:7: error: `min` 的值“ten”不可用：应当是一个数，如 0 或 12.5",
            "invalid-sheet-value/01-values.sheet.md:32:5: error: `options` 的值“顺丰”不可用：应当是文字的列表，如 [顺丰, 邮政]",
            "invalid-sheet-value/01-values.sheet.md:36:5: error: `checks` 的值“yes”不可用：应当是检查项（required: true、maxLength: 30 这样一行一项）",
            "invalid-sheet-value/01-values.sheet.md:37:5: error: `fields` 的值“不是字段”不可用：应当是一个字段（id: …、label: …、kind: … 这样一行一项）",
            "invalid-sheet-value/02-list.sheet.md:3:1: error: `fields` 的值“5”不可用：应当是字段的列表，每个字段用 - 开头",
        ]),
        ("missing-key", [
            "missing-key/01-card.sheet.md:1:1: error: 实操单缺少 `title`：请写上 title: …",
            "missing-key/01-card.sheet.md:4:5: error: 这个字段缺少 `id`：请写上 id: …",
            "missing-key/01-card.sheet.md:6:5: error: 字段 origin 缺少 `label`：请写上 label: …",
            "missing-key/01-card.sheet.md:13:11: error: 不能用的词缺少 `reason`：请写上 reason: …",
            "missing-key/01-card.sheet.md:14:11: error: 不能用的词缺少 `word`：请写上 word: …",
            "missing-key/02-empty.sheet.md:1:1: error: 实操单缺少 `fields`：请写上 fields: …",
        ]),
        ("no-fields", [
            "no-fields/01-none.sheet.md:3:1: error: 实操单里没有字段：请在 fields 下面至少写一个字段（id、label、kind）",
        ]),
        ("sheet-keys", [
            "sheet-keys/01-keys.sheet.en.md:8:7: warning: 翻译文件里的 `min` 会被忽略：这一项只从原文读取",
            "sheet-keys/01-keys.sheet.en.md:12:5: warning: 翻译文件里的 `formula` 会被忽略：这一项只从原文读取",
            "sheet-keys/01-keys.sheet.en.md:13:5: warning: 翻译文件里的 `decimals` 会被忽略：这一项只从原文读取",
            "sheet-keys/01-keys.sheet.md:2:1: warning: 不认识的设置 `titel`，会被忽略：你是不是想写 `title`？",
            "sheet-keys/01-keys.sheet.md:6:5: warning: 不认识的设置 `lable`，会被忽略：你是不是想写 `label`？",
            "sheet-keys/01-keys.sheet.md:10:7: warning: 不认识的设置 `maxlength`，会被忽略：你是不是想写 `maxLength`？",
            "sheet-keys/01-keys.sheet.md:19:11: warning: 不认识的设置 `why`，会被忽略：请检查拼写",
        ]),
        ("translation-mismatch", [
            "translation-mismatch/01-sheet.sheet.de.md:7:5: error: 第 2 个字段在翻译里是 `titel`，原文是 `title`：id 和顺序要和原文一样",
            "translation-mismatch/01-sheet.sheet.en.md:1:1: error: 翻译有 1 个字段，原文有 2 个：翻译要和原文一个字段一个字段对应",
            "translation-mismatch/01-sheet.sheet.es.md:7:5: error: 第 1 个字段在翻译里有 3 个选项，原文有 2 个：选项要和原文一一对应",
            "translation-mismatch/01-sheet.sheet.fr.md:6:5: error: 第 1 个字段在翻译里是 text，原文是 choice：kind 要和原文一样",
            "translation-mismatch/01-sheet.sheet.it.md:11:7: error: 第 2 个字段不能用的词和原文不一样：翻译里只改 reason，word 和顺序照抄原文",
        ]),
        ("unknown-field", [
            "unknown-field/01-names.sheet.md:13:14: error: 公式里的 `prise` 不是这张实操单的字段：你是不是想写 `price`？",
            "unknown-field/01-names.sheet.md:17:14: error: 公式里的 `price-cost` 不是这张实操单的字段：请检查字段 id 是否写对（减号前后要加空格，如 a - b）",
            "unknown-field/01-names.sheet.md:21:22: error: 公式里的 `shipping` 不是这张实操单的字段：请检查字段 id 是否写对",
        ]),
        ("unknown-kind", [
            "unknown-kind/01-kinds.sheet.md:6:5: error: 没有“mony”这种 kind：你是不是想写 `money`？可用的有 text、longText、number、money、choice",
            "unknown-kind/01-kinds.sheet.md:9:5: error: 没有“longtext”这种 kind：你是不是想写 `longText`？可用的有 text、longText、number、money、choice",
            "unknown-kind/01-kinds.sheet.md:12:5: error: 没有“date”这种 kind：可用的有 text、longText、number、money、choice",
        ]),
    ]

    @Test("every committed worksheet fixture folder is in the table")
    func everyFixtureIsTested() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.cases.map(\.fixture)))
    }

    static let englishCases: [(fixture: String, lines: [String])] = [
        ("check-does-not-fit", [
            "check-does-not-fit/01-fit.sheet.md:7:5: error: `decimals` does not apply to a money field: it is for number fields; remove it or change the kind",
            "check-does-not-fit/01-fit.sheet.md:8:5: error: `round` does not apply to a money field: it is for fields with a formula; remove it",
            "check-does-not-fit/01-fit.sheet.md:10:7: error: `maxLength` does not apply to a money field: it is for text, longText fields; remove it or change the kind",
            "check-does-not-fit/01-fit.sheet.md:11:7: error: `forbidden` does not apply to a money field: it is for text, longText fields; remove it or change the kind",
            "check-does-not-fit/01-fit.sheet.md:17:5: error: `options` does not apply to a text field: it is for choice fields; remove it or change the kind",
            "check-does-not-fit/01-fit.sheet.md:18:5: error: `formula` does not apply to a text field: it is for number, money fields; remove it or change the kind",
            "check-does-not-fit/01-fit.sheet.md:20:7: error: `min` does not apply to a text field: it is for number, money fields; remove it or change the kind",
            "check-does-not-fit/01-fit.sheet.md:25:5: error: `example` does not apply to a field with a formula: the formula fills it in, so remove `example`",
            "check-does-not-fit/01-fit.sheet.md:27:7: error: `required` does not apply to a field with a formula: the formula fills it in, so remove `required`",
        ]),
        ("formula-cycle", [
            "formula-cycle/01-circles.sheet.md:10:22: error: the formula uses its own field (`profit`) and cannot be worked out: use other fields only",
            "formula-cycle/01-circles.sheet.md:14:14: error: formulas go round in a circle (a → b → a) and cannot be worked out: make one of them stop using the other",
            "formula-cycle/01-circles.sheet.md:22:14: error: formulas go round in a circle (x → y → z → x) and cannot be worked out: make one of them stop using the other",
        ]),
        ("formula-syntax", [
            "formula-syntax/01-syntax.sheet.md:13:21: error: formula error: a number or a field is missing here",
            "formula-syntax/01-syntax.sheet.md:17:14: error: formula error: this parenthesis is never closed; add ) after it",
            "formula-syntax/01-syntax.sheet.md:21:14: error: formula error: \"售\" has no place in a formula: use field ids, numbers, + − × ÷, parentheses and %",
            "formula-syntax/01-syntax.sheet.md:25:21: error: formula error: an operator (+ − × ÷) is missing here",
            "formula-syntax/01-syntax.sheet.md:29:5: error: formula error: the formula is empty; write how to work it out, e.g. price - cost",
        ]),
        ("missing-key", [
            "missing-key/01-card.sheet.md:1:1: error: the worksheet has no `title`: add title: …",
            "missing-key/01-card.sheet.md:4:5: error: this field has no `id`: add id: …",
            "missing-key/01-card.sheet.md:6:5: error: field origin has no `label`: add label: …",
            "missing-key/01-card.sheet.md:13:11: error: this forbidden word has no `reason`: add reason: …",
            "missing-key/01-card.sheet.md:14:11: error: this forbidden word has no `word`: add word: …",
            "missing-key/02-empty.sheet.md:1:1: error: the worksheet has no `fields`: add fields: …",
        ]),
        ("translation-mismatch", [
            "translation-mismatch/01-sheet.sheet.de.md:7:5: error: field 2 is `titel` in the translation but `title` in the original: keep the ids and their order",
            "translation-mismatch/01-sheet.sheet.en.md:1:1: error: the translation has 1 field, the original 2: translate field by field",
            "translation-mismatch/01-sheet.sheet.es.md:7:5: error: field 1 has 3 options in the translation, 2 in the original: keep the options one for one",
            "translation-mismatch/01-sheet.sheet.fr.md:6:5: error: field 1 is text in the translation but choice in the original: keep the kind",
            "translation-mismatch/01-sheet.sheet.it.md:11:7: error: field 2's forbidden words differ from the original's: translate only the reasons, keep each word and the order",
        ]),
        ("unknown-field", [
            "unknown-field/01-names.sheet.md:13:14: error: `prise` in the formula is not a field of this worksheet: did you mean `price`?",
            "unknown-field/01-names.sheet.md:17:14: error: `price-cost` in the formula is not a field of this worksheet: check the field id (put spaces around a minus: a - b)",
            "unknown-field/01-names.sheet.md:21:22: error: `shipping` in the formula is not a field of this worksheet: check the field id",
        ]),
        ("example-fails-check", [
            "example-fails-check/01-examples.sheet.en.md:7:5: warning: the example \"最 sweet kiwi\" fails this field's own checks (Do not write “最”: 绝对化的词): learners copy examples, so change it",
            "example-fails-check/01-examples.sheet.en.md:14:5: warning: the example \"ten yuan\" fails this field's own checks (Write a number here, such as 12 or 12.5): learners copy examples, so change it",
            "example-fails-check/01-examples.sheet.en.md:19:5: warning: the example \"medium\" fails this field's own checks (Choose one of the options given): learners copy examples, so change it",
            "example-fails-check/01-examples.sheet.md:7:5: warning: the example \"最甜的猕猴桃\" fails this field's own checks (Do not write “最”: 绝对化的词): learners copy examples, so change it",
            "example-fails-check/01-examples.sheet.md:15:5: warning: the example \"红心猕猴桃\" fails this field's own checks (Too long: at most 3 characters, now 5; remove 2): learners copy examples, so change it",
            "example-fails-check/01-examples.sheet.md:21:5: warning: the example \"十块\" fails this field's own checks (Write a number here, such as 12 or 12.5): learners copy examples, so change it",
            "example-fails-check/01-examples.sheet.md:26:5: warning: the example \"中\" fails this field's own checks (Choose one of the options given): learners copy examples, so change it",
        ]),
    ]

    /// Each table's lines with the language they are written in.
    static let casesInBothLanguages = cases.map { ($0.fixture, $0.lines, LanguageTag.simplifiedChinese) }
        + englishCases.map { ($0.fixture, $0.lines, LanguageTag.english) }

    @Test("each worksheet fixture reports exactly its findings; in English at the same positions",
          arguments: casesInBothLanguages)
    func findings(fixture: String, lines: [String], language: LanguageTag) {
        let course = CourseLoader(workingDirectory: Self.folder).load(fixture)
        #expect(course.diagnostics.map { $0.formatted(in: language) } == lines)
    }

    /// The codes the fixtures and the tests below produce (for `DiagnosticFixtureTests`).
    static var coveredCodes: Set<DiagnosticCode> {
        let course = CourseLoader(workingDirectory: folder).load(cases.map(\.fixture))
        return Set(course.diagnostics.map(\.code)).union([.tooManyFields])
    }

    @Test("every worksheet code has a fixture or a test here")
    func everyWorksheetCodeIsCovered() {
        let worksheetCodes = Set(DiagnosticCode.allCases.drop { $0 != .missingKey }.prefix { $0 != .quizWithoutQuestions })
        #expect(worksheetCodes.count == 16)
        #expect(Self.coveredCodes.isSuperset(of: worksheetCodes.union([.translationMismatch, .unknownKey, .ignoredInTranslation])))
    }

    @Test("a sheet with an error is left out; a translation with an error is left out and the original shown")
    func whatAnErrorLeavesOut() {
        let course = CourseLoader(workingDirectory: Self.folder).load(["formula-cycle", "translation-mismatch", "example-fails-check"])
        #expect(course.skippedFiles.map(\.path) == [
            "formula-cycle/01-circles.sheet.md",
            "translation-mismatch/01-sheet.sheet.de.md", "translation-mismatch/01-sheet.sheet.en.md",
            "translation-mismatch/01-sheet.sheet.es.md", "translation-mismatch/01-sheet.sheet.fr.md",
            "translation-mismatch/01-sheet.sheet.it.md",
        ])
        #expect(course.modules.map { $0.worksheets.map(\.id) } == [[], ["01-sheet"], ["01-examples"]])
        #expect(course.modules[1].worksheets.first?.content.translations.isEmpty == true)
        // Warnings only: the sheet and its translation load.
        #expect(course.modules[2].worksheets.first?.content.translations[.english]?.title == "Examples")
    }

    // MARK: - Built by the test

    @Test func tooManyFieldsReadsTheFirstHundred() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 表\n---\n", to: "m/module.md", in: folder)
            let fields = (0...WorksheetParser.maximumFields).map { "  - id: f\($0)\n    label: 第 \($0) 项\n    kind: text\n" }.joined()
            try FixturePaths.write("---\ntitle: 大表\nfields:\n" + fields + "---\n", to: "m/big.sheet.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("m")
            #expect(course.diagnostics.map { $0.formatted() } == [
                "m/big.sheet.md:3:1: error: 实操单有 101 个字段，最多 100 个，后面的没有读取：请把它拆成几张实操单",
            ])
            #expect(course.modules.first?.worksheets == [])
        }
    }

    @Test func controlAndBidiCharactersInASheetAreReportedAndRemoved() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 表\n---\n", to: "m/module.md", in: folder)
            try FixturePaths.write("---\ntitle: \"表\\e[31m\"\nfields:\n  - id: a\n    label: 名\u{202E}字\n    kind: text\n---\n",
                                   to: "m/s.sheet.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("m")
            #expect(course.diagnostics.map { $0.formatted(in: .english) } == [
                "m/s.sheet.md:2:8: warning: control character U+001B in the text, removed: delete it from the file",
                "m/s.sheet.md:5:13: warning: bidirectional control character U+202E in the text, shown as �: delete it from the file",
            ])
            let sheet = try #require(course.modules.first?.worksheets.first)
            #expect(sheet.content.original.title == "表[31m")
            #expect(sheet.content.original.fields.first?.label == "名\u{FFFD}字")
        }
    }
}
