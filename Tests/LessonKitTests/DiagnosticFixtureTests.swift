import Foundation
import Testing
@testable import LessonKit

/// One committed fixture folder per finding of the format doc, with the exact lines
/// `cunxue validate` prints for it.
struct DiagnosticFixtureTests {
    static let folder = FixturePaths.root + "/Diagnostics"

    static let cases: [(fixture: String, lines: [String])] = [
        ("missing-module-file", [
            "missing-module-file/01-a/module.md:1:1: error: 单元文件夹缺少 module.md：请新建 module.md 并写上 title",
        ]),
        ("missing-title", [
            "missing-title/module.md:1:1: error: module.md 缺少 title：请在开头的设置里写上 title: 单元名称",
        ]),
        ("unclosed-front-matter", [
            "unclosed-front-matter/module.md:1:1: error: 开头的设置（front matter）没有结束：请在设置后面加一行 ---",
        ]),
        ("invalid-yaml", [
            "invalid-yaml/module.md:3:10: error: 开头的设置不是正确的 YAML：方括号 [ ] 没有配对：列表写成 [甲, 乙]；值以 [ 开头却不是列表时，请把整个值用英文双引号括起来（YAML：did not find expected ',' or ']' while parsing a flow sequence）",
        ]),
        ("front-matter-not-mapping", [
            "front-matter-not-mapping/module.md:2:1: error: 开头的设置应当是“键: 值”的形式，每行一项",
        ]),
        ("yaml-anchor-or-alias", [
            "yaml-anchor-or-alias/module.md:2:8: error: 开头的设置里不能用 YAML 的锚点（&名字）和别名（*名字）：请把值直接写出来；如果 & 或 * 本来是文字，请在它后面空一格，或改用全角的 ＆、＊",
        ]),
        ("front-matter-too-large", [
            "front-matter-too-large/module.md:2:1: error: 开头的设置太长（8305 字节，最多 8192 字节），没有读取：设置里只写 title、summary 这样的短项，正文写在第二个 --- 下面",
        ]),
        ("full-width-colon", [
            "full-width-colon/module.md:2:6: error: 把全角冒号“：”改成半角“:”，冒号后面空一格：开头的设置要写成“键: 值”",
        ]),
        ("full-width-space", [
            "full-width-space/module.md:2:7: error: 冒号后面是全角空格：请改成半角空格，写成“键: 值”",
        ]),
        ("wrong-type", [
            "wrong-type/01-lesson.md:2:1: error: `minutes` 的值类型不对：应当是分钟数（0 或更大的整数）",
            "wrong-type/module.md:2:1: error: `title` 的值类型不对：应当是一段文字",
        ]),
        ("invalid-value", [
            "invalid-value/01-lesson.md:2:1: error: `minutes` 的值“-5”不可用：应当是分钟数（0 或更大的整数）",
            "invalid-value/module.md:3:1: error: `level` 的值“expert”不可用：应当是 basic、growth 或 advanced",
            "invalid-value/module.md:4:1: error: `lang` 的值“中文”不可用：应当是语言代码，如 zh-Hans 或 en",
            "invalid-value/module.md:5:1: error: `id` 的值“id with spaces”不可用：应当是单元 id（字母、数字和 -）",
        ]),
        ("duplicate-module-id", [
            "duplicate-module-id/01-shop/module.md:1:1: error: 单元 id “shop”重复了（另见 duplicate-module-id/02-second/module.md）：请给其中一个单元换一个 id",
            "duplicate-module-id/02-second/module.md:3:1: error: 单元 id “shop”重复了（另见 duplicate-module-id/01-shop/module.md）：请给其中一个单元换一个 id",
        ]),
        ("unknown-required-module", [
            "unknown-required-module/module.md:4:5: error: requires 里的单元 “platform-registration” 不存在：请检查单元 id 是否写对",
        ]),
        ("mixed-script-module-id", [
            "mixed-script-module-id/module.md:3:1: error: 单元 id “shop-dаta”混用了拉丁字母（英文字母）和西里尔字母（俄文字母），看起来像别的 id 却不是同一个：请只用一种文字写 id（例如全用英文字母）",
        ]),
        ("confusable-module-id", [
            "confusable-module-id/01-shop/module.md:3:1: error: 单元 id “shop”和 confusable-module-id/02-look-alike/module.md 里的“ѕһор”看起来一样，却是不同的 id（第 1 个字符：这里是“s” U+0073，那里是“ѕ” U+0455）：要替换那个单元，两个 id 必须一字不差（最好只用英文字母）；否则请换一个明显不同的 id",
            "confusable-module-id/02-look-alike/module.md:3:1: error: 单元 id “ѕһор”和 confusable-module-id/01-shop/module.md 里的“shop”看起来一样，却是不同的 id（第 1 个字符：这里是“ѕ” U+0455，那里是“s” U+0073）：要替换那个单元，两个 id 必须一字不差（最好只用英文字母）；否则请换一个明显不同的 id",
        ]),
        ("quiz-without-questions", [
            "quiz-without-questions/quiz.md:1:1: error: 测验里没有题目：每道题用一个标题（如 ## 题目）开头",
        ]),
        ("question-without-answers", [
            "question-without-answers/quiz.md:1:1: error: 这道题没有答案列表：请用 `1. [x]`（单选）、`- [x]`（多选）或 `1.`（排序）写答案",
            "question-without-answers/quiz.md:7:1: error: 这道题没有答案列表：请用 `1. [x]`（单选）、`- [x]`（多选）或 `1.`（排序）写答案",
        ]),
        ("single-choice-correct-count", [
            "single-choice-correct-count/quiz.md:3:1: error: 单选题要正好有一个 [x]，这里有 2 个：只勾选一个正确答案",
            "single-choice-correct-count/quiz.md:8:1: error: 单选题要正好有一个 [x]，这里有 0 个：只勾选一个正确答案",
        ]),
        ("multiple-choice-without-correct", [
            "multiple-choice-without-correct/quiz.md:3:1: error: 多选题至少要有一个 [x]：请勾选正确答案",
        ]),
        ("ordering-too-few-items", [
            "ordering-too-few-items/quiz.md:3:1: error: 排序题至少要有 2 项，这里只有 1 项：请补上其余步骤",
        ]),
        ("duplicate-question", [
            "duplicate-question/quiz.md:6:1: error: 题目“同一个问题”和第 1 行的题目重复：请改写其中一题",
        ]),
        ("duplicate-id", [
            "duplicate-id/02-b.md:1:1: error: 课的 id “01-a”和 duplicate-id/01-a.md 重复了（没写 id 的课，用文件名当 id）：请给其中一课换一个 id",
            "duplicate-id/quiz.md:6:1: error: id “甲”和第 1 行的题目重复了（没写 id 的题，用题目文字当 id）：请给其中一题换一个 id",
        ]),
        ("passing-grade-out-of-range", [
            "passing-grade-out-of-range/quiz.md:2:1: error: passingGrade 是 120，应当在 0 到 100 之间：它是及格需要答对的百分比",
        ]),
        ("too-many-questions-requested", [
            "too-many-questions-requested/quiz.md:2:1: error: nQuestions 是 5，但测验只有 1 道题：请改小或删去这一项",
        ]),
        ("unclosed-question-options", [
            "unclosed-question-options/quiz.md:2:1: error: 题目的设置块没有结束：请在设置后面加一行 ---",
        ]),
        ("malformed-task-box", [
            "malformed-task-box/quiz.md:3:4: error: 把“【 】”改成“[ ]”：答案前的方框要用半角方括号，对的写 [x]，错的写 [ ]，后面空一格",
            "malformed-task-box/quiz.md:4:4: error: 把“【x】”改成“[x]”：答案前的方框要用半角方括号，对的写 [x]，错的写 [ ]，后面空一格",
            "malformed-task-box/quiz.md:8:3: error: 把“[x]全”改成“[x] 全”：答案前的方框要用半角方括号，对的写 [x]，错的写 [ ]，后面空一格",
        ]),
        ("translation-mismatch", [
            "translation-mismatch/quiz.de.md:6:1: error: 第 2 题“第二题”在翻译里有 2 个答案，原文有 3 个：答案要和原文一一对应",
            "translation-mismatch/quiz.en.md:1:1: error: 翻译有 1 道题，原文有 2 道：翻译要和原文一题一题对应",
            "translation-mismatch/quiz.en.md:1:1: error: 翻译里少了原文的第 2 题“第二题”（原文第 6 行）：请补上这道题的翻译",
            "translation-mismatch/quiz.fr.md:1:1: error: 第 1 题“第一题”在翻译里是多选题，原文是单选题：题型要和原文一样",
        ]),
        ("unknown-key", [
            "unknown-key/module.md:3:1: warning: 不认识的设置 `sumary`，会被忽略：你是不是想写 `summary`？",
            "unknown-key/module.md:4:1: warning: 不认识的设置 `colour`，会被忽略：请检查拼写",
            "unknown-key/quiz.md:2:1: warning: 不认识的设置 `passing_grad`，会被忽略：你是不是想写 `passing_grade`？",
            "unknown-key/quiz.md:7:1: warning: 不认识的设置 `shuffle_answer`，会被忽略：你是不是想写 `shuffle_answers`？",
        ]),
        ("ignored-in-translation", [
            "ignored-in-translation/module.en.md:3:1: warning: 翻译文件里的 `level` 会被忽略：这一项只从原文读取",
            "ignored-in-translation/quiz.en.md:2:1: warning: 翻译文件里的 `passingGrade` 会被忽略：这一项只从原文读取",
            "ignored-in-translation/quiz.en.md:8:1: warning: 翻译文件里的 `shuffleAnswers` 会被忽略：这一项只从原文读取",
        ]),
        ("translation-without-original", [
            "translation-without-original/02-gone.en.md:1:1: warning: 这是翻译文件，但找不到原文 02-gone.md：请检查文件名",
        ]),
        ("check-without-lesson", [
            "check-without-lesson/03-gone.quiz.md:1:1: warning: 这是课后小测，但找不到课文 03-gone.md：请检查文件名",
        ]),
        ("empty-lesson", [
            "empty-lesson/01-empty.md:1:1: warning: 这一课没有正文：请写上课文内容",
        ]),
        ("lesson-looks-like-quiz", [
            "lesson-looks-like-quiz/测验.md:1:1: warning: 这个文件看起来是测验（标题下面是 [x] 答案列表），但名字是课文的名字，会被当成一课来显示：单元测验请改名为 quiz.md，某一课的小练习请改名为“课文名.quiz.md”（如 01-课.quiz.md）",
        ]),
        ("misnamed-file", [
            "misnamed-file/02-second.md.txt:1:1: warning: 名字不是以 .md 结尾（后面多了“.txt”，记事本常会自动加上），没有读取：如果它是一课，请改名为 02-second.md",
        ]),
        ("control-character", [
            "control-character/01-escape.md:3:4: warning: 文本里有控制字符 U+001B，已删除：请从文件里删掉它",
        ]),
        ("bidi-character", [
            "bidi-character/01-bidi.md:3:3: warning: 文本里有文字方向控制字符 U+202E，已换成 �：请从文件里删掉它",
        ]),
        ("no-modules", [
            "no-modules:1:1: warning: 这个文件夹里没有单元：单元是含有 module.md 的子文件夹",
        ]),
    ]

