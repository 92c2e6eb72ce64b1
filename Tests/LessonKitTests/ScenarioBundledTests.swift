import Foundation
import Testing
@testable import LessonKit

/// The four rehearsals that ship in `Lessons/`, and the example in the format guide: they load
/// without a finding, in Chinese and English, and each is a real rehearsal (decisions, endings,
/// feedback, and an ending within reach of every passage).
@Suite("Bundled scenarios")
struct ScenarioBundledTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let course = CourseLoader().load(root.appendingPathComponent("Lessons").path)

    static let expected: [(module: String, id: String)] = [
        ("order-handling", "06-after-sale-rehearsal"),
        ("order-handling", "07-order-queue-rehearsal"),
        ("livestream-planning", "07-livestream-rehearsal"),
        ("safe-trading", "07-scam-call-rehearsal"),
    ]

    private static func scenario(_ module: String, _ id: String) -> Scenario? {
        course.module(id: module)?.scenarios.first { $0.id == id }
    }

    @Test func theFourScenariosLoadWithoutAFinding() {
        let scenarioFindings = Self.course.diagnostics.filter { $0.file.hasSuffix(".twee") }
        #expect(scenarioFindings.map { $0.formatted(in: .english) } == [])
        let loaded = Self.course.modules.flatMap { module in module.scenarios.map { (module.id, $0.id) } }
        #expect(loaded.map { "\($0.0)/\($0.1)" } == Self.expected.map { "\($0.module)/\($0.id)" })
    }

    @Test("each is a real rehearsal in Chinese and English", arguments: expected)
    func shape(module: String, id: String) throws {
        let scenario = try #require(Self.scenario(module, id))
        #expect(scenario.content.translations[.english] != nil, "\(id).en.twee")
        for language in scenario.content.languages {
            let story = scenario.content.value(for: language)
            #expect(story.decisionCount >= 6, "\(id) [\(language)]: \(story.decisionCount) decisions")
            #expect(story.endings.count >= 3, "\(id) [\(language)]: \(story.endings.count) endings")
            #expect(story.endings.contains { $0.ending == .pass } && story.endings.contains { $0.ending == .fail })
            #expect(!story.title.isEmpty && story.title != id)
            Self.expectEveryPassageCanEnd(story)
            Self.expectFeedbackWords(story, english: language.matches(.english))
        }
    }

    @Test func theLivestreamIsTimedAndHasViewerComments() throws {
        let scenario = try #require(Self.scenario("livestream-planning", "07-livestream-rehearsal"))
        let story = scenario.story
        let timed = story.passages.filter { $0.timerSeconds != nil }
        #expect(timed.count >= 3)
        for passage in timed {
            #expect(passage.timeoutChoice?.text == "（愣住了，没回答）", "\(passage.name)")
            let english = scenario.content.value(for: .english).passage(named: passage.name)
            #expect(english?.timeoutChoice?.text == "(Freeze and say nothing)", "\(passage.name)")
        }
        #expect(story.passages.reduce(0) { $0 + $1.comments.count } >= 8)
        #expect(story.start?.comments.first == ViewerComment(viewer: "果果妈", text: "主播，这蜜是哪来的？", line: 25))
        let englishStart = scenario.content.value(for: .english).start
        #expect(englishStart?.comments.first?.viewer == "Guoguo's mum")
    }

    @Test func theScamCallEndsWith96110OrTheBank() throws {
        let story = try #require(Self.scenario("safe-trading", "07-scam-call-rehearsal")?.story)
        let endingTexts = story.endings.map(\.body.plainText).joined(separator: "\n")
        #expect(endingTexts.contains("96110"))
        #expect(endingTexts.contains("银行"))
        #expect(story.passages.contains { $0.body.plainText.contains("安全账户") })
        #expect(story.passages.contains { $0.body.plainText.contains("屏幕共享") })
    }

    @Test func theExampleInTheFormatGuideLoadsWithoutAFinding() throws {
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/lesson-format.md"), encoding: .utf8)
        let zh = try #require(Self.codeBlock(after: "`04-livestream-planning/07-example.twee`:", in: guide))
        let en = try #require(Self.codeBlock(after: "`04-livestream-planning/07-example.en.twee`:", in: guide))
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 直播\n---\n", to: "04-live/module.md", in: folder)
            try FixturePaths.write(zh, to: "04-live/07-example.twee", in: folder)
            try FixturePaths.write(en, to: "04-live/07-example.en.twee", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("04-live")
            #expect(course.diagnostics.map { $0.formatted(in: .english) } == [])
            let scenario = try #require(course.modules.first?.scenarios.first)
            #expect(scenario.content.translations[.english] != nil)
            #expect(scenario.story.start?.timerSeconds == 30)
            #expect(scenario.story.endings.map(\.ending) == [.pass, .fail])
        }
    }

    // MARK: - Helpers

    /// Every passage the learner can reach can still lead to an ending.
    private static func expectEveryPassageCanEnd(_ story: ScenarioStory) {
        var canEnd = Set(story.endings.map(\.name))
        var changed = true
        while changed {
            changed = false
            for passage in story.passages where !canEnd.contains(passage.name) {
                if passage.choices.contains(where: { canEnd.contains($0.target) }) {
                    canEnd.insert(passage.name)
                    changed = true
                }
            }
        }
        #expect(canEnd.count == story.passages.count, "\(story.title): \(story.passages.map(\.name).filter { !canEnd.contains($0) })")
    }

    /// Feedback passages do not begin with the verdict: the app's status line says it ("✓ 选对了",
    /// "✗ 选错了（记一次错）"), so the passage gives the reason only (docs/lesson-format.md).
    private static func expectFeedbackWords(_ story: ScenarioStory, english: Bool) {
        let verdicts = english ? ["Right", "Wrong", "Correct", "Incorrect"] : ["选对了", "选错了", "答对了", "答错了"]
        for passage in story.passages where passage.feedback != nil {
            let text = passage.body.plainText
            #expect(!text.isEmpty, "\(passage.name): a feedback passage says why")
            #expect(!verdicts.contains { text.hasPrefix($0) }, "\(passage.name): \(text.prefix(12))")
        }
    }

    /// The text of the fenced code block that follows `marker` in a Markdown file.
    private static func codeBlock(after marker: String, in text: String) -> String? {
        guard let start = text.range(of: marker)?.upperBound,
              let open = text.range(of: "```\n", range: start..<text.endIndex),
              let close = text.range(of: "\n```", range: open.upperBound..<text.endIndex) else { return nil }
        return String(text[open.upperBound..<close.lowerBound]) + "\n"
    }
}
