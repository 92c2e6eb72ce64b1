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
        #expect(last.hasPrefix("9 个模块"))
        #expect(last.contains("0 个错误，0 个警告"))
    }

    @Test func englishSummary() throws {
        let result = try runCommand(cunxueBinary, ["validate", "--lang", "en", lessons])
        #expect(result.status == 0)
        #expect(result.stdout.contains("9 modules"))
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

    @Test func usageErrorsExit64() throws {
        #expect(try runCommand(cunxueBinary, ["validate"]).status == 64)
        #expect(try runCommand(cunxueBinary, ["validate", "--format", "xml", lessons]).status == 64)
    }
}
