import Foundation
import Testing

/// Issue 18's journey on the real binary: a title with 最 gets its message, is fixed, is
/// exported, and the exported file holds the title.
@Suite("Worksheet journey", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct WorksheetJourneyTests {
    @Test func aTitleWithTheBannedWordIsFixedAndExported() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let command = "'\(cunxueBinary.path)' --data-dir '\(data.path)'; echo EXIT=$?; sleep 30"
        func has(_ text: String) -> ([String]) -> Bool { { $0.joined(separator: "\n").contains(text) } }

        var tmux: TmuxSession? = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        let app = try #require(tmux)
        #expect(try app.waitFor(has("欢迎来到村学")).ok)
        try app.send("Enter")
        #expect(try app.waitFor(has("请写上你的名字")).ok)
        try app.sendLiteral("王芳")
        try app.send("Enter")
        #expect(try app.waitFor(has("密码")).ok)
        try app.send("Enter")
        #expect(try app.waitFor(has("王芳，你好")).ok)
        try app.send("3")                             // 商品上架 (modules keep their numbers)
        let (page, onPage) = try app.waitFor(has("实操单：商品标题"))
        #expect(onPage, "no worksheet row:\n\(page.joined(separator: "\n"))")
        try app.send("End")
        try app.send("Enter")
        #expect(try app.waitFor(has("▶ 产地")).ok)
        try app.sendLiteral("陕西")
        try app.send("Down")
        try app.send("Down")
        try app.sendLiteral("猕猴桃")
        try app.send("Down")
        try app.sendLiteral("5斤装")
        try app.send("Down")
        try app.sendLiteral("陕西最甜猕猴桃")
        let (message, gotMessage) = try app.waitFor(has("不能写“最”"))
        #expect(gotMessage, "no message:\n\(message.joined(separator: "\n"))")
        for _ in 0..<5 { try app.send("BSpace") }
        try app.sendLiteral(" 猕猴桃 5斤装")
        try app.send("Enter")
        #expect(try app.waitFor(has("写完了，可以带回家")).ok)
        try app.send("Escape")                        // the module page
        try app.send("Escape")                        // home
        try app.send("Escape")                        // asks before signing out
        try app.send("Y")
        #expect(try app.waitFor(has("欢迎来到村学")).ok)
        try app.send("Escape")
        #expect(try app.waitFor(has("要退出村学吗")).ok)
        try app.send("Y")
        #expect(try app.waitFor(has("EXIT=0")).ok)
        tmux = nil

        let out = data.appendingPathComponent("out")
        let export = try runCommand(cunxueBinary, ["sheets", "export", "--learner", "王芳", "--data-dir", data.path,
                                                   "--output", out.path])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("listing-products--product-title.txt"), encoding: .utf8)
        #expect(text.contains("陕西 猕猴桃 5斤装"))
        #expect(!text.contains("最"))
    }
}
