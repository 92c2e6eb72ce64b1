import Foundation
import Testing
import TerminalKit

/// The app in a terminal that draws East Asian ambiguous characters two columns wide: GNU screen
/// with `cjkwidth on`, run inside tmux (Debian `screen`, installed by scripts/setup). The app
/// detects it and draws its frames with characters that line up either way.
@Suite("Ambiguous width: the app under GNU screen", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
       .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/screen"),
                "GNU screen is not installed (Debian package screen; scripts/setup installs it)"))
struct AmbiguousWidthJourneyTests {
    /// Columns at which `characters` appear on `line`, as tmux lays cells out.
    private func columns(of characters: Set<Character>, in line: String) -> [Int] {
        var result: [Int] = []
        var column = 0
        for c in line {
            if characters.contains(c) { result.append(column) }
            column += DisplayWidth.of(c)
        }
        return result
    }

    /// Starts the app for 王芳 and 李叔 inside `screen -c` (cjkwidth on) inside tmux.
    private func startUnderScreen(_ folder: URL, arguments: String = "", width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let data = folder.appendingPathComponent("data")
        try addLearners(["王芳", "李叔"], data: data)
        let rc = folder.appendingPathComponent("screenrc")
        try "startup_message off\ncjkwidth on\nautodetach off\n".write(to: rc, atomically: true, encoding: .utf8)
        let command = "/usr/bin/screen -c '\(rc.path)' -S cx-\(UUID().uuidString.prefix(8)) '\(cunxueBinary.path)' --data-dir '\(data.path)' \(arguments); sleep 60"
        return try TmuxSession(command: command, width: width, height: height,
                               environment: ["LANG": "C.UTF-8", "SCREENDIR": folder.path + "/screens"])
    }

    /// The sign-in box: its top edge holds the title only, and every edge ends in one column.
    private func expectBoxLinesUp(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let top = try #require(lines.firstIndex { $0.contains("+- 学员") }, "no box top:\n\(lines.joined(separator: "\n"))",
                               sourceLocation: sourceLocation)
        #expect(!lines[top].contains("1."), "the first row ran into the top edge: \(lines[top])", sourceLocation: sourceLocation)
        let right = try #require(columns(of: ["+"], in: lines[top]).last, sourceLocation: sourceLocation)
        let rows = lines[(top + 1)...].prefix { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }
        #expect(rows.count == 3, "\(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        for row in rows {
            #expect(columns(of: ["|"], in: row) == [2, right], "misaligned: \(row)", sourceLocation: sourceLocation)
        }
        let bottom = lines[top + 1 + rows.count]
        #expect(columns(of: ["+"], in: bottom) == [2, right], "misaligned: \(bottom)", sourceLocation: sourceLocation)
        let drawn = lines.joined()
        #expect(!drawn.contains("┌") && !drawn.contains("│") && !drawn.contains("▶"), sourceLocation: sourceLocation)
    }

    @Test("detected wide: the sign-in box lines up (before: ┌─ 学员 ───…│▶ 1. 王芳 on one line)", arguments: [
        (80, 24), (60, 20),
    ])
    func signInBox(width: Int, height: Int) throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try startUnderScreen(folder, width: width, height: height)
        let (lines, ok) = try tmux.waitFor { $0.contains { $0.contains("新学员") } }
        try #require(ok, "no sign-in screen:\n\(lines.joined(separator: "\n"))")
        try expectBoxLinesUp(lines)
        // Signed in: the module list's bars are of # and ., and the key hints are on the last line.
        try tmux.send("Enter")
        let (home, signedIn) = try tmux.waitFor { $0.contains { $0.contains("#") || $0.contains("....") } }
        #expect(signedIn, "no home screen:\n\(home.joined(separator: "\n"))")
        #expect(home.last?.contains("Enter") == true, "\(home.joined(separator: "\n"))")
        #expect(!home.joined().contains("█") && !home.joined().contains("░"))
        try tmux.send("C-c")
    }

    @Test("--ambiguous narrow is obeyed even where wide is detected; CUNXUE_AMBIGUOUS=wide under plain tmux draws the wide set")
    func settingWins() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let narrow = try startUnderScreen(folder, arguments: "--ambiguous narrow")
        let (lines, ok) = try narrow.waitFor { $0.contains { $0.contains("新学员") } }
        try #require(ok, "no sign-in screen:\n\(lines.joined(separator: "\n"))")
        #expect(lines.joined().contains("┌"), "\(lines.joined(separator: "\n"))")

        let data = folder.appendingPathComponent("data")
        let wide = try TmuxSession(command: "'\(cunxueBinary.path)' --data-dir '\(data.path)'; sleep 60",
                                   environment: ["LANG": "C.UTF-8", "CUNXUE_AMBIGUOUS": "wide"])
        let (wideLines, wideOK) = try wide.waitFor { $0.contains { $0.contains("新学员") } }
        try #require(wideOK, "no sign-in screen:\n\(wideLines.joined(separator: "\n"))")
        try expectBoxLinesUp(wideLines)
    }
}

