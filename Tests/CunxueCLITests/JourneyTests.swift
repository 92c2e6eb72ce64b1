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
    private func has(_ text: String) -> ([String]) -> Bool { { $0.joined(separator: "\n").contains(text) } }

    /// The app on `data` as a shell command that says how it ended.
    private func command(_ data: URL, _ extra: String = "") -> String {
        // The status on a line of its own: bash's "Killed" notice may wrap it otherwise.
        "'\(cunxueBinary.path)' --data-dir '\(data.path)' \(extra); s=$?; printf '\\r\\nEXIT=%s\\r\\n' $s; sleep 30"
    }

    /// Waits for `text`, failing with the screen when it does not come.
    @discardableResult
    private func expectScreen(_ tmux: TmuxSession, _ text: String, seconds: Double = 10,
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let (lines, ok) = try tmux.waitFor(seconds: seconds, has(text))
        #expect(ok, "no “\(text)” on screen:\n\(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return lines
    }

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
    private func expectQuestion(_ tmux: TmuxSession, _ header: String, answers count: Int,
                                sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let (lines, ok) = try tmux.waitFor { $0.joined().contains(header) && answers($0).count == count }
        #expect(ok, "no “\(header)” with \(count) answers:\n\(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return lines
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
    private func comeBackToTheCheck(_ tmux: TmuxSession, order: [String], ticked: String) throws {
        try expectScreen(tmux, "欢迎来到村学")
        try tmux.send("Enter")
        try expectScreen(tmux, "继续小练习：按键和鼠标（第 2 题）")
        try tmux.send("Enter")
        let lines = try expectQuestion(tmux, "第 2 题，共 2 题", answers: order.count)
        #expect(answers(lines).map(\.text) == order, "the answers were shuffled again:\n\(lines.joined(separator: "\n"))")
        #expect(answers(lines).filter(\.ticked).map(\.text) == [ticked])
    }

    // MARK: - Items 1, 2, 6, 7, 8, 9

    @Test func leavingACheckInEveryWayKeepsItThenTheNotebookOnDayOne() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        var tmux: TmuxSession? = try TmuxSession(command: command(data), environment: ["LANG": "C.UTF-8"])
        let first = try #require(tmux)
        try expectScreen(first, "欢迎来到村学")
        try first.send("Enter")                                  // the only row: new learner
        try expectScreen(first, "请写上你的名字")
        try first.sendLiteral("王芳")
        try first.send("Enter")
        try expectScreen(first, "密码")
        try first.send("Enter")                                  // no PIN
        var home = try expectScreen(first, "从这里开始：怎么用村学 · 按键和鼠标")
        #expect(home.contains { $0.contains("1. ") && $0.contains("怎么用村学") && $0.contains("%") })

        // 6: the smallest window says more modules are below.
        try first.resize(width: 60, height: 20)
        try expectScreen(first, "▼")
        try first.resize(width: 80, height: 24)
        try expectScreen(first, "L English")

        try first.send("Enter")                                  // the first lesson
        try expectScreen(first, "读到 0%")
        try first.send("End")
        try expectScreen(first, "做小练习")
        try first.send("Enter")                                  // its check
        var lines = try expectQuestion(first, "第 1 题，共 2 题", answers: 3)
        try first.send(try number(of: "Esc", in: lines), "Enter")
        try expectScreen(first, "答对了")
        try first.send("Enter")
        lines = try expectQuestion(first, "第 2 题，共 2 题", answers: 4)
        let order = answers(lines).map(\.text)
        let bottomLine = "看屏幕最下面一行的按键提示"
        try first.send(try number(of: bottomLine, in: lines))    // one tick of two right ones
        try expectScreen(first, "[✓] " + bottomLine)
        #expect(try waitForFile(in: data, containing: "\"draft\""), "the tick was not saved")

        // 1 and 8: Esc, then the module page says the check is half done, home offers it first.
        try first.send("Escape")
        try expectScreen(first, "小练习做了一半")
        try first.send("Escape")
        home = try expectScreen(first, "继续小练习：按键和鼠标（第 2 题）")
        try first.send("Home", "Enter")                          // the first row
        lines = try expectQuestion(first, "第 2 题，共 2 题", answers: 4)
        #expect(answers(lines).map(\.text) == order)
        #expect(answers(lines).filter(\.ticked).map(\.text) == [bottomLine])

        // 1: Ctrl-C, and the app started again.
        try first.send("C-c")
        try expectScreen(first, "EXIT=0")
        tmux = nil
        let second = try TmuxSession(command: command(data), environment: ["LANG": "C.UTF-8"])
        try comeBackToTheCheck(second, order: order, ticked: bottomLine)

        // 1: a power cut (the process killed outright), and the app started again.
        let pid = try #require(try second.panePID().flatMap { try childPID(of: $0) })
        #expect(kill(pid, SIGKILL) == 0)
        try expectScreen(second, "EXIT=137")
        let third = try TmuxSession(command: command(data), environment: ["LANG": "C.UTF-8"])
        try comeBackToTheCheck(third, order: order, ticked: bottomLine)

        // 7: her choice and the right ones by number, what is missing; the results say it too.
        try third.send("Enter")
        try expectScreen(third, "漏选了")
        try expectScreen(third, "你选了 \(try number(of: bottomLine, in: third.capture()))；正确答案是")
        try third.send("Enter")
        try expectScreen(third, "建议把这一课再读一遍：按键和鼠标")
        try expectScreen(third, "正确答案是")

        // 2: the mistake notebook opens the same day, says when the question comes back, and
        // a round of practice can be done at once.
        try third.send("Escape")
        try expectScreen(third, "✗ 小练习没通过")                // 8: failed is not done
        try third.send("Escape")
        home = try expectScreen(third, "错题本：1 道题，今天可以先练一练")
        #expect(home.contains { $0.contains("1. ") && $0.contains("怎么用村学") && $0.contains("%") })  // 6: still 1
        try third.send("Home", "Down", "Enter")
        try expectScreen(third, "明天复习")
        try third.send("Enter")
        lines = try expectQuestion(third, "还剩 1 道", answers: 4)
        try third.send(try number(of: bottomLine, in: lines), try number(of: "按 ? 打开帮助", in: lines), "Enter")
        try expectScreen(third, "答对了")
        try third.send("Enter")
        try expectScreen(third, "这一轮做完了：答对 1 道，共 1 道")

        // 9: Esc on home asks; Enter (a habit) stays; 1 signs out.
        try third.send("Escape")
        try expectScreen(third, "王芳，你好")
        try third.send("Escape")
        try expectScreen(third, "要退出登录吗")
        try third.send("Enter")
        let stayed = try third.waitFor { !$0.joined().contains("要退出登录吗") }
        #expect(stayed.ok && stayed.lines.joined().contains("王芳，你好"))
        try third.send("Escape")
        try expectScreen(third, "要退出登录吗")
        try third.send("1")
        try expectScreen(third, "王芳 已退出登录")
        try third.send("Escape")
        try expectScreen(third, "要退出村学吗")
        try third.send("1")
        try expectScreen(third, "EXIT=0")
    }

    // MARK: - Items 3, 4, 5, 9

    @Test func sameNamesPINWaitsAndTheSignInScreenIgnoresLetters() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let added = try runCommand(cunxueBinary, ["learners", "add", "李叔", "--data-dir", data.path])
        #expect(added.status == 0, "\(added.stderr)")
        let tmux = try TmuxSession(command: command(data, "--lang zh"), environment: ["LANG": "C.UTF-8"])
        try expectScreen(tmux, "欢迎来到村学")

        // 5: a name typed on the sign-in screen switches nothing and opens nothing.
        try tmux.sendLiteral("li shu LIN qi")
        try expectScreen(tmux, "这里不用打字")
        #expect(try tmux.capture().joined().contains("欢迎来到村学"))
        try tmux.send("Tab")
        try expectScreen(tmux, "Welcome to Cunxue")
        try tmux.send("Tab")
        try expectScreen(tmux, "欢迎来到村学")

        // 3: the same name is refused with a suggestion.
        try tmux.send("2")                                       // + 新学员
        try expectScreen(tmux, "请写上你的名字")
        try tmux.sendLiteral("李叔")
        try tmux.send("Enter")
        try expectScreen(tmux, "李叔（东头）")
        try tmux.sendLiteral("（东头）")
        try tmux.send("Enter")
        try expectScreen(tmux, "想设一个 4 位数字密码吗")
        try tmux.sendLiteral("2468")
        try tmux.send("Enter")
        try expectScreen(tmux, "请再输入一遍")
        try tmux.sendLiteral("2468")
        try tmux.send("Enter")
        try expectScreen(tmux, "李叔（东头），你好")

        // 5: her English stays hers; sign-out brings the station's Chinese back.
        try tmux.send("L")
        try expectScreen(tmux, "Hello, 李叔（东头）")
        try tmux.send("Escape")
        try expectScreen(tmux, "Sign out?")
        try tmux.send("1")
        let list = try expectScreen(tmux, "欢迎来到村学")
        // 3: what a person recognises beside each name.
        #expect(list.contains { $0.contains("李叔（东头）") && $0.contains("有密码 · 今天") })
        #expect(list.contains { $0.contains("李叔 ") && $0.contains("还没学过") })

        // 4: three wrong PINs start a wait that counts down in one place; digits typed during it
        // are not kept; when it ends the box is empty and the right PIN gets in.
        try tmux.send("Home", "Enter")
        try expectScreen(tmux, "请输入你的 4 位密码")
        for _ in 0..<3 {
            try tmux.sendLiteral("1111")
            try expectScreen(tmux, "密码：● ● ● ●")                 // typed (and the last message gone)
            try tmux.send("Enter")
            let (lines, ok) = try tmux.waitFor { $0.joined().contains("密码不对") && $0.joined().contains("密码：_ _ _ _") }
            #expect(ok, "\(lines.joined(separator: "\n"))")
        }
        let waiting = try expectScreen(tmux, "秒再试").joined()
        try tmux.sendLiteral("2468")
        if waiting.contains("请等 2 秒再试") { try expectScreen(tmux, "请等 1 秒再试") }   // it ticks
        #expect(try tmux.capture().joined().contains("密码：_ _ _ _"))
        let ended = try tmux.waitFor { !$0.joined().contains("请等") }
        #expect(ended.ok && ended.lines.joined().contains("密码：_ _ _ _"), "\(ended.lines.joined(separator: "\n"))")
        #expect(ended.lines.joined().contains("忘了密码？"))
        try tmux.sendLiteral("2468")
        try tmux.send("Enter")
        try expectScreen(tmux, "Hello, 李叔（东头）")                // in her own language again

        // 9: Esc on sign-in asks; Enter stays; 1 leaves.
        try tmux.send("Escape")
        try expectScreen(tmux, "Sign out?")
        try tmux.send("1")
        try expectScreen(tmux, "欢迎来到村学")
        try tmux.send("Escape")
        try expectScreen(tmux, "要退出村学吗")
        try tmux.send("Enter")
        let stayed = try tmux.waitFor { !$0.joined().contains("要退出村学吗") }
        #expect(stayed.ok && !stayed.lines.joined().contains("EXIT="))
        try tmux.send("Escape")
        try expectScreen(tmux, "要退出村学吗")
        try tmux.send("1")
        try expectScreen(tmux, "EXIT=0")
    }

    // MARK: - Items 1 and 9: the idle sign-out

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/faketime"), "faketime is not installed"))
    func theIdleSignOutWarnsSavesAndTheCheckComesBack() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        // The clock runs ten times fast, so the one-minute limit passes in six seconds.
        let tmux = try TmuxSession(command: "faketime -f '+0 x10' " + command(data, "--idle-minutes 1"),
                                   environment: ["LANG": "C.UTF-8"])
        try expectScreen(tmux, "欢迎来到村学")
        try tmux.send("Enter")
        try expectScreen(tmux, "请写上你的名字")
        try tmux.sendLiteral("张婶")
        try tmux.send("Enter")
        try expectScreen(tmux, "密码")
        try tmux.send("Enter")
        try expectScreen(tmux, "张婶，你好")
        try tmux.send("Enter", "End")
        try expectScreen(tmux, "做小练习")
        try tmux.send("Enter")
        let lines = try expectQuestion(tmux, "第 1 题，共 2 题", answers: 3)
        let esc = try number(of: "Esc", in: lines)
        try tmux.send(esc)
        try expectScreen(tmux, "(●) Esc")
        try expectScreen(tmux, "秒后会自动退出登录")
        let signIn = try expectScreen(tmux, "学习进度都保存好了")
        #expect(signIn.contains { $0.contains("▶ 1. 张婶") })
        try tmux.send("Enter")
        try expectScreen(tmux, "继续小练习：按键和鼠标（第 1 题）")
        try tmux.send("Enter")
        try expectScreen(tmux, "(●) Esc")
    }

    // MARK: - The first visit and the return

    @Test func newLearnerReadsAnswersQuitsAndComesBack() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        var tmux: TmuxSession? = try TmuxSession(command: command(data), environment: ["LANG": "C.UTF-8"])
        let first = try #require(tmux)
        try expectScreen(first, "欢迎来到村学")
        try first.send("Enter")                       // the only row: new learner
        try expectScreen(first, "请写上你的名字")
        try first.sendLiteral("王芳")
        try first.send("Enter")
        try expectScreen(first, "密码")
        try first.send("Enter")                       // no PIN
        try expectScreen(first, "王芳，你好")
        try first.send("1")                           // the first module, number 1
        try expectScreen(first, "单元测验")
        try first.send("Enter")                       // its first lesson
        try expectScreen(first, "读到")
        try first.send("End")
        try expectScreen(first, "做小练习")
        try first.send("Enter")                       // the lesson's check
        try expectScreen(first, "第 1 题")
        for _ in 0..<2 {
            try first.send("1")
            try first.send("Enter")
            try expectScreen(first, "答")            // 答对了 or 答错了
            try first.send("Enter")
        }
        try expectScreen(first, "得分")
        try first.send("Escape")                      // module page
        try first.send("Escape")                      // home
        try expectScreen(first, "王芳，你好")
        try first.send("Escape")                      // asks first
        try expectScreen(first, "要退出登录吗")
        try first.send("1")
        try expectScreen(first, "欢迎来到村学")
        try first.send("Escape")
        try expectScreen(first, "要退出村学吗")
        try first.send("1")
        try expectScreen(first, "EXIT=0")
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
        let again = try TmuxSession(command: command(data), environment: ["LANG": "C.UTF-8"])
        try expectScreen(again, "王芳")
        try again.send("1")
        let home = try expectScreen(again, "1/3 课")
        #expect(home.joined().contains("继续学习") || home.joined().contains("错题本"))
    }
}

extension TmuxSession {
    /// The process id of the window's command (the shell running the app).
    func panePID() throws -> Int32? {
        Int32(try run(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func run(_ args: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket] + args
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The first child of process `parent` (the app under the shell tmux started), from /proc.
private func childPID(of parent: Int32) throws -> Int32? {
    let tasks = "/proc/\(parent)/task/\(parent)/children"
    let text = try String(contentsOfFile: tasks, encoding: .utf8)
    return text.split(separator: " ").first.flatMap { Int32($0) }
}
