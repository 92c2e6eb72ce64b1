import Foundation
import Testing

/// A learner's first visit on the real binary in a real terminal, and their return.
@Suite("Learner journey", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct JourneyTests {
    @Test func newLearnerReadsAnswersQuitsAndComesBack() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let command = "'\(cunxueBinary.path)' --data-dir '\(data.path)'; echo EXIT=$?; sleep 30"
        func has(_ text: String) -> ([String]) -> Bool { { $0.joined(separator: "\n").contains(text) } }

        var tmux: TmuxSession? = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        guard let first = tmux else { return }
        #expect(try first.waitFor(has("欢迎来到村学")).ok)
        try first.send("Enter")                       // the only row: new learner
        #expect(try first.waitFor(has("请写上你的名字")).ok)
        try first.sendLiteral("王芳")
        try first.send("Enter")
        #expect(try first.waitFor(has("密码")).ok)
        try first.send("Enter")                       // no PIN
        #expect(try first.waitFor(has("王芳，你好")).ok)
        try first.send("2")                           // the first module
        #expect(try first.waitFor(has("单元测验")).ok)
        try first.send("Enter")                       // its first lesson
        #expect(try first.waitFor(has("1-")).ok)
        try first.send("End")
        #expect(try first.waitFor(has("做小测验")).ok)
        try first.send("Enter")                       // the lesson's check
        #expect(try first.waitFor(has("第 1 题")).ok)
        for _ in 0..<2 {
            try first.send("1")
            try first.send("Enter")
            #expect(try first.waitFor(has("答")).ok)      // 答对了 or 答错了
            try first.send("Enter")
        }
        let (results, gotResults) = try first.waitFor(has("得分"))
        #expect(gotResults, "no results:\n\(results.joined(separator: "\n"))")
        try first.send("Escape")                      // module page
        try first.send("Escape")                      // home
        try first.send("Escape")                      // signs out
        #expect(try first.waitFor(has("欢迎来到村学")).ok)
        try first.send("q")
        #expect(try first.waitFor(has("要退出村学吗")).ok)
        try first.send("Enter")
        #expect(try first.waitFor(has("EXIT=0")).ok)
        tmux = nil

        // The learner file holds the attempt and the lesson read.
        let files = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("learners").path)
            .filter { $0.hasSuffix(".json") }
        #expect(files.count == 1)
        let json = try String(contentsOf: data.appendingPathComponent("learners").appendingPathComponent(files[0]), encoding: .utf8)
        #expect(json.contains("\"schemaVersion\""))
        #expect(json.contains("how-to-use/01-keys.quiz"))
        #expect(json.contains("王芳"))

        // Back again: the progress shows.
        let again = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        #expect(try again.waitFor(has("王芳")).ok)
        try again.send("1")
        let (home, ok) = try again.waitFor(has("1/3 课"))
        #expect(ok, "progress not shown:\n\(home.joined(separator: "\n"))")
        #expect(home.joined().contains("继续学习"))
    }
}
