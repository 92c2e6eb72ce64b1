import Foundation
import Testing

/// Issue 14's journey on the real binary: the instructor opens the class view at 80x24 with the
/// bundled course's nine modules, pages through the module columns, opens a learner, their
/// worksheets, and tries to export them.
@Suite("Class view journey", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ClassViewJourneyTests {
    @Test func theClassViewWithNineModulesAt80x24() throws {
        let folder = try makeTemporaryFolder("cunxue-class")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data").path
        var environment = ProcessInfo.processInfo.environment
        environment["CUNXUE_DATA_DIR"] = nil
        let pinInput = folder.appendingPathComponent("pin")
        try Data("2468\n2468\n".utf8).write(to: pinInput)
        let pin = try runCommand(cunxueBinary, ["instructor", "set-pin", "--data-dir", data],
                                 environment: environment, stdin: FileHandle(forReadingAtPath: pinInput.path))
        #expect(pin.status == 0, "\(pin.stderr)")
        let added = try runCommand(cunxueBinary, ["learners", "add", "王芳（张庄村）", "李建国", "Zhang Xiaoming", "--data-dir", data],
                                   environment: environment)
        #expect(added.status == 0, "\(added.stderr)")

        let command = "'\(cunxueBinary.path)' --data-dir '\(data)'; echo EXIT=$?; sleep 30"
        func has(_ text: String) -> ([String]) -> Bool { { $0.joined(separator: "\n").contains(text) } }
        var tmux: TmuxSession? = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        let app = try #require(tmux)
        #expect(try app.waitFor(has("欢迎来到村学")).ok)
        try app.send("F2")
        #expect(try app.waitFor(has("老师密码")).ok)
        try app.sendLiteral("2468")
        try app.send("Enter")
        #expect(try app.waitFor(has("学员学习情况")).ok)
        try app.send("1")
        let (table, shown) = try app.waitFor(has("还没开始（3 人）"))
        #expect(shown, "no class table:\n\(table.joined(separator: "\n"))")
        let text = table.joined(separator: "\n")
        #expect(text.contains("王芳（张庄村）") && text.contains("Zhang Xiaoming") && text.contains("李建国"))
        #expect(text.contains("共 9 个"), "no ←→ hint:\n\(text)")
        #expect(!text.contains("…"))
        func header(_ lines: [String]) -> String { lines.first { $0.contains("演练") } ?? "" }
        #expect(header(table).contains(" 1 ") && !header(table).contains(" 9 "), "\(header(table))")
        try app.send("Right")
        let (paged, pagedOK) = try app.waitFor { header($0).contains(" 9 ") }
        #expect(pagedOK, "→ did not page:\n\(paged.joined(separator: "\n"))")
        try app.send("Enter")
        #expect(try app.waitFor(has("还没开始学。")).ok)
        try app.send("W")
        #expect(try app.waitFor(has("商品标题")).ok)
        try app.send("E")
        let (refused, said) = try app.waitFor(has("还没有填过实操单"))
        #expect(said, "no message:\n\(refused.joined(separator: "\n"))")
        try app.send("Escape")                        // the learner
        try app.send("Escape")                        // the class
        try app.send("Escape")                        // the menu
        #expect(try app.waitFor(has("关闭村学")).ok)
        try app.send("End")                           // the last row, 关闭村学, whatever its number
        try app.send("Enter")
        #expect(try app.waitFor(has("EXIT=0")).ok)
        tmux = nil
    }
}
