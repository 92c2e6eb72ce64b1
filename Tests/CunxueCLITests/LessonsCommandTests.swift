import Foundation
import Testing

/// `cunxue import` saying what an edit keeps and detaches, and `cunxue lessons remove`.
@Suite("cunxue lessons")
struct LessonsCommandTests {
    /// A module without id, `sell`: two lessons and a quiz.
    private static let sell: KeyValuePairs<String, String> = [
        "src/05-sell/module.md": "---\ntitle: 卖货\n---\n",
        "src/05-sell/01-price.md": "# 定价\n\n正文。\n",
        "src/05-sell/02-ship.md": "# 发货\n\n正文。\n",
        "src/05-sell/quiz.md": "## 定价第一部？\n\n1. [x] 算成本\n1. [ ] 看心情\n",
    ]

    /// `sell` imported, with 王芳 having read both lessons and answered the quiz.
    private func importedSell(in folder: URL, environment: [String: String]) throws -> String {
        try InstructorTools.write(Self.sell, in: folder)
        let data = folder.appendingPathComponent("data").path
        let first = try InstructorTools.importFolder("src/05-sell", in: folder, data: data, environment: environment)
        #expect(first.status == 0)
        let reading = ["01-price", "02-ship"].map {
            InstructorTools.reading("sell", $0, opened: "2025-06-16T10:00:00.000Z", finished: nil, seconds: 60)
        }
        try InstructorTools.write(InstructorTools.learnerFile(id: "wangfang01", name: "王芳", reading: reading, attempts: []),
                                  to: "data/learners/wangfang01.json", in: folder)
        return data
    }

    @Test func anImportSaysWhatHistoryItKeepsAndDetachesBeforeAndAfter() throws {
        let folder = try makeTemporaryFolder("cunxue-lessons")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        let data = try importedSell(in: folder, environment: environment)
        try InstructorTools.write("## 定价第一步？\n\n1. [x] 算成本\n1. [ ] 看心情\n", to: "src/05-sell/quiz.md", in: folder)
        try FileManager.default.removeItem(atPath: folder.path + "/src/05-sell/02-ship.md")
        let history = """
            学员的学习记录：
              单元 sell（卖货）：1 道题改了题目，学员的答题记录会保留
                “定价第一部？” → “定价第一步？”
              单元 sell（卖货）：课“发货”（02-ship）没有了：1 位学员读过它，这些已读不会再显示；如果只是改了文件名，请在它的开头写上 id: 02-ship

            """

        let refused = try InstructorTools.importFolder("src/05-sell", in: folder, data: data, environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stdout == history)

        let replaced = try InstructorTools.importFolder("src/05-sell", in: folder, data: data, options: ["--replace"],
                                                        environment: environment)
        #expect(replaced.status == 0)
        #expect(replaced.stdout.hasPrefix(history))
        let quiz = try String(contentsOfFile: data + "/lessons/05-sell/quiz.md", encoding: .utf8)
        #expect(quiz.hasPrefix("## 定价第一步？\n---\nid: \"定价第一部？\"\n---\n"))
    }

    @Test func removeMovesAnImportedModuleAsideAfterAsking() throws {
        let folder = try makeTemporaryFolder("cunxue-lessons")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        let data = try importedSell(in: folder, environment: environment)

        let declined = try runCommand(cunxueBinary, ["lessons", "remove", "sell", "--data-dir", data], environment: environment)
        #expect(declined.status == 1)
        #expect(declined.stdout == "要删除导入的单元 sell（卖货，在 lessons/05-sell）吗？有 1 位学员学过它，他们的记录留在学员文件里，但不再显示。\n输入 y 确认，其他键取消：\n")
        #expect(declined.stderr == "没有删除。（加上 --yes 就不再询问。）\n")
        #expect(FileManager.default.fileExists(atPath: data + "/lessons/05-sell/module.md"))

        let removed = try runCommand(cunxueBinary, ["lessons", "remove", "sell", "--yes", "--data-dir", data, "--lang", "en"],
                                     environment: environment)
        #expect(removed.status == 0)
        #expect(removed.stdout.hasPrefix("Removed module sell (卖货): its folder was moved to lessons-removed/05-sell-"))
        #expect(!FileManager.default.fileExists(atPath: data + "/lessons/05-sell"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: data + "/lessons-removed")
        #expect(kept.count == 1)
        #expect(FileManager.default.fileExists(atPath: data + "/lessons-removed/\(kept[0])/01-price.md"))
        #expect(FileManager.default.fileExists(atPath: data + "/learners/wangfang01.json"))
    }

    @Test func removeRefusesBundledAndUnknownModules() throws {
        let folder = try makeTemporaryFolder("cunxue-lessons")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        let data = folder.appendingPathComponent("data").path

        let bundled = try runCommand(cunxueBinary, ["lessons", "remove", "shop", "--yes", "--data-dir", data], environment: environment)
        #expect(bundled.status == 1)
        #expect(bundled.stderr == "“shop”是村学自带的单元，不能删除：只能删除用 cunxue import 导入的单元\n")
        let unknown = try runCommand(cunxueBinary, ["lessons", "remove", "nope", "--yes", "--data-dir", data, "--lang", "en"],
                                     environment: environment)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("no imported module has the id “nope”"))
        #expect(try runCommand(cunxueBinary, ["lessons", "remove", "--help"], environment: environment).stdout
            .contains("删除一个导入的单元（Remove an imported module）"))
    }
}
