import Foundation
import Testing
@testable import LessonKit

/// One committed fixture folder per scenario finding, with the exact lines `cunxue validate`
/// prints for it (like `DiagnosticFixtureTests` for lessons and quizzes), and the findings that
/// need a file built by the test.
struct ScenarioDiagnosticFixtureTests {
    static let folder = FixturePaths.root + "/ScenarioDiagnostics"

    static let cases: [(fixture: String, lines: [String])] = [
        ("broken-link", [
            "broken-link/01-broken.twee:3:1: error: 链接通向的段落“问价钱”不存在：请检查段落名，要一字不差（包括大小写和空格）",
            "broken-link/01-broken.twee:4:1: error: 链接里没有段落名：请写成 [[选项文字->段落名]]",
        ]),
        ("conflicting-tags", [
            "conflicting-tags/01-conflicts.twee:1:1: error: 标签 timer-10 和 timer-20 不能用在同一个段落：请只留一个",
            "conflicting-tags/01-conflicts.twee:6:1: error: 标签 good 和 mistake 不能用在同一个段落：请只留一个",
            "conflicting-tags/01-conflicts.twee:9:1: error: 标签 end 和 timer-30 不能用在同一个段落：请只留一个",
        ]),
        ("dead-end", [
            "dead-end/01-stuck.twee:6:1: error: 段落“死胡同”不是结局，又没有链接，学员会卡在这里：请加上链接，或者给它加上标签 end 和 pass（或 fail）",
        ]),
        ("duplicate-passage", [
            "duplicate-passage/01-twice.twee:8:1: error: 段落名“结局”和第 5 行的段落重复：请给其中一个换个名字",
        ]),
        ("ending-outcome", [
            "ending-outcome/01-outcomes.twee:6:1: error: 结局（标签 end）还要加上 pass 或 fail 中的一个：pass 是做得好，fail 是没做好",
            "ending-outcome/01-outcomes.twee:9:1: error: 结局不能同时有 pass 和 fail：请只留一个",
        ]),
        ("ending-with-choices", [
            "ending-with-choices/01-links.twee:7:1: warning: 结局“结局”里的链接不会显示，演练到结局就结束了：请删掉这些链接",
        ]),
        ("invalid-passage-header", [
            "invalid-passage-header/01-header.twee:5:1: error: 段落标题里的标签没有用 ] 结束：请写成“:: 段落名 [标签1 标签2]”，名字里的 [ 写成 \\[",
            "invalid-passage-header/01-header.twee:9:1: error: 段落标题 :: 后面没有段落名：请写成“:: 段落名 [标签]”",
            "invalid-passage-header/01-header.twee:12:1: warning: 没有链接通向段落“多余”，学员到不了这里：请加一个链接，或者删掉这个段落",
            "invalid-passage-header/01-header.twee:12:14: error: 段落标题里 [标签] 后面还有文字：段落名要写在 [标签] 前面，名字里的 [ ] 写成 \\[ \\]",
        ]),
        ("invalid-story-data", [
            "invalid-story-data/01-not-json.twee:5:1: warning: StoryData 不是正确的 JSON，已忽略：请在 Twine 里重新导出，或者删掉这个段落",
            "invalid-story-data/02-start-number.twee:3:1: warning: StoryData 里的 start 应当是带引号的段落名，已忽略：请写成 \"start\": \"段落名\"",
            "invalid-story-data/03-array.twee:1:1: warning: StoryData 应当是一个 JSON 对象 { … }，已忽略：请在 Twine 里重新导出",
        ]),
        ("missing-start", [
            "missing-start/01-no-start.twee:1:1: error: 没有开始的段落：请把第一个段落命名为 Start，或者在 StoryData 里写上 \"start\": \"段落名\"",
            "missing-start/02-named.twee:4:1: error: StoryData 说从段落“开场”开始，但没有这个段落：请检查段落名",
        ]),
        ("no-ending", [
            "no-ending/01-no-end.twee:1:1: error: 情景演练没有结局：请给结局段落加上标签 end 和 pass（或 fail）",
        ]),
        ("no-way-to-ending", [
            "no-way-to-ending/01-circle.twee:6:1: error: 从段落“圈一”往后走不到任何结局（链接绕成了圈）：请加一个通向结局的链接",
        ]),
        ("outcome-without-end", [
            "outcome-without-end/01-pass.twee:1:1: error: 标签 pass 只用在结局上：请再加上标签 end，或者删掉 pass",
        ]),
        ("scenario-translation-mismatch", [
            "scenario-translation-mismatch/01-live.en.twee:1:1: error: 翻译里少了段落“最低价”：段落名要和原文一样，只翻译正文和链接文字",
            "scenario-translation-mismatch/01-live.en.twee:3:1: error: 翻译从段落“价格”开始，原文从“开场”开始：开始的段落要和原文一样",
            "scenario-translation-mismatch/01-live.en.twee:6:1: warning: 没有链接通向段落“开场”，学员到不了这里：请加一个链接，或者删掉这个段落",
            "scenario-translation-mismatch/01-live.en.twee:6:1: error: 段落“开场”的链接和原文不一样（翻译通向：最低价、价格；原文通向：价格、最低价）：链接要按原文的顺序通向同样的段落",
            "scenario-translation-mismatch/01-live.en.twee:8:1: error: 链接通向的段落“最低价”不存在：请检查段落名，要一字不差（包括大小写和空格）",
            "scenario-translation-mismatch/01-live.en.twee:11:1: error: 段落“价格”的标签和原文不一样（翻译：无；原文：good）：标签要和原文一样",
            "scenario-translation-mismatch/01-live.en.twee:18:1: warning: 没有链接通向段落“Extra”，学员到不了这里：请加一个链接，或者删掉这个段落",
            "scenario-translation-mismatch/01-live.en.twee:18:1: error: 原文里没有段落“Extra”：段落名要和原文一样，只翻译正文和链接文字",
        ]),
        ("story-format-code", [
            "story-format-code/01-harlowe.twee:2:1: error: 这是 Twine 故事格式的代码“(set:”，村学不会运行它：请删掉它，只用文字、链接和标签（good、mistake、end、timer-N）写演练",
            "story-format-code/01-harlowe.twee:3:14: error: 这是 Twine 故事格式的代码“(if:”，村学不会运行它：请删掉它，只用文字、链接和标签（good、mistake、end、timer-N）写演练",
            "story-format-code/01-harlowe.twee:4:1: error: 这是 Twine 故事格式的代码“|hook>[”，村学不会运行它：请删掉它，只用文字、链接和标签（good、mistake、end、timer-N）写演练",
            "story-format-code/01-harlowe.twee:5:1: error: 这是 Twine 故事格式的代码“<<if $sold>>”，村学不会运行它：请删掉它，只用文字、链接和标签（good、mistake、end、timer-N）写演练",
            "story-format-code/01-harlowe.twee:6:1: error: 这是 Twine 故事格式的代码“{back link}”，村学不会运行它：请删掉它，只用文字、链接和标签（good、mistake、end、timer-N）写演练",
            "story-format-code/01-harlowe.twee:8:1: error: 这是 Twine 故事格式的代码“[[再看看|结局][$seen to true]…”，村学不会运行它：请删掉它，只用文字、链接和标签（good、mistake、end、timer-N）写演练",
            "story-format-code/01-harlowe.twee:10:1: warning: 没有链接通向段落“中间”，学员到不了这里：请加一个链接，或者删掉这个段落",
            "story-format-code/01-harlowe.twee:11:1: error: 这是 Twine 故事格式的代码“[JavaScript]”，村学不会运行它：请删掉它，只用文字、链接和标签（good、mistake、end、timer-N）写演练",
            "story-format-code/02-chapbook-vars.twee:2:1: error: 这是 Twine 故事格式的代码“price: 30”，村学不会运行它：请删掉它，只用文字、链接和标签（good、mistake、end、timer-N）写演练",
        ]),
        ("timer-out-of-range", [
            "timer-out-of-range/01-timers.twee:1:1: error: 标签 timer-3 不对：timer- 后面是 5 到 300 之间的秒数，如 timer-30",
            "timer-out-of-range/01-timers.twee:6:1: error: 标签 timer-301 不对：timer- 后面是 5 到 300 之间的秒数，如 timer-30",
            "timer-out-of-range/01-timers.twee:10:1: error: 标签 timer-abc 不对：timer- 后面是 5 到 300 之间的秒数，如 timer-30",
        ]),
        ("unreachable-passage", [
            "unreachable-passage/01-island.twee:5:1: warning: 没有链接通向段落“孤岛”，学员到不了这里：请加一个链接，或者删掉这个段落",
        ]),
    ]

