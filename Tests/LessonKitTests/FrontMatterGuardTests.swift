import Foundation
import Testing
import Yams
@testable import LessonKit
import TestSupport

/// Hostile front matter (alias bombs, huge blocks) is refused before Yams reads it, with its place.
struct FrontMatterGuardTests {
    /// A "billion laughs" document: `levels` anchors of ten aliases each to the one before.
    static func aliasBomb(levels: Int) -> String {
        var yaml = "title: 炸弹\nl0: &l0 [\"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\"]\n"
        for level in 1..<levels {
            let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "l\(level): &l\(level) [\(aliases)]\n"
        }
        return yaml
    }

    @Test func aliasBombInModuleFileIsAnErrorAtTheFirstAnchor() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\n" + Self.aliasBomb(levels: 10) + "---\n介绍\n", to: "bomb/module.md", in: folder)
            try FixturePaths.write("# 课\n\n正文。\n", to: "bomb/01-a.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("bomb")
            #expect(course.diagnostics.map { $0.formatted() } == [
                "bomb/module.md:3:5: error: 开头的设置里不能用 YAML 的锚点（&名字）和别名（*名字）：请把值直接写出来；如果 & 或 * 本来是文字，请在它后面空一格，或改用全角的 ＆、＊",
            ])
            #expect(course.modules.isEmpty)
            #expect(course.skippedFiles.map(\.path) == ["bomb/module.md"])
        }
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x", 1, 4),
        ("a: [1, *x]", 1, 8),
        ("a: {b: 1,*x : 2}", 1, 10),
        ("- &x\n- *x", 1, 3),
        ("!!str &x a", 1, 7),
        ("a: \"q\"*x", 1, 7),
        ("? *x\n: 1", 1, 3),
        ("\t*x", 1, 2),
    ])
    func everyAnchorOrAliasIsFound(yaml: String, line: Int, column: Int) throws {
        #expect(throws: FrontMatter.Failure(problem: .yamlAnchorOrAlias, line: line + 1, column: column)) {
            try FrontMatter.parse(yaml, firstLine: 2)
        }
    }

    @Test(arguments: ["title: Q&A 专场", "title: 5 * 3", "summary: 先看 *重点*", "title: AT&T", "title: a & b", "title: \"**加粗**\""])
    func ampersandsAndStarsInTextAreText(yaml: String) throws {
        #expect(try FrontMatter.parse(yaml, firstLine: 2).entries.count == 1)
    }

    @Test func frontMatterOverTheLimitIsNotRead() throws {
        let yaml = "title: 大\nsummary: \"" + String(repeating: "长", count: 3_000) + "\"\n"
        var report = FileReport(file: "m/module.md")
        let role = try #require(FileRole(fileName: "module.md"))
        _ = FileParser().parse(text: "---\n" + yaml + "---\n", role: role, report: &report)
        #expect(report.diagnostics.map { $0.formatted(in: .english) } == [
            "m/module.md:2:1: error: front matter too long (9022 bytes, at most 8192), not read: keep short keys such as title and summary there and put the text below the second ---",
        ])
    }

    @Test func questionOptionsBlocksAreGuardedToo() throws {
        var report = FileReport(file: "m/quiz.md")
        let role = try #require(FileRole(fileName: "quiz.md"))
        let text = "## 题\n---\nshuffleAnswers: &a false\n---\n\n1. [x] 对\n1. [ ] 错\n\n## 另一题\n\n1. [x] 对\n1. [ ] 错\n"
        guard case .quiz(let quiz) = FileParser().parse(text: text, role: role, report: &report) else {
            Issue.record("not a quiz")
            return
        }
        #expect(report.diagnostics.map(\.code) == [.yamlAnchorOrAlias])
        #expect(report.diagnostics.first.map { ($0.line, $0.column) } ?? (0, 0) == (3, 17))
        #expect(quiz.questions.map(\.hasError) == [true, false])
    }

    // MARK: - The check misses no anchor or alias

    private static let pieces = [
        "a", "b1", "中", "&a", "*a", "&b", "*b", "&", "*", " ", "  ", "\n", "\n  ", "\t", "- ", "-", ": ", ":", "? ", "?",
        "[", "]", "{", "}", ",", "\"", "'", "#", " #", "|", ">", "!", "!!str ", "%", "@", "`", "\u{FEFF}", "\u{85}", "x:",
        "：", "...", "---",
    ]

    /// Whether a composed tree holds a node with an anchor (its definition comes first, so the
    /// walk stops before any alias could make it long).
    private static func hasAnchor(_ node: Node) -> Bool {
        switch node {
        case .scalar(let scalar): return scalar.anchor != nil
        case .sequence(let sequence): return sequence.anchor != nil || sequence.contains(where: hasAnchor)
        case .mapping(let mapping): return mapping.anchor != nil || mapping.contains { hasAnchor($0.key) || hasAnchor($0.value) }
        case .alias: return true
        }
    }

    @Test func noTextThatPassesTheCheckHasAnAnchorForYAML() throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        print("FrontMatterGuardTests seed: \(seed)")
        var generator = SeededGenerator(seed: seed)
        var composed = 0
        var refusedWithAnchor = 0
        for _ in 0..<20_000 {
            var yaml = ""
            for _ in 0..<Int.random(in: 1...16, using: &generator) {
                yaml += Self.pieces.randomElement(using: &generator) ?? ""
            }
            let refused = FrontMatterGuard.check(yaml, firstLine: 2) != nil
            guard let parser = try? Parser(yaml: yaml), let node = try? parser.singleRoot() else { continue }
            let anchored = withExtendedLifetime(parser) { Self.hasAnchor(node) }
            if refused {
                if anchored { refusedWithAnchor += 1 }
                continue
            }
            composed += 1
            #expect(!anchored, "seed \(seed): \(yaml.debugDescription) passed the check but has an anchor")
        }
        #expect(composed > 1_000)
        #expect(refusedWithAnchor > 100)
    }
}
