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
        let added = try runCommand(cunxueBinary, ["learners", "add", "王芳", "李叔", "--data-dir", data.path])
        try #require(added.status == 0, "\(added.stderr)")
        let rc = folder.appendingPathComponent("screenrc")
        try "startup_message off\ncjkwidth on\n".write(to: rc, atomically: true, encoding: .utf8)
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
