import Foundation
import Glibc
import Testing

/// Learners' journeys on the real binary in a real terminal (tmux, 80x24): the first visit and
/// the return, and what issue 13 found away from the straight line — leaving a check in every
/// way and finding it as it was, the mistake notebook on day one, same names, PIN waits,
/// letters on the sign-in screen, numbers that stay, feedback by number, failed is not done,
/// and nothing ending without being asked. Every step waits for text; none sleeps.
@Suite("Learner journey", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct JourneyTests {
    /// The answer rows of the question on screen: number and text, in screen order.
    private func answers(_ lines: [String]) -> [(number: Int, text: String, ticked: Bool)] {
        lines.compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let first = trimmed.first, let number = first.wholeNumberValue, trimmed.dropFirst().hasPrefix(". "),
                  let close = trimmed.firstIndex(where: { $0 == ")" || $0 == "]" }) else { return nil }
            let mark = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 3)...close]
            guard mark.count == 3 else { return nil }
            return (number, String(trimmed[trimmed.index(after: close)...]).trimmingCharacters(in: .whitespaces), mark.contains("✓"))
        }
    }

    /// Waits for question `header` with `count` answers drawn (a capture can catch a screen
    /// half painted).
    private func expectQuestion(_ app: Journey, _ header: String, answers count: Int,
                                sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try app.waitUntil("no “\(header)” with \(count) answers", sourceLocation: sourceLocation) {
            $0.joined().contains(header) && answers($0).count == count
        }
    }

    /// The number on screen of the answer whose text contains `text`.
    private func number(of text: String, in lines: [String]) throws -> String {
        let row = try #require(answers(lines).first { $0.text.contains(text) }, "no answer “\(text)”:\n\(lines.joined(separator: "\n"))")
        return String(row.number)
    }

    /// The learner file's text, once it contains `text` (the save that wrote it has finished).
    private func waitForFile(in data: URL, containing text: String) throws -> Bool {
        let folder = data.appendingPathComponent("learners")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".json") } ?? []
            for file in files {
                if let json = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8), json.contains(text) {
                    return true
                }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Signs the only learner in from the sign-in screen and opens "继续学习", which must be the
    /// half-done check, at question 2 with `ticked` ticked and the answers in `order`.
    private func comeBackToTheCheck(_ app: Journey, order: [String], ticked: String) throws {
        try app.waitFor("欢迎来到村学")
        try app.press("Enter", thenSee: "继续小练习：按键和鼠标（第 2 题）")
        try app.press("Enter")
        let lines = try expectQuestion(app, "第 2 题，共 2 题", answers: order.count)
        #expect(answers(lines).map(\.text) == order, "the answers were shuffled again:\n\(lines.joined(separator: "\n"))")
        #expect(answers(lines).filter(\.ticked).map(\.text) == [ticked])
    }

    // MARK: - Items 1, 2, 6, 7, 8, 9

    @Test func leavingACheckInEveryWayKeepsItThenTheNotebookOnDayOne() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let first = try Journey(data: data)
        try first.signUp(name: "王芳")                // the only row: new learner, no PIN
        var home = try first.waitFor("从这里开始：怎么用村学 · 按键和鼠标")
        #expect(home.contains { $0.contains("1. ") && $0.contains("怎么用村学") && $0.contains("%") })

        // 6: the smallest window says more modules are below.
        try first.tmux.resize(width: 60, height: 20)
        try first.waitFor("▼")
        try first.tmux.resize(width: 80, height: 24)
        try first.waitFor("L English")

        try first.press("Enter", thenSee: "读到 0%")  // the first lesson
        try first.press("End", thenSee: "做小练习")
        try first.press("Enter")                      // its check
        var lines = try expectQuestion(first, "第 1 题，共 2 题", answers: 3)
        try first.press(try number(of: "Esc", in: lines), "Enter", thenSee: "答对了")
        try first.press("Enter")
        lines = try expectQuestion(first, "第 2 题，共 2 题", answers: 4)
        let order = answers(lines).map(\.text)
        let bottomLine = "看屏幕最下面一行的按键提示"
        try first.press(try number(of: bottomLine, in: lines))  // one tick of two right ones
        try first.waitFor("[✓] " + bottomLine)
        #expect(try waitForFile(in: data, containing: "\"draft\""), "the tick was not saved")

        // 1 and 8: Esc, then the module page says the check is half done, home offers it first.
        try first.press("Escape", thenSee: "小练习做了一半")
        home = try first.press("Escape", thenSee: "继续小练习：按键和鼠标（第 2 题）")
        try first.press("Home", "Enter")              // the first row
        lines = try expectQuestion(first, "第 2 题，共 2 题", answers: 4)
        #expect(answers(lines).map(\.text) == order)
        #expect(answers(lines).filter(\.ticked).map(\.text) == [bottomLine])

        // 1: Ctrl-C, and the app started again.
        try first.press("C-c", thenSee: "EXIT=0")
        first.close()
        let second = try Journey(data: data)
        try comeBackToTheCheck(second, order: order, ticked: bottomLine)

        // 1: a power cut (the process killed outright), and the app started again.
        let pid = try #require(try second.tmux.panePID().flatMap { try childPID(of: $0) })
        #expect(kill(pid, SIGKILL) == 0)
        try second.waitFor("EXIT=137")
        let third = try Journey(data: data)
        try comeBackToTheCheck(third, order: order, ticked: bottomLine)

        // 7: her choice and the right ones by number, what is missing; the results say it too.
        try third.press("Enter", thenSee: "漏选了")
        try third.waitFor("你选了 \(try number(of: bottomLine, in: third.tmux.capture()))；正确答案是")
        try third.press("Enter", thenSee: "建议把这一课再读一遍：按键和鼠标")
        try third.waitFor("正确答案是")

        // 2: the mistake notebook opens the same day, says when the question comes back, and
        // a round of practice can be done at once.
        try third.press("Escape", thenSee: "✗ 小练习没通过")  // 8: failed is not done
        home = try third.press("Escape", thenSee: "错题本：1 道题，今天可以先练一练")
        #expect(home.contains { $0.contains("1. ") && $0.contains("怎么用村学") && $0.contains("%") })  // 6: still 1
        try third.press("Home", "Down", "Enter", thenSee: "明天复习")
        try third.press("Enter")
        lines = try expectQuestion(third, "还剩 1 道", answers: 4)
        try third.press(try number(of: bottomLine, in: lines), try number(of: "按 ? 打开帮助", in: lines), "Enter", thenSee: "答对了")
        try third.press("Enter", thenSee: "这一轮做完了：答对 1 道，共 1 道")

        // 9: Esc on home asks; Enter (a habit) stays; 1 signs out.
        try third.press("Escape", thenSee: "王芳，你好")
        try third.press("Escape", thenSee: "要退出登录吗")
        try third.press("Enter")
        let stayed = try third.tmux.waitFor { !$0.joined().contains("要退出登录吗") }
        #expect(stayed.ok && stayed.lines.joined().contains("王芳，你好"))
        try third.press("Escape", thenSee: "要退出登录吗")
        try third.press("1", thenSee: "王芳 已退出登录")
        try third.quit()
    }

    // MARK: - Items 3, 4, 5, 9

    @Test func sameNamesPINWaitsAndTheSignInScreenIgnoresLetters() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        try addLearners(["李叔"], data: data)
        let app = try Journey(data: data, arguments: "--lang zh")
        try app.waitFor("欢迎来到村学")

        // 5: a name typed on the sign-in screen switches nothing and opens nothing.
        try app.type("li shu LIN qi")
        try app.waitFor("这里不用打字")
        #expect(try app.tmux.capture().joined().contains("欢迎来到村学"))
        try app.press("Tab", thenSee: "Welcome to Cunxue")
        try app.press("Tab", thenSee: "欢迎来到村学")

        // 3: the same name is refused with a suggestion.
        try app.press("2", thenSee: "请写上你的名字")  // + 新学员
        try app.type("李叔")
        try app.press("Enter", thenSee: "李叔（东头）")
        try app.type("（东头）")
        try app.press("Enter", thenSee: "想设一个 4 位数字密码吗")
        try app.type("2468")
        try app.press("Enter", thenSee: "请再输入一遍")
        try app.type("2468")
        try app.press("Enter", thenSee: "李叔（东头），你好")

        // 5: her English stays hers; sign-out brings the station's Chinese back.
        try app.press("L", thenSee: "Hello, 李叔（东头）")
        try app.press("Escape", thenSee: "Sign out?")
        let list = try app.press("1", thenSee: "欢迎来到村学")
        // 3: what a person recognises beside each name.
        #expect(list.contains { $0.contains("李叔（东头）") && $0.contains("有密码 · 今天") })
        #expect(list.contains { $0.contains("李叔 ") && $0.contains("还没学过") })

        // 4: three wrong PINs start a wait that counts down in one place; digits typed during it
        // are not kept; when it ends the box is empty and the right PIN gets in.
        try app.press("Home", "Enter", thenSee: "请输入你的 4 位密码")
        for _ in 0..<3 {
            try app.type("1111")
            try app.waitFor("密码：● ● ● ●")          // typed (and the last message gone)
            try app.press("Enter")
            try app.waitUntil("no wrong-PIN message with an empty box") {
                $0.joined().contains("密码不对") && $0.joined().contains("密码：_ _ _ _")
            }
        }
        let waiting = try app.waitFor("秒再试").joined()
        try app.type("2468")
        if waiting.contains("请等 2 秒再试") { try app.waitFor("请等 1 秒再试") }  // it ticks
        #expect(try app.tmux.capture().joined().contains("密码：_ _ _ _"))
        let ended = try app.waitUntil("the wait did not end") { !$0.joined().contains("请等") }
        #expect(ended.joined().contains("密码：_ _ _ _"), "\(ended.joined(separator: "\n"))")
        #expect(ended.joined().contains("忘了密码？"))
        try app.type("2468")
        try app.press("Enter", thenSee: "Hello, 李叔（东头）")  // in her own language again

        // 9: Esc on sign-in asks; Enter stays; 1 leaves.
        try app.press("Escape", thenSee: "Sign out?")
        try app.press("1", thenSee: "欢迎来到村学")
        try app.press("Escape", thenSee: "要退出村学吗")
        try app.press("Enter")
        let stayed = try app.tmux.waitFor { !$0.joined().contains("要退出村学吗") }
        #expect(stayed.ok && !stayed.lines.joined().contains("EXIT="))
        try app.quit()
    }

    // MARK: - Items 1 and 9: the idle sign-out

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/faketime"), "faketime is not installed"))
    func theIdleSignOutWarnsSavesAndTheCheckComesBack() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        // The clock runs ten times fast, so the one-minute limit passes in six seconds.
        let app = try Journey(data: data, arguments: "--idle-minutes 1", wrapper: "faketime -f '+0 x10' ")
        try app.signUp(name: "张婶")
        try app.press("Enter", "End", thenSee: "做小练习")
        try app.press("Enter")
        let lines = try expectQuestion(app, "第 1 题，共 2 题", answers: 3)
        try app.press(try number(of: "Esc", in: lines), thenSee: "(●) Esc")
        try app.waitFor("秒后会自动退出登录")
        let signIn = try app.waitFor("学习进度都保存好了")
        #expect(signIn.contains { $0.contains("▶ 1. 张婶") })
        try app.press("Enter", thenSee: "继续小练习：按键和鼠标（第 1 题）")
        try app.press("Enter", thenSee: "(●) Esc")
    }

    // MARK: - The first visit and the return

    @Test func newLearnerReadsAnswersQuitsAndComesBack() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let first = try Journey(data: data)
        try first.signUp(name: "王芳")                // the only row: new learner, no PIN
        try first.press("1", thenSee: "单元测验")     // the first module, number 1
        try first.press("Enter", thenSee: "读到")     // its first lesson
        try first.press("End", thenSee: "做小练习")
        try first.press("Enter", thenSee: "第 1 题")  // the lesson's check
        for _ in 0..<2 {
            try first.press("1")
            try first.press("Enter", thenSee: "答")   // 答对了 or 答错了
            try first.press("Enter")
        }
        try first.waitFor("得分")
        try first.press("Escape")                     // module page
        try first.press("Escape", thenSee: "王芳，你好")  // home
        try first.signOut()                           // asks first
        try first.quit()
        first.close()

        // The learner file holds the attempt and the lesson read.
        let files = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("learners").path)
            .filter { $0.hasSuffix(".json") }
        #expect(files.count == 1)
        let json = try String(contentsOf: data.appendingPathComponent("learners").appendingPathComponent(files[0]), encoding: .utf8)
        #expect(json.contains("\"schemaVersion\""))
        #expect(json.contains("how-to-use/01-keys.quiz"))
        #expect(json.contains("王芳"))

        // Back again: the progress shows.
        let again = try Journey(data: data)
        try again.waitFor("王芳")
        let home = try again.press("1", thenSee: "1/3 课")
        #expect(home.joined().contains("继续学习") || home.joined().contains("错题本"))
    }
}

/// The first child of process `parent` (the app under the shell tmux started), from /proc.
private func childPID(of parent: Int32) throws -> Int32? {
    let tasks = "/proc/\(parent)/task/\(parent)/children"
    let text = try String(contentsOfFile: tasks, encoding: .utf8)
    return text.split(separator: " ").first.flatMap { Int32($0) }
}
