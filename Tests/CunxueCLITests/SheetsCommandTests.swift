import Foundation
import Testing

/// `cunxue sheets export`: a learner's filled worksheets as Markdown and as A4 plain text.
@Suite("cunxue sheets export")
struct SheetsCommandTests {
    /// Display width with CJK counted as 2 (enough for the characters these sheets hold).
    static func width(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return total + (wide ? 2 : 1)
        }
    }

    /// The environment with the bundled course, `Lessons/`, as the course.
    private static var bundledCourse: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["CUNXUE_LESSONS"] = packageRoot.appendingPathComponent("Lessons").path
        return environment
    }

    @Test func exportsTheFilledTitleSheetCleaned() throws {
        let folder = try makeTemporaryFolder("cunxue-sheets")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let environment = Self.bundledCourse
        try addLearners(["王芳"], data: data, environment: environment)

        // Give the learner answers as the app would have saved them (one with an escape and a bidi mark).
        let files = try FileManager.default.contentsOfDirectory(at: data.appendingPathComponent("learners"), includingPropertiesForKeys: nil)
        let file = try #require(files.first { $0.pathExtension == "json" })
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let longAnswer = String(repeating: "陕西红心猕猴桃", count: 30)
        object["worksheets"] = [[
            "id": "listing-products/product-title",
            "answers": ["origin": "陕西\u{1B}[31m", "name": "猕猴桃\u{202E}", "size": "5斤装", "variety": longAnswer,
                        "title": "陕西 红心猕猴桃 5斤装"],
            "updatedAt": "2026-03-01T09:00:00Z",
            "finishedAt": "2026-03-01T09:00:00Z",
        ]]
        try JSONSerialization.data(withJSONObject: object).write(to: file)

        let out = folder.appendingPathComponent("带回家")
        let result = try runCommand(cunxueBinary, ["sheets", "export", "--learner", "王芳", "--data-dir", data.path,
                                                   "--output", out.path], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("listing-products--product-title.md"))
        let markdown = try String(contentsOf: out.appendingPathComponent("listing-products--product-title.md"), encoding: .utf8)
        let text = try String(contentsOf: out.appendingPathComponent("listing-products--product-title.txt"), encoding: .utf8)
        for page in [markdown, text] {
            #expect(page.contains("商品标题"))
            #expect(page.contains("王芳"))
            #expect(page.contains("2026-03-0"))
            #expect(!page.contains("\u{1B}"))
            #expect(!page.contains("\u{202E}"))
        }
        #expect(text.contains("陕西 红心猕猴桃 5斤装"))
        #expect(markdown.contains("陕西 红心猕猴桃 5斤装"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { Self.width($0) <= 80 })
        #expect(lines.count > 10)
    }

    @Test func aLearnerWithNoSheetsGetsAMessage() throws {
        let folder = try makeTemporaryFolder("cunxue-sheets")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let environment = Self.bundledCourse
        try addLearners(["张伟"], data: data, environment: environment)
        let result = try runCommand(cunxueBinary, ["sheets", "export", "--learner", "张伟", "--data-dir", data.path,
                                                   "--output", folder.path], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("还没有填过实操单"))
        let missing = try runCommand(cunxueBinary, ["sheets", "export", "--learner", "李四", "--data-dir", data.path],
                                     environment: environment)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("没有叫“李四”的学员"))
    }
}
