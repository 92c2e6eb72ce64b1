import Foundation
import Testing

/// `cunxue validate` as instructors run it.
@Suite("cunxue validate")
struct ValidateCLITests {
    private let lessons = packageRoot.appendingPathComponent("Lessons").path

    @Test func bundledCourseIsCleanUnderStrict() throws {
        let result = try runCommand(cunxueBinary, ["validate", "--strict", lessons])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let last = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("9 个单元，47 课，225 道题，4 个情景演练，5 张实操单"))
        #expect(last.contains("0 个错误，0 个警告"))
    }

    @Test func englishSummary() throws {
        let result = try runCommand(cunxueBinary, ["validate", "--lang", "en", lessons])
        #expect(result.status == 0)
        #expect(result.stdout.contains("9 modules, 47 lessons, 225 questions, 4 rehearsals, 5 worksheets"))
    }

    @Test func jsonIsOneDocument() throws {
        let result = try runCommand(cunxueBinary, ["validate", "--format", "json", lessons])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["findings"] != nil)
        #expect(object?["summary"] != nil)
    }

    @Test func brokenFolderExitsOneWithFileLineColumn() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\nsummary: 没有标题\n---\n介绍\n".write(to: folder.appendingPathComponent("module.md"), atomically: true, encoding: .utf8)
        let result = try runCommand(cunxueBinary, ["validate", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("module.md:1:1: error:"))
    }

    /// An environment with the repository's course as the bundled one and `data` as the data directory.
    private func environment(data: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["CUNXUE_LESSONS"] = lessons
        environment["CUNXUE_DATA_DIR"] = data.path
        return environment
    }

    @Test func requiresMayNameBundledAndImportedModulesAsImportAllows() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try InstructorTools.write("---\ntitle: 本县\nid: county\n---\n", to: "data/lessons/01-county/module.md", in: folder)
        try InstructorTools.write("", to: "data/lessons/01-county/01-empty.md", in: folder)
        try InstructorTools.write("---\ntitle: 售后\nrequires: [order-handling, County]\n---\n", to: "mine/module.md", in: folder)
        try InstructorTools.write("# 退货\n\n正文。\n", to: "mine/01-returns.md", in: folder)

        let result = try runCommand(cunxueBinary, ["validate", folder.path + "/mine"], environment: environment(data: data))

        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "1 个单元，1 课，0 道题；0 个错误，0 个警告\n")
        let imported = try runCommand(cunxueBinary, ["import", folder.path + "/mine"], environment: environment(data: data))
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
    }

    @Test func anIDThatLooksLikeABundledOneIsAnError() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try InstructorTools.write("---\ntitle: 看数据\nid: sh0p-data\n---\n", to: "mine/module.md", in: folder)

        let result = try runCommand(cunxueBinary, ["validate", "--lang", "en", folder.path + "/mine"],
                                    environment: environment(data: folder.appendingPathComponent("data")))

        #expect(result.status == 1)
        #expect(result.stdout.contains("/mine/module.md:3:1: error: module id \"sh0p-data\" looks like \"shop-data\" of "))
        #expect(result.stdout.contains("(character 3: \"0\" U+0030 here, \"o\" U+006F there)"))
    }

    @Test func aliasBombIsAnErrorAtItsPlaceAndCostsNothing() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var yaml = "title: 炸弹\nl0: &l0 [\"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\"]\n"
        for level in 1..<10 {
            yaml += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        try InstructorTools.write("---\n" + yaml + "---\n", to: "bomb/module.md", in: folder)
        let data = folder.appendingPathComponent("data")

        let result = try runCommand(cunxueBinary, ["validate", folder.path + "/bomb"], environment: environment(data: data))
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix(folder.path + "/bomb/module.md:3:5: error: 开头的设置里不能用 YAML 的锚点"))

        let imported = try runCommand(cunxueBinary, ["import", folder.path + "/bomb"], environment: environment(data: data))
        #expect(imported.status == 1)
        #expect(imported.stdout.hasPrefix(folder.path + "/bomb/module.md:3:5: error:"))
        #expect(!FileManager.default.fileExists(atPath: data.path))
    }

    @Test func nearMissNamesAreListed() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try InstructorTools.write("---\ntitle: 开店\n---\n", to: "mine/module.md", in: folder)
        try InstructorTools.write("# 一\n\n正文。\n", to: "mine/01-一.md", in: folder)
        try InstructorTools.write("# 二\n\n正文。\n", to: "mine/02-二.md.txt", in: folder)
        let data = folder.appendingPathComponent("data")

        let result = try runCommand(cunxueBinary, ["validate", folder.path + "/mine"], environment: environment(data: data))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(folder.path + "/mine/02-二.md.txt:1:1: warning: 名字不是以 .md 结尾（后面多了“.txt”，记事本常会自动加上），没有读取：如果它是一课，请改名为 02-二.md\n"))

        let imported = try runCommand(cunxueBinary, ["import", folder.path + "/mine"], environment: environment(data: data))
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("  \(folder.path)/mine/02-二.md.txt：名字不是以 .md 结尾（后面多了“.txt”，记事本常会自动加上），没有读取：如果它是一课，请改名为 02-二.md\n"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try runCommand(cunxueBinary, ["validate"]).status == 64)
        #expect(try runCommand(cunxueBinary, ["validate", "--format", "xml", lessons]).status == 64)
    }
}