/// The app in xterm with `-cjk_width` (a real terminal that draws ambiguous characters two columns
/// wide), under a virtual X server. xterm prints its screen on `ESC [ i`, each wide character
/// followed by U+FFFF for its second column: what a person would see, cell by cell.
@Suite("Ambiguous width: the app in xterm -cjk_width",
       .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xterm")
                    && FileManager.default.isExecutableFile(atPath: "/usr/bin/xvfb-run"),
                "xterm or xvfb-run is not installed (Debian packages xterm and xvfb)"))
struct AmbiguousWidthXtermTests {
    @Test("the sign-in screen drawn cell by cell: quotes two columns, no placeholder left, the box lined up")
    func signIn() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try addLearners(["王芳", "李叔"], data: data)
        let dump = folder.appendingPathComponent("screen.txt")
        let script = folder.appendingPathComponent("run.sh")
        // Ask xterm for its screen until the sign-in screen is whole (its key hints end with F2).
        try """
        #!/bin/sh
        LANG=C.UTF-8 '\(cunxueBinary.path)' --data-dir '\(data.path)' </dev/tty &
        pid=$!
        for i in $(seq 100); do
          printf '\\033[i' > /dev/tty
          sleep 0.1
          grep -q 'F2 老' '\(dump.path)' 2>/dev/null && break
        done
        kill $pid
        wait $pid
        """.write(to: script, atomically: true, encoding: .utf8)
        _ = try runCommand(URL(fileURLWithPath: "/usr/bin/chmod"), ["+x", script.path])
        let result = try runCommand(URL(fileURLWithPath: "/usr/bin/timeout"), [
            "60", "/usr/bin/xvfb-run", "-a", "/usr/bin/xterm", "-cjk_width", "-u8", "-geometry", "80x24",
            "-xrm", "XTerm*printerCommand: cat > '\(dump.path)'", "-xrm", "XTerm*printAttributes: 0", "-e", script.path,
        ])
        let text = try #require(try? String(contentsOf: dump, encoding: .utf8), "no screen from xterm: \(result.stderr)")
        let lines = text.components(separatedBy: "\n")
        let shown = lines.joined(separator: "\n").replacingOccurrences(of: "\u{FFFF}", with: "")
        #expect(!text.contains("\u{3000}"), "a placeholder was left:\n\(shown)")
        // “新学员” in the prompt: each quote fills two cells, in its place.
        #expect(text.contains("“\u{FFFF}新\u{FFFF}学\u{FFFF}员\u{FFFF}”\u{FFFF}"), "\(shown)")
        // The box: every edge ends in the same cell (each Character of the dump is one cell).
        let top = try #require(lines.firstIndex { $0.contains("+- 学") }, "\(shown)")
        let right = lines[top].count - 1
        for line in lines[top...].prefix(5) {
            let trimmed = line.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
            #expect(trimmed.count - 1 == right && (trimmed.hasSuffix("|") || trimmed.hasSuffix("+")), "misaligned:\n\(shown)")
        }
        // The title line's right-hand text ends in the last column, after the two-cell separator.
        #expect(lines[0].hasPrefix(" 村\u{FFFF}学\u{FFFF} ・\u{FFFF}"), "\(lines[0])")
        #expect(lines[0].count == 80, "\(lines[0])")
    }
}
