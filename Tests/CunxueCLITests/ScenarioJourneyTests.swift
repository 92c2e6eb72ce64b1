import Foundation
import Testing

/// The 防骗 rehearsal on the real binary in a real terminal: a step taken, a quit, a resume at
/// the same passage, and on to an ending.
@Suite("Rehearsal journey", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ScenarioJourneyTests {
    @Test func scamCallRehearsalResumesAfterAQuitAndReachesAnEnding() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let command = "'\(cunxueBinary.path)' --data-dir '\(data.path)'; echo EXIT=$?; sleep 30"
        func has(_ text: String) -> ([String]) -> Bool { { $0.joined(separator: "\n").contains(text) } }

        let first = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        #expect(try first.waitFor(has("欢迎来到村学")).ok)
        try first.send("Enter")
        #expect(try first.waitFor(has("请写上你的名字")).ok)
        try first.sendLiteral("王芳")
        try first.send("Enter")
        #expect(try first.waitFor(has("密码")).ok)
        try first.send("Enter")
        #expect(try first.waitFor(has("安全交易与客服")).ok)
        try first.send("5")                           // 安全交易与客服 (modules keep their numbers)
        #expect(try first.waitFor(has("防骗演练")).ok)
        try first.send("7")                           // the rehearsal, after the six lessons
        #expect(try first.waitFor(has("还剩")).ok)     // the first call is timed
        try first.send("1")
        #expect(try first.waitFor(has("选对了")).ok)
        try first.send("Escape")                      // module page
        #expect(try first.waitFor(has("练到一半")).ok)
        try first.send("Escape")                      // home
        try first.send("Escape")                      // asks before signing out
        try first.send("Y")
        #expect(try first.waitFor(has("欢迎来到村学")).ok)
        try first.send("Escape")
        #expect(try first.waitFor(has("要退出村学吗")).ok)
        try first.send("Y")
        #expect(try first.waitFor(has("EXIT=0")).ok)

        let again = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        #expect(try again.waitFor(has("王芳")).ok)
        try again.send("1")
        #expect(try again.waitFor(has("安全交易与客服")).ok)
        try again.send("5")
        #expect(try again.waitFor(has("防骗演练")).ok)
        try again.send("7")
        let (resumed, ok) = try again.waitFor(has("平台不会让你交钱"))
        #expect(ok, "not resumed at the feedback:\n\(resumed.joined(separator: "\n"))")
        var screen = resumed
        for _ in 0..<15 where !screen.joined().contains("结局") {
            let before = screen
            try again.send("1")
            screen = try again.waitFor { $0 != before }.lines
        }
        #expect(screen.joined().contains("结局：做得好，过关了！"), "no ending:\n\(screen.joined(separator: "\n"))")
        try again.send("Escape")
        #expect(try again.waitFor(has("✓ 通过")).ok)
    }
}
