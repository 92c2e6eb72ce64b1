import Foundation
import Testing
import TerminalKit

/// The real binary in a real terminal (tmux): start, Chinese alignment, resize, Ctrl-C, restore.
@Suite("Real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalTests {
    /// Columns at which `character` appears on `line`, counted in display width.
    private func columns(of character: Character, in line: String) -> [Int] {
        var result: [Int] = []
        var column = 0
        for c in line {
            if c == character { result.append(column) }
            column += DisplayWidth.of(c)
        }
        return result
    }

    /// Columns at which `character` appears on `line` as tmux 3.3 lays cells out: each scalar
    /// its width (a regional indicator one, as glibc says), except a wide one right after a
    /// zero-width joiner, which tmux joins into the joiner's cell.
    private func tmuxColumns(of character: Character, in line: String) -> [Int] {
        var result: [Int] = []
        var column = 0
        var afterJoiner = false
        for scalar in line.unicodeScalars {
            if Character(scalar) == character { result.append(column) }
            let width = (0x1F1E6...0x1F1FF).contains(scalar.value) ? 1 : DisplayWidth.of(scalar)
            if !(afterJoiner && width == 2) { column += width }
            afterJoiner = scalar.value == 0x200D
        }
        return result
    }

    @Test("names with emoji (ZWJ family, flag, keycap, VS16, skin tone) keep the sign-in box aligned, and leave nothing behind")
    func emojiNames() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let names = ["王👨\u{200D}👩\u{200D}👧芳", "🇨🇳李叔", "1\u{FE0F}\u{20E3}❤\u{FE0F}👍🏽张"]
        try addLearners(names, data: data)
        let tmux = try TmuxSession(command: "'\(cunxueBinary.path)' --data-dir '\(data.path)'; sleep 30",
                                   environment: ["LANG": "C.UTF-8", "TERM": "screen-256color"])
        let (start, started) = try tmux.waitFor { $0.contains { $0.contains("新学员") } }
        try #require(started, "no sign-in list:\n\(start.joined(separator: "\n"))")
        let top = try #require(start.first { $0.contains("┌─ 学员") })
        let right = try #require(tmuxColumns(of: "┐", in: top).first)
        let rows = start.filter { $0.contains("│") }
        #expect(rows.count == 4)
        for line in rows {
            #expect(tmuxColumns(of: "│", in: line) == [2, right], "misaligned: \(line)")
        }
        // Every emoji is drawn (before, ncurses refused a cell with more than one spacing
        // character and left whatever was there): the family as its first member, the flag whole.
        #expect(rows.contains { $0.contains("王👨芳") } && rows.contains { $0.contains("🇨🇳李叔") }, "\(rows)")

        // The help box drawn over the list and closed again: the same screen, cell for cell.
        try tmux.send("?")
        #expect(try tmux.waitFor { $0.joined().contains("┌─ 帮助") }.ok)
        try tmux.send("Escape")
        let (back, closed) = try tmux.waitFor { !$0.joined().contains("┌─ 帮助") }
        #expect(closed)
        #expect(back == start, "stale cells after the help box:\n\(back.joined(separator: "\n"))")

        // The next screen draws over the list: no part of an emoji may stay on it.
        try tmux.send("4")
        try tmux.send("Enter")
        let (form, shown) = try tmux.waitFor { $0.joined().contains("请写上你的名字") }
        #expect(shown)
        let leftovers = form.joined().unicodeScalars.filter { $0.properties.isEmojiPresentation || (0x1F1E6...0x1F1FF).contains($0.value) }
        #expect(leftovers.isEmpty, "stale cells: \(form.joined(separator: "\n"))")
    }

    @Test func startsAlignedResizesAndRestoresTheTerminal() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let before = data.appendingPathComponent("stty-before").path
        let after = data.appendingPathComponent("stty-after").path
        // The settings are written before EXIT= shows, so the test waits for text, not for time.
        let command = "stty -g > '\(before)'; '\(cunxueBinary.path)' --data-dir '\(data.path)'; s=$?; stty -g > '\(after)'; echo EXIT=$s; sleep 30"
        let tmux = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8", "TERM": "screen-256color"])

        // The Chinese welcome, aligned: the box's corners and sides line up in display columns.
        let (start, started) = try tmux.waitFor { $0.contains { $0.contains("欢迎来到村学") } }
        #expect(started, "welcome screen did not appear:\n\(start.joined(separator: "\n"))")
        #expect(start.count == 24)
        let top = try #require(start.first { $0.contains("┌─ 学员") })
        let bottom = try #require(start.first { $0.contains("└") })
        #expect(columns(of: "┐", in: top) == columns(of: "┘", in: bottom))
        for line in start where line.contains("│") {
            #expect(columns(of: "│", in: line) == [2, columns(of: "┐", in: top).first ?? -1], "misaligned: \(line)")
        }
        // The title's right-hand text ends at the last column.
        #expect(DisplayWidth.of(start[0].replacingOccurrences(of: " +$", with: "", options: .regularExpression)) == 80 - 1)
        #expect(start[23].contains("Enter 确定"))

        // Resize: the title line now spans 120 columns and the screen has 40 rows.
        try tmux.resize(width: 120, height: 40)
        let (wide, relaid) = try tmux.waitFor {
            $0.count == 40 && DisplayWidth.of($0[0].replacingOccurrences(of: " +$", with: "", options: .regularExpression)) == 119
        }
        #expect(relaid, "no new layout at 120x40:\n\(wide.joined(separator: "\n"))")
        #expect(wide[39].contains("Enter 确定"))

        // Too small, then big again.
        try tmux.resize(width: 50, height: 15)
        let (_, small) = try tmux.waitFor { $0.joined().contains("窗口太小") }
        #expect(small)
        try tmux.resize(width: 80, height: 24)
        let (_, back) = try tmux.waitFor { $0.contains { $0.contains("欢迎来到村学") } }
        #expect(back)

        // Ctrl-C leaves, and the terminal is as it was.
        try tmux.send("C-c")
        let (end, exited) = try tmux.waitFor { $0.contains { $0.contains("EXIT=") } }
        #expect(exited, "app did not exit on Ctrl-C:\n\(end.joined(separator: "\n"))")
        #expect(end.contains { $0.contains("EXIT=0") })
        let sttyBefore = try String(contentsOfFile: before, encoding: .utf8)
        let sttyAfter = try String(contentsOfFile: after, encoding: .utf8)
        #expect(!sttyBefore.isEmpty)
        #expect(sttyBefore == sttyAfter)
    }

    @Test("SIGTERM and SIGHUP leave the terminal restored", arguments: ["TERM", "HUP"])
    func signals(signal: String) throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let before = data.appendingPathComponent("before").path
        let after = data.appendingPathComponent("after").path
        let pidFile = data.appendingPathComponent("pid").path
        // The signal is sent once the welcome shows (waiting for text, not for time); the
        // settings are written before EXIT= shows.
        let command = "stty -g > '\(before)'; '\(cunxueBinary.path)' --data-dir '\(data.path)' </dev/tty & echo $! > '\(pidFile)'; wait $!; s=$?; stty -g > '\(after)'; echo EXIT=$s; sleep 30"
        let tmux = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        #expect(try tmux.waitFor { $0.joined().contains("欢迎来到村学") }.ok)
        let pidText = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(Int32(pidText), "no process id in \(pidFile): \(pidText)")
        #expect(kill(pid, signal == "TERM" ? SIGTERM : SIGHUP) == 0)
        let (end, exited) = try tmux.waitFor { $0.contains { $0.contains("EXIT=") } }
        #expect(exited, "no exit after SIG\(signal):\n\(end.joined(separator: "\n"))")
        #expect(end.contains { $0.contains("EXIT=0") })
        #expect(try String(contentsOfFile: before, encoding: .utf8) == String(contentsOfFile: after, encoding: .utf8))
    }

    @Test("a terminal that goes away ends the app even when SIGHUP is kept from it")
    func closedTerminalEndsTheApp() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let done = data.appendingPathComponent("done").path
        let command = "bash -c \"trap '' HUP; '\(cunxueBinary.path)' --data-dir '\(data.path)'; echo ended > '\(done)'\""
        var tmux: TmuxSession? = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        #expect(try tmux?.waitFor { $0.joined().contains("欢迎来到村学") }.ok == true)
        tmux = nil  // kills the tmux server: the terminal is gone
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: done), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(FileManager.default.fileExists(atPath: done), "the app kept running without a terminal")
    }

    @Test func controlZSuspendsAndFgRedraws() throws {
        let data = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let tmux = try TmuxSession(command: "bash --norc --noprofile -i", environment: ["LANG": "C.UTF-8", "PS1": "$ "])
        try tmux.waitFor { $0.contains { !$0.isEmpty } }
        try tmux.sendLiteral("stty -g > '\(data.path)/before'; '\(cunxueBinary.path)' --data-dir '\(data.path)'")
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains { $0.contains("欢迎来到村学") } }.ok)
        try tmux.send("C-z")
        let (stopped, ok) = try tmux.waitFor { $0.contains { $0.contains("Stopped") } }
        #expect(ok, "not suspended:\n\(stopped.joined(separator: "\n"))")
        #expect(!stopped.contains { $0.contains("欢迎来到村学") && $0.contains("Stopped") })
        try tmux.sendLiteral("fg")
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains { $0.contains("欢迎来到村学") } && $0.last?.contains("Enter") == true }.ok)
        try tmux.send("C-c")
        try tmux.sendLiteral("stty -g > '\(data.path)/after'; echo DONE")
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains { $0.hasPrefix("DONE") } }.ok)
        #expect(try String(contentsOfFile: data.path + "/before", encoding: .utf8)
                == String(contentsOfFile: data.path + "/after", encoding: .utf8))
    }
}
