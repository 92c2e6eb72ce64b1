import Foundation
import Testing

/// `R` on the real binary in a real terminal, with `CUNXUE_SPEAK` pointing at a script that
/// writes what it is given (and the language) to a file.
@Suite("Read aloud journey", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReadAloudJourneyTests {
    @Test func aLessonParagraphThenAQuestionWithItsOptions() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = SpeechRecorder(folder: folder, withRate: false)
        let tmux = try recorder.newLearnerSignedIn()
        let has = SpeechRecorder.has, heard = recorder.heard, waitHeard = recorder.waitHeard
        #expect(try tmux.waitFor(has("王芳，你好")).ok)
        try tmux.send("Enter")                         // 继续学习: the tutorial's first lesson
        #expect(try tmux.waitFor(has("R 朗读")).ok)
        try tmux.send("R")
        // The title first, then paragraph after paragraph, in Chinese.
        #expect(waitHeard("[zh] 按键和鼠标"), "heard: \(heard())")
        #expect(waitHeard("欢迎来到村学！这一课只学几个键。"), "heard: \(heard())")
        #expect(try tmux.waitFor(has("R 朗读")).ok)     // read to the end of the lesson, then stopped
        #expect(!heard().contains("**"))               // no Markdown marks

        try tmux.send("End")
        try tmux.send("Enter")                         // the lesson's check
        #expect(try tmux.waitFor(has("1-9")).ok)
        try tmux.send("R")
        #expect(waitHeard("第一题。"), "heard: \(heard())")
        #expect(waitHeard("选项一："), "heard: \(heard())")
        #expect(waitHeard("选项二："), "heard: \(heard())")
        try tmux.send("Escape")
    }

    /// Issue 19: reading on opening turned on in the learner's settings, the speed chosen there
    /// reaching the command in `CUNXUE_SPEAK_RATE`, and F3 on the worksheet form.
    @Test func readingOnOpeningAtTheChosenSpeedAndF3OnAWorksheet() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = SpeechRecorder(folder: folder, withRate: true)
        let tmux = try recorder.newLearnerSignedIn()
        let has = SpeechRecorder.has, heard = recorder.heard, waitHeard = recorder.waitHeard
        #expect(try tmux.waitFor(has("S 设置")).ok)
        try tmux.send("S")
        #expect(try tmux.waitFor(has("打开一页就朗读")).ok)
        try tmux.send("1")                             // read each page as it opens: on
        #expect(waitHeard("[zh 150] 打开一页就朗读：开。"), "heard: \(heard())")
        try tmux.send("2")                             // speed: normal → fast, heard at once
        #expect(waitHeard("[zh 190] 朗读的快慢：快。"), "heard: \(heard())")
        try tmux.send("Escape")
        #expect(try tmux.waitFor(has("王芳，你好")).ok)
        try tmux.send("Enter")                         // 从这里开始: the first lesson, read as it opens
        #expect(waitHeard("[zh 190] 按键和鼠标"), "heard: \(heard())")
        #expect(waitHeard("欢迎来到村学！这一课只学几个键。"), "heard: \(heard())")
        try tmux.send("Escape")                        // the module page: reading stops
        #expect(try tmux.waitFor(has("按键和鼠标")).ok)
        try tmux.send("Escape")
        #expect(try tmux.waitFor(has("王芳，你好")).ok)

        try tmux.send("3")                             // 商品上架: its worksheets after the quiz
        #expect(try tmux.waitFor(has("实操单")).ok)
        try tmux.send("End")
        try tmux.send("Enter")
        let (form, ok) = try tmux.waitFor(has("F3 朗读"))
        #expect(ok, "no F3 on the form:\n\(form.joined(separator: "\n"))")
        let label = try #require(form.lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("▶ ") }?.dropFirst(2))
        try tmux.send("R")                             // a letter is text here
        #expect(try tmux.waitFor(has("> R")).ok)
        try tmux.send("F3")
        #expect(waitHeard("[zh 190] \(label)"), "heard: \(heard())")
        #expect(waitHeard("已经填了：R"), "heard: \(heard())")
        try tmux.send("Escape")
    }
}

/// A speech command that writes what it is given (with the language, and the speed when asked)
/// to a file, and the app started with it, a new learner 王芳 signed in.
private struct SpeechRecorder {
    let data: URL
    let spoken: URL
    let command: String

    init(folder: URL, withRate: Bool) {
        data = folder.appendingPathComponent("data")
        spoken = folder.appendingPathComponent("spoken.txt")
        let fields = withRate ? "'[%s %s] ' \"$CUNXUE_SPEAK_LANG\" \"$CUNXUE_SPEAK_RATE\"" : "'[%s] ' \"$CUNXUE_SPEAK_LANG\""
        command = "{ printf \(fields); cat; printf '\\n'; } >> '\(spoken.path)'"
    }

    static func has(_ text: String) -> ([String]) -> Bool { { $0.joined(separator: "\n").contains(text) } }

    /// Everything spoken so far.
    func heard() -> String { (try? String(contentsOf: spoken, encoding: .utf8)) ?? "" }

    /// Waits up to 10 s for `text` to be spoken.
    func waitHeard(_ text: String) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if heard().contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The app in tmux, a new learner 王芳 (no PIN) created and signed in.
    func newLearnerSignedIn() throws -> TmuxSession {
        let has = Self.has
        let tmux = try TmuxSession(command: "'\(cunxueBinary.path)' --data-dir '\(data.path)'",
                                   environment: ["LANG": "C.UTF-8", "CUNXUE_SPEAK": command])
        #expect(try tmux.waitFor(has("欢迎来到村学")).ok)
        try tmux.send("Enter")
        #expect(try tmux.waitFor(has("请写上你的名字")).ok)
        try tmux.sendLiteral("王芳")
        try tmux.send("Enter")
        #expect(try tmux.waitFor(has("密码")).ok)
        try tmux.send("Enter")
        return tmux
    }
}
