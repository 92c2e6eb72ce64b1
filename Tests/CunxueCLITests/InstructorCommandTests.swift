import Foundation
import Testing

/// `cunxue instructor set-pin`: scripted through standard input, and in a real terminal.
@Suite("cunxue instructor set-pin")
struct InstructorCommandTests {
    private func setPIN(_ input: String, data: String, lang: String = "zh") throws -> CommandResult {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pin-input-\(UUID().uuidString)")
        try Data(input.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var environment = ProcessInfo.processInfo.environment
        environment["CUNXUE_DATA_DIR"] = nil
        return try runCommand(cunxueBinary, ["instructor", "set-pin", "--data-dir", data, "--lang", lang],
                              environment: environment, stdin: FileHandle(forReadingAtPath: file.path))
    }

    @Test func setThenChangeWithTheCurrentPINAndGrowingWaits() throws {
        let folder = try makeTemporaryFolder("cunxue-pin")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.path + "/data"

        let first = try setPIN("2580\n2580\n", data: data)
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("老师密码已设置。"))
        #expect(first.stderr == "新的老师密码（4 位数字）：\n请再输入一次：\n")
        let file = try String(contentsOfFile: data + "/instructor.json", encoding: .utf8)
        #expect(file.contains("pbkdf2-sha256") && !file.contains("2580"))

        // Full-width digits from a Chinese input method are the same PIN.
        let mismatch = try setPIN("２５８０\n1111\n2222\n", data: data, lang: "en")
        #expect(mismatch.status == 1)
        #expect(mismatch.stderr.contains("The two PINs differ; nothing was changed."))

        let short = try setPIN("2580\n123\n", data: data)
        #expect(short.status == 1)
        #expect(short.stderr.contains("密码要是 4 位数字"))

        for _ in 0..<3 {
            let wrong = try setPIN("0000\n1111\n1111\n", data: data)
            #expect(wrong.status == 1)
            #expect(wrong.stderr.contains("密码不对"))
        }
        // After the third wrong try the next one has to wait; it is not even asked.
        let waiting = try setPIN("2580\n1111\n1111\n", data: data)
        #expect(waiting.status == 1)
        #expect(waiting.stderr.contains("请等 ") && !waiting.stderr.contains("现在的老师密码"))
        #expect(try String(contentsOfFile: data + "/instructor.json", encoding: .utf8) != file)
    }

    @Test func endOfInputCancels() throws {
        let folder = try makeTemporaryFolder("cunxue-pin")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cancelled = try setPIN("2580\n", data: folder.path + "/data")
        #expect(cancelled.status == 1)
        #expect(cancelled.stderr.hasSuffix("已取消，密码没有改。\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/data/instructor.json"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func terminalShowsNoDigitsAndIsRestored() throws {
        let folder = try makeTemporaryFolder("cunxue-pin")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.path + "/data"
        let modes = "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e icanon -e isig | tr '\\n' ' '"
        func session() throws -> TmuxSession {
            let command = "\(TmuxSession.shellQuote(cunxueBinary.path)) instructor set-pin --data-dir \(TmuxSession.shellQuote(data)); "
                + "status=$?; echo; echo EXIT=$status; \(modes); echo; sleep 30"
            return try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        }

        let tmux = try session()
        #expect(try tmux.waitFor { $0.contains { $0.contains("新的老师密码") } }.ok)
        try tmux.sendLiteral("2580")
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains { $0.contains("请再输入一次") } }.ok)
        try tmux.sendLiteral("2581")
        try tmux.send("BSpace")
        try tmux.sendLiteral("0")
        try tmux.send("Enter")
        // stty lists the modes in its own order: isig, icanon, echo.
        let done = try tmux.waitFor { $0.contains { $0.contains("isig icanon echo") } }
        #expect(done.ok)
        #expect(done.lines.contains("EXIT=0"))
        #expect(done.lines.contains { $0.contains("老师密码已设置") })
        #expect(!done.lines.contains { $0.contains("258") })

        // Ctrl-C at the prompt cancels and leaves the terminal as it was.
        let again = try session()
        #expect(try again.waitFor { $0.contains { $0.contains("现在的老师密码") } }.ok)
        try again.sendLiteral("12")
        try again.send("C-c")
        let cancelled = try again.waitFor { $0.contains { $0.contains("isig icanon echo") } }
        #expect(cancelled.ok)
        #expect(cancelled.lines.contains("EXIT=1"))
        #expect(cancelled.lines.contains { $0.contains("已取消") })
    }
}
