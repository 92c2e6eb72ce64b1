import Testing
@testable import LessonKit

/// Splitting front matter from the body, keeping file lines.
struct FrontMatterTests {
    @Test(arguments: [
        ("---\ntitle: a\n---\nbody\n", "title: a" as String?, false, "\n\n\nbody\n"),
        ("---\ntitle: a\n---", "title: a", false, "\n\n"),
        ("---\n---\nbody", "", false, "\n\nbody"),
        ("---  \nk: v\n...\t\nbody", "k: v", false, "\n\n\nbody"),
        ("---\nk: v\nbody", "", true, "\nk: v\nbody"),
        ("no front matter\n---\n", nil, false, "no front matter\n---\n"),
        ("----\nk: v\n---\n", nil, false, "----\nk: v\n---\n"),
        ("---\n中文: 值\n---\n# 标题", "中文: 值", false, "\n\n\n# 标题"),
    ])
    func split(text: String, yaml: String?, isUnclosed: Bool, body: String) {
        let result = FrontMatter.split(text)
        #expect(result.yaml == yaml)
        #expect(result.isUnclosed == isUnclosed)
        #expect(result.body == body)
    }

    @Test func entriesCarryFileLinesAndColumns() throws {
        let frontMatter = try FrontMatter.parse("title: 标题\nrequires:\n  - a\n  - b", firstLine: 2)
        #expect(frontMatter.entries.map(\.key) == ["title", "requires"])
        #expect(frontMatter.entries.map(\.line) == [2, 3])
        guard case .sequence(let items, _, _) = frontMatter.entries[1].value else {
            Issue.record("requires is not a list")
            return
        }
        #expect(items.map(\.position.line) == [4, 5])
        #expect(items.map(\.position.column) == [5, 5])
    }

    @Test func yamlEscapesThatMakeControlCharactersAreSanitizedAndReported() throws {
        var report = FileReport(file: "m/module.md")
        let role = try #require(FileRole(fileName: "module.md"))
        let content = FileParser().parse(text: "---\ntitle: \"红\\e[31m字\"\nsummary: \"\\u202Eabc\"\n---\n", role: role, report: &report)
        guard case .module(let module) = content else {
            Issue.record("not a module")
            return
        }
        #expect(module.title == "红[31m字")
        #expect(module.summary == "\u{FFFD}abc")
        #expect(report.diagnostics.map { $0.formatted(in: .english) } == [
            "m/module.md:2:8: warning: control character U+001B in the text, removed: delete it from the file",
            "m/module.md:3:10: warning: bidirectional control character U+202E in the text, shown as �: delete it from the file",
        ])
    }
}
