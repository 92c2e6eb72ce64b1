import Foundation
import Testing

/// The 防骗 rehearsal on the real binary in a real terminal: a step taken, a quit, a resume at
/// the same passage, and on to an ending.
@Suite("Rehearsal journey", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ScenarioJourneyTests {
    @Test func scamCallRehearsalResumesAfterAQuitAndReachesAnEnding() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }

        let first = try Journey(data: data)
        try first.signUp(name: "王芳")
        try first.waitFor("安全交易与客服")
        try first.press("5", thenSee: "防骗演练")     // 安全交易与客服 (modules keep their numbers)
        try first.press("7")                          // the rehearsal, after the six lessons
        try first.waitFor("还剩")                     // the first call is timed
        try first.press("1", thenSee: "选对了")
        try first.press("Escape", thenSee: "练到一半")  // module page
        try first.press("Escape")                     // home
        try first.signOut(yes: "Y")                   // asks before signing out
        try first.quit(yes: "Y")

        let again = try Journey(data: data)
        try again.waitFor("王芳")
        try again.press("1", thenSee: "安全交易与客服")
        try again.press("5", thenSee: "防骗演练")
        var screen = try again.press("7", thenSee: "平台不会让你交钱")  // resumed at the feedback
        for _ in 0..<15 where !screen.joined().contains("结局") {
            let before = screen
            try again.press("1")
            screen = try again.tmux.waitFor { $0 != before }.lines
        }
        #expect(screen.joined().contains("结局：做得好，过关了！"), "no ending:\n\(screen.joined(separator: "\n"))")
        try again.press("Escape", thenSee: "✓ 通过")
    }
}