    @Test("each scenario fixture reports exactly its findings", arguments: cases)
    func findings(fixture: String, lines: [String]) {
        let course = CourseLoader(workingDirectory: Self.folder).load(fixture)
        #expect(course.diagnostics.map { $0.formatted() } == lines)
    }

    @Test("every committed scenario fixture folder is in the table")
    func everyFixtureIsTested() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.cases.map(\.fixture)))
    }

    static let englishCases: [(fixture: String, lines: [String])] = [
        ("story-format-code", [
            "story-format-code/01-harlowe.twee:2:1: error: Twine story-format code \"(set:\" is not run by Cunxue: remove it; write the scenario with text, links and the tags good, mistake, end and timer-N",
            "story-format-code/01-harlowe.twee:3:14: error: Twine story-format code \"(if:\" is not run by Cunxue: remove it; write the scenario with text, links and the tags good, mistake, end and timer-N",
            "story-format-code/01-harlowe.twee:4:1: error: Twine story-format code \"|hook>[\" is not run by Cunxue: remove it; write the scenario with text, links and the tags good, mistake, end and timer-N",
            "story-format-code/01-harlowe.twee:5:1: error: Twine story-format code \"<<if $sold>>\" is not run by Cunxue: remove it; write the scenario with text, links and the tags good, mistake, end and timer-N",
            "story-format-code/01-harlowe.twee:6:1: error: Twine story-format code \"{back link}\" is not run by Cunxue: remove it; write the scenario with text, links and the tags good, mistake, end and timer-N",
            "story-format-code/01-harlowe.twee:8:1: error: Twine story-format code \"[[再看看|结局][$seen to true]…\" is not run by Cunxue: remove it; write the scenario with text, links and the tags good, mistake, end and timer-N",
            "story-format-code/01-harlowe.twee:10:1: warning: no link leads to passage \"中间\", so no learner sees it: link to it, or delete it",
            "story-format-code/01-harlowe.twee:11:1: error: Twine story-format code \"[JavaScript]\" is not run by Cunxue: remove it; write the scenario with text, links and the tags good, mistake, end and timer-N",
            "story-format-code/02-chapbook-vars.twee:2:1: error: Twine story-format code \"price: 30\" is not run by Cunxue: remove it; write the scenario with text, links and the tags good, mistake, end and timer-N",
        ]),
        ("scenario-translation-mismatch", [
            "scenario-translation-mismatch/01-live.en.twee:1:1: error: the translation lacks passage \"最低价\": keep the original's passage names, translate only the text and the link texts",
            "scenario-translation-mismatch/01-live.en.twee:3:1: error: the translation starts at passage \"价格\", the original at \"开场\": start at the same passage",
            "scenario-translation-mismatch/01-live.en.twee:6:1: warning: no link leads to passage \"开场\", so no learner sees it: link to it, or delete it",
            "scenario-translation-mismatch/01-live.en.twee:6:1: error: the links of passage \"开场\" differ from the original's (translation: 最低价, 价格; original: 价格, 最低价): link to the same passages in the same order",
            "scenario-translation-mismatch/01-live.en.twee:8:1: error: link to passage \"最低价\", which does not exist: check the name, letter for letter (case and spaces too)",
            "scenario-translation-mismatch/01-live.en.twee:11:1: error: passage \"价格\" has other tags than the original (translation: none; original: good): keep the tags",
            "scenario-translation-mismatch/01-live.en.twee:18:1: warning: no link leads to passage \"Extra\", so no learner sees it: link to it, or delete it",
            "scenario-translation-mismatch/01-live.en.twee:18:1: error: the original has no passage \"Extra\": keep the original's passage names, translate only the text and the link texts",
        ]),
        ("invalid-story-data", [
            "invalid-story-data/01-not-json.twee:5:1: warning: StoryData is not valid JSON and is ignored: export the story from Twine again, or delete this passage",
            "invalid-story-data/02-start-number.twee:3:1: warning: start in StoryData must be a passage name in quotes; it is ignored: write \"start\": \"Name\"",
            "invalid-story-data/03-array.twee:1:1: warning: StoryData must be a JSON object { … }; it is ignored: export the story from Twine again",
        ]),
    ]

    @Test("scenario messages in English keep the same positions", arguments: englishCases)
    func englishFindings(fixture: String, lines: [String]) {
        let course = CourseLoader(workingDirectory: Self.folder).load(fixture)
        #expect(course.diagnostics.map { $0.formatted(in: .english) } == lines)
    }

    /// The codes the committed fixtures and the built-file tests below produce (for
    /// `DiagnosticFixtureTests.everyCodeIsCovered`).
    static var coveredCodes: Set<DiagnosticCode> {
        let course = CourseLoader(workingDirectory: folder).load(cases.map(\.fixture))
        return Set(course.diagnostics.map(\.code)).union([.tooManyPassages])
    }

    @Test func scenarioFixturesCoverEveryScenarioCode() {
        // The scenario codes are declared last, from `tooManyPassages` on.
        let scenarioCodes = Set(DiagnosticCode.allCases.drop { $0 != .tooManyPassages })
        #expect(scenarioCodes.count == 16)
        #expect(Self.coveredCodes.isSuperset(of: scenarioCodes.union([.translationMismatch])))
    }

    // MARK: - Built by the test

    @Test func tooManyPassagesLeavesTheScenarioOut() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 演练\n---\n", to: "m/module.md", in: folder)
            let passages = (0...ScenarioParser.maximumPassages).map { ":: p\($0)\n[[p\($0 + 1)]]\n" }.joined()
            try FixturePaths.write(passages, to: "m/01-big.twee", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("m")
            #expect(course.diagnostics.map { $0.formatted() } == [
                "m/01-big.twee:1:1: error: 情景演练有 2001 个段落，最多读 2000 个，没有读取：请把它拆成几个演练",
            ])
            #expect(course.modules.first?.scenarios == [])
            #expect(course.skippedFiles.map(\.path) == ["m/01-big.twee"])
        }
    }

    @Test func aTranslationWithoutItsOriginalAndATweeOnlyFolder() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 演练\n---\n", to: "c/m/module.md", in: folder)
            try FixturePaths.write(":: Start\nHi.\n[[E]]\n:: E [end pass]\nBye.\n", to: "c/m/07-gone.en.twee", in: folder)
            try FixturePaths.write(":: Start\nHi.\n[[E]]\n:: E [end pass]\nBye.\n", to: "c/only/07-x.twee", in: folder)
            try FixturePaths.write("not a lesson", to: "c/images/notes.txt", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("c")
            #expect(course.diagnostics.map { $0.formatted() } == [
                "c/m/07-gone.en.twee:1:1: warning: 这是翻译文件，但找不到原文 07-gone.twee：请检查文件名",
                "c/only/module.md:1:1: error: 单元文件夹缺少 module.md：请新建 module.md 并写上 title",
            ])
            #expect(course.modules.map(\.scenarios) == [[]])
        }
    }

    @Test func controlAndBidiCharactersInAScenarioAreReportedAndRemoved() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 演练\n---\n", to: "m/module.md", in: folder)
            try FixturePaths.write(":: Start [\u{1B}[31m]\n你好\u{202E}。\n[[结\u{7}束->结局]]\n:: 结局 [end pass]\n好 &#27;。\n",
                                   to: "m/01-x.twee", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("m")
            #expect(course.diagnostics.map { $0.formatted(in: .english) } == [
                "m/01-x.twee:1:11: warning: control character U+001B in the text, removed: delete it from the file",
                "m/01-x.twee:2:3: warning: bidirectional control character U+202E in the text, shown as �: delete it from the file",
                "m/01-x.twee:3:4: warning: control character U+0007 in the text, removed: delete it from the file",
                "m/01-x.twee:5:1: warning: control character U+001B in the text, removed: delete it from the file",
            ])
            let story = try #require(course.modules.first?.scenarios.first?.story)
            #expect(story.start?.tags == ["[31m"])
            #expect(story.start?.choices.first?.text == "结束")
            #expect(story.start?.body.plainText == "你好\u{FFFD}。")
        }
    }
}
