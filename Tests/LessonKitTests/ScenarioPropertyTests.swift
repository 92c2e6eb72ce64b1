import Foundation
import Testing
@testable import LessonKit
import TestSupport

/// Random and hostile Twee never crashes the loader, never leaves a control or bidirectional
/// character in any text the app would show, and a scenario that loads always makes sense:
/// its start exists, every choice leads to a passage, and it has an ending.
struct ScenarioPropertyTests {
    /// Fragments that can break anything.
    private static let fragments = [
        "::", ":: ", "[", "]", "{", "}", "\\", "[[", "]]", "->", "<-", "|", "][", "good", "mistake", "end", "pass", "fail",
        "timer-", "timer-5", "timer-999", "script", "stylesheet", "Start", "StoryData", "StoryTitle", "\"start\":", "\"",
        "> 弹幕 ", "> Chat:", "：", ":", "(set: $x to 1)", "(if:", "<<if", "<</if>>", "{back link}", "[JavaScript]", "--",
        "|h>[", "]<h|", "\u{1B}[31m", "\u{7}", "\u{0}", "\u{85}", "\u{202E}", "\u{2066}", "&#27;", "&#x202E;", "\r\n",
        "\r", "\u{FEFF}", "中文", "👍", " ", "\t", "\n", "\n\n", "# ", "- ", "1. ", "> ", "```", "`", "*", "\\u001b",
        "{\"start\": \"\\u202E\"}", "{\"start\": 1}", "[[\u{1B}]]", "[[ ]]", "[[a|]]", "[[->]]",
    ]

    /// A story of up to 8 passages, each linking on to the next (so most files load), with
    /// random tags, comments, back links, and now and then a fragment that can break it.
    private func randomTwee(_ generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 1...8, using: &generator)
        var text = Bool.random(using: &generator) ? ":: StoryTitle\n演练\n\n" : ""
        for index in 0..<count {
            let isEnd = index == count - 1 || Int.random(in: 0..<6, using: &generator) == 0
            var tags = isEnd ? ["end", Bool.random(using: &generator) ? "pass" : "fail"] : []
            if !isEnd, Int.random(in: 0..<3, using: &generator) == 0 {
                tags.append(["good", "mistake", "timer-20", "blue"].randomElement(using: &generator) ?? "")
            }
            text += ":: " + (index == 0 ? "Start" : "p\(index)") + (tags.isEmpty ? "" : " [\(tags.joined(separator: " "))]") + "\n"
            text += "正文 \(index)。\n"
            if Int.random(in: 0..<4, using: &generator) == 0 { text += "> 弹幕 小刘：多少钱？\n" }
            if !isEnd {
                text += "[[下一步->p\(index + 1)]]\n"
                let back = Int.random(in: 0...index, using: &generator)
                if Bool.random(using: &generator) { text += "- [[回去|" + (back == 0 ? "Start" : "p\(back)") + "]]\n" }
            }
            while Int.random(in: 0..<5, using: &generator) == 0 {
                text += Self.fragments.randomElement(using: &generator) ?? ""
            }
            text += "\n"
        }
        return text
    }

    @Test func randomTweeNeverCrashesAndLoadedScenariosMakeSense() throws {
        let seed: UInt64 = 20_261_201
        print("scenario property test: seed \(seed)")
        var generator = SeededGenerator(seed: seed)
        var loaded = 0
        var translated = 0
        try FixturePaths.withTemporaryFolder { folder in
            for round in 0..<300 {
                let module = "r\(round)"
                try FixturePaths.write("---\ntitle: 单元\n---\n", to: "\(module)/module.md", in: folder)
                let original = randomTwee(&generator)
                try FixturePaths.write(original, to: "\(module)/01-a.twee", in: folder)
                let translation = round % 2 == 0 ? original.replacingOccurrences(of: "正文", with: "Text") : randomTwee(&generator)
                try FixturePaths.write(translation, to: "\(module)/01-a.en.twee", in: folder)
                if round % 7 == 0 {
                    let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                    try FixturePaths.write(Data(bytes), to: "\(module)/02-b.twee", in: folder)
                }
                let course = CourseLoader(workingDirectory: folder).load(module)
                for diagnostic in course.diagnostics {
                    #expect(TextSanitizer().isClean(diagnostic.formatted()), "round \(round): \(diagnostic.formatted().debugDescription)")
                }
                for scenario in course.modules.flatMap(\.scenarios) {
                    loaded += 1
                    translated += scenario.content.translations.count
                    for story in [scenario.content.original] + Array(scenario.content.translations.values) {
                        Self.expectSound(story, round: round)
                    }
                }
            }
        }
        print("scenario property test: \(loaded) scenarios loaded, \(translated) translations")
        // The generator must reach the code under test.
        #expect(loaded >= 100)
        #expect(translated >= 50)
    }

    /// A story that loaded: clean text, a start, choices that lead somewhere, an ending.
    private static func expectSound(_ story: ScenarioStory, round: Int) {
        #expect(story.start != nil, "round \(round)")
        #expect(!story.endings.isEmpty, "round \(round)")
        var texts = [story.title, story.startName]
        for passage in story.passages {
            texts += [passage.name, passage.body.plainText] + passage.tags
            texts += passage.comments.flatMap { [$0.viewer ?? "", $0.text] }
            for choice in passage.choices {
                texts += [choice.text, choice.target]
                #expect(story.passage(named: choice.target) != nil, "round \(round): \(choice.target)")
            }
            #expect(!passage.isEnding || passage.choices.isEmpty, "round \(round)")
        }
        for text in texts {
            let bad = text.unicodeScalars.first { TextSanitizer.action(for: $0) != nil }
            #expect(bad == nil, "round \(round): \(text.debugDescription)")
        }
    }

    /// Each of these took quadratic time or more in some parser once, or could: at 1 MiB that
    /// is minutes, so the test would hang.
    @Test("hostile files near the size limit load without trouble", arguments: [
        ":: Start\n" + String(repeating: "[[", count: 400_000),
        ":: Start\n" + String(repeating: "((set:", count: 150_000),
        ":: Start\n" + String(repeating: "(x:", count: 300_000),
        ":: Start\n" + String(repeating: "{a", count: 400_000),
        ":: Start\n" + String(repeating: "<<a", count: 300_000),
        ":: Start\n" + String(repeating: "|a|a", count: 200_000),
        ":: Start\n" + String(repeating: "[[a->b", count: 150_000),
        ":: Start\n" + String(repeating: "[[E]]\n", count: 100_000) + ":: E [end pass]\nok\n",
        ":: Start\n" + String(repeating: "> 弹幕 a：b\n", count: 60_000),
        ":: Start\n" + String(repeating: "> ", count: 400_000) + "x",
        ":: " + String(repeating: "\\[", count: 400_000),
        ":: " + String(repeating: "a", count: 900_000),
        ":: a [" + String(repeating: "t ", count: 400_000) + "]",
        String(repeating: ":: a [", count: 150_000),
        String(repeating: ":: p\n[[p]]\n", count: 1_999),
        ":: StoryData\n" + String(repeating: "{\"a\":", count: 100_000),
    ])
    func hostileFiles(text: String) throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 单元\n---\n", to: "m/module.md", in: folder)
            try FixturePaths.write(text, to: "m/01-a.twee", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("m")
            #expect(course.modules.count == 1)
            // Either it loads, or it is reported.
            let loaded = !(course.modules.first?.scenarios.isEmpty ?? true)
            #expect(loaded != course.diagnostics.contains { $0.file == "m/01-a.twee" && $0.severity == .error })
        }
    }
}
