import Foundation
import Testing

/// Issue 18's journey on the real binary: a title with 最 gets its message, is fixed, is
/// exported, and the exported file holds the title.
@Suite("Worksheet journey", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct WorksheetJourneyTests {
    @Test func aTitleWithTheBannedWordIsFixedAndExported() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let app = try Journey(data: data)
        try app.signUp(name: "王芳")
        try app.press("3", thenSee: "实操单：商品标题")  // 商品上架 (modules keep their numbers)
        try app.press("End")
        try app.press("Enter", thenSee: "▶ 产地")
        try app.type("陕西")
        try app.press("Down")
        try app.press("Down")
        try app.type("猕猴桃")
        try app.press("Down")
        try app.type("5斤装")
        try app.press("Down")
        try app.type("陕西最甜猕猴桃")
        try app.waitFor("不能写“最”")
        for _ in 0..<5 { try app.press("BSpace") }
        try app.type(" 猕猴桃 5斤装")
        try app.press("Enter", thenSee: "写完了，可以带回家")
        try app.press("Escape")                       // the module page
        try app.press("Escape")                       // home
        try app.signOut(yes: "Y")                     // asks before signing out
        try app.quit(yes: "Y")
        app.close()

        let out = data.appendingPathComponent("out")
        let export = try runCommand(cunxueBinary, ["sheets", "export", "--learner", "王芳", "--data-dir", data.path,
                                                   "--output", out.path])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("listing-products--product-title.txt"), encoding: .utf8)
        #expect(text.contains("陕西 猕猴桃 5斤装"))
        #expect(!text.contains("最"))
    }
}
