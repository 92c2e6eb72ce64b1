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
        let app = try recorder.newLearnerSignedIn()
        let heard = recorder.heard, waitHeard = recorder.waitHeard
        try app.waitFor("王芳，你好")
        try app.press("Enter", thenSee: "R 朗读")      // 继续学习: the tutorial's first lesson
        try app.press("R")
        // The title first, then paragraph after paragraph, in Chinese.
        #expect(waitHeard("[zh] 按键和鼠标"), "heard: \(heard())")
        #expect(waitHeard("欢迎来到村学！这一课只学几个键。"), "heard: \(heard())")
        try app.waitFor("R 朗读")                      // read to the end of the lesson, then stopped
        #expect(!heard().contains("**"))               // no Markdown marks

        try app.press("End")
        try app.press("Enter", thenSee: "1-9")         // the lesson's check
        try app.press("R")
        #expect(waitHeard("第一题。"), "heard: \(heard())")
        #expect(waitHeard("选项一："), "heard: \(heard())")
        #expect(waitHeard("选项二："), "heard: \(heard())")
        try app.press("Escape")
    }

    /// Issue 19: reading on opening turned on in the learner's settings, the speed chosen there
    /// reaching the command in `CUNXUE_SPEAK_RATE`, and F3 on the worksheet form.
    @Test func readingOnOpeningAtTheChosenSpeedAndF3OnAWorksheet() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = SpeechRecorder(folder: folder, withRate: true)
        let app = try recorder.newLearnerSignedIn()
        let heard = recorder.heard, waitHeard = recorder.waitHeard
        try app.waitFor("S 设置")
        try app.press("S", thenSee: "打开一页就朗读")
        try app.press("1")                             // read each page as it opens: on
        #expect(waitHeard("[zh 150] 打开一页就朗读：开。"), "heard: \(heard())")
        try app.press("2")                             // speed: normal → fast, heard at once
        #expect(waitHeard("[zh 190] 朗读的快慢：快。"), "heard: \(heard())")
        try app.press("Escape", thenSee: "王芳，你好")
        try app.press("Enter")                         // 从这里开始: the first lesson, read as it opens
        #expect(waitHeard("[zh 190] 按键和鼠标"), "heard: \(heard())")
        #expect(waitHeard("欢迎来到村学！这一课只学几个键。"), "heard: \(heard())")
        try app.press("Escape", thenSee: "按键和鼠标")  // the module page: reading stops
        try app.press("Escape", thenSee: "王芳，你好")

        try app.press("3", thenSee: "实操单")          // 商品上架: its worksheets after the quiz
        try app.press("End")
        let form = try app.press("Enter", thenSee: "F3 朗读")
        let label = try #require(form.lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("▶ ") }?.dropFirst(2))
        try app.press("R", thenSee: "> R")             // a letter is text here
        try app.press("F3")
        #expect(waitHeard("[zh 190] \(label)"), "heard: \(heard())")
        #expect(waitHeard("已经填了：R"), "heard: \(heard())")
        try app.press("Escape")
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
    func newLearnerSignedIn() throws -> Journey {
        let app = try Journey(data: data, environment: ["CUNXUE_SPEAK": command])
        try app.signUp(name: "王芳")
        return app
    }
}
