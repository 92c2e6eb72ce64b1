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
        let data = folder.appendingPathComponent("data")
        var environment = ProcessInfo.processInfo.environment
        environment["CUNXUE_DATA_DIR"] = nil
        let pinInput = folder.appendingPathComponent("pin")
        try Data("2468\n2468\n".utf8).write(to: pinInput)
        let pin = try runCommand(cunxueBinary, ["instructor", "set-pin", "--data-dir", data.path],
                                 environment: environment, stdin: FileHandle(forReadingAtPath: pinInput.path))
        #expect(pin.status == 0, "\(pin.stderr)")
        try addLearners(["王芳（张庄村）", "李建国", "Zhang Xiaoming"], data: data, environment: environment)

        let app = try Journey(data: data)
        try app.waitFor("欢迎来到村学")
        try app.press("F2", thenSee: "老师密码")
        try app.type("2468")
        try app.press("Enter", thenSee: "学员学习情况")
        let table = try app.press("1", thenSee: "还没开始（3 人）")
        let text = table.joined(separator: "\n")
        #expect(text.contains("王芳（张庄村）") && text.contains("Zhang Xiaoming") && text.contains("李建国"))
        #expect(text.contains("共 9 个"), "no ←→ hint:\n\(text)")
        #expect(!text.contains("…"))
        func header(_ lines: [String]) -> String { lines.first { $0.contains("演练") } ?? "" }
        #expect(header(table).contains(" 1 ") && !header(table).contains(" 9 "), "\(header(table))")
        try app.press("Right")
        try app.waitUntil("→ did not page") { header($0).contains(" 9 ") }
        try app.press("Enter", thenSee: "还没开始学。")
        try app.press("W", thenSee: "商品标题")
        try app.press("E", thenSee: "还没有填过实操单")
        try app.press("Escape")                       // the learner
        try app.press("Escape")                       // the class
        try app.press("Escape", thenSee: "关闭村学")  // the menu
        try app.press("End")                          // the last row, 关闭村学, whatever its number
        try app.press("Enter", thenSee: "EXIT=0")
        app.close()
    }
}