    @Test("each fixture reports exactly its findings", arguments: cases)
    func findings(fixture: String, lines: [String]) {
        let course = CourseLoader(workingDirectory: Self.folder).load(fixture)
        #expect(course.diagnostics.map { $0.formatted() } == lines)
    }

    @Test("every committed fixture folder is in the table")
    func everyFixtureIsTested() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.cases.map(\.fixture)))
    }

    static let englishCases: [(fixture: String, lines: [String])] = [
        ("unknown-key", [
            "unknown-key/module.md:3:1: warning: unknown key `sumary` is ignored: did you mean `summary`?",
            "unknown-key/module.md:4:1: warning: unknown key `colour` is ignored: check the spelling",
            "unknown-key/quiz.md:2:1: warning: unknown key `passing_grad` is ignored: did you mean `passing_grade`?",
            "unknown-key/quiz.md:7:1: warning: unknown key `shuffle_answer` is ignored: did you mean `shuffle_answers`?",
        ]),
        ("single-choice-correct-count", [
            "single-choice-correct-count/quiz.md:3:1: error: a single-choice question needs exactly one [x], found 2: tick one right answer",
            "single-choice-correct-count/quiz.md:8:1: error: a single-choice question needs exactly one [x], found 0: tick one right answer",
        ]),
        ("translation-mismatch", [
            "translation-mismatch/quiz.de.md:6:1: error: question 2 (\"第二题\") has 2 answers in the translation, 3 in the original: keep the answers one for one",
            "translation-mismatch/quiz.en.md:1:1: error: the translation has 1 question, the original 2: translate question by question",
            "translation-mismatch/quiz.en.md:1:1: error: question 2 of the original (\"第二题\", line 6) is missing from the translation: translate it here",
            "translation-mismatch/quiz.fr.md:1:1: error: question 1 (\"第一题\") is choose all in the translation but single choice in the original: keep the kind",
        ]),
        ("missing-title", [
            "missing-title/module.md:1:1: error: module.md has no title: add `title: Module name` to its front matter",
        ]),
    ]

    @Test("messages in English keep the same positions", arguments: englishCases)
    func englishFindings(fixture: String, lines: [String]) {
        let course = CourseLoader(workingDirectory: Self.folder).load(fixture)
        #expect(course.diagnostics.map { $0.formatted(in: .english) } == lines)
    }

    @Test("every diagnostic code has a fixture or a built-file test")
    func everyCodeIsCovered() {
        let course = CourseLoader(workingDirectory: Self.folder).load(Self.cases.map(\.fixture))
        let committed = Set(course.diagnostics.map(\.code))
        let builtByTests: Set<DiagnosticCode> = [
            .pathNotFound, .notAFolder, .symbolicLink, .specialFile, .fileTooLarge, .notUTF8, .unreadable,
            .fileNameNotUTF8,
        ]
        #expect(committed.union(builtByTests).union(ScenarioDiagnosticFixtureTests.coveredCodes)
                    .union(WorksheetDiagnosticFixtureTests.coveredCodes) == Set(DiagnosticCode.allCases))
    }
}
