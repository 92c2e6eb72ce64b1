import Foundation
import Testing

/// TerminalKit's real terminal alone (`cunxue-bench terminal-probe`) under tmux: key waits that
/// follow the monotonic clock, and the ambiguous-width detection.
@Suite("Terminal probe", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalProbeTests {
    private static let probe = cunxueBinary.deletingLastPathComponent().appendingPathComponent("cunxue-bench").path
    private static let faketime = "/usr/bin/faketime"
    private static let screen = "/usr/bin/screen"

    /// The number after `key=` on the probe's screen.
    private func value(_ key: String, in lines: [String]) -> Int? {
        lines.first { $0.hasPrefix(key + "=") }.flatMap { Int($0.dropFirst(key.count + 1).prefix { $0.isNumber || $0 == "-" }) }
    }

    /// libfaketime (Debian `faketime`) fakes the wall clock of one process, read from a file on
    /// every call; the monotonic clock stays real. No clock of this machine is changed.
    @Test("a wall clock stepped back an hour while waiting for keys does not stop the ticks",
          .enabled(if: FileManager.default.isExecutableFile(atPath: faketime), "faketime is not installed"))
    func wallClockSteppedBack() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let offset = folder.appendingPathComponent("offset")
        try "+0\n".write(to: offset, atomically: true, encoding: .utf8)
        // The wrapper sets up libfaketime; FAKETIME is then removed so that the file rules.
        let command = "\(Self.faketime) -f +0 env -u FAKETIME FAKETIME_TIMESTAMP_FILE='\(offset.path)' FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1 '\(Self.probe)' terminal-probe --tick-ms 50; sleep 60"
        let tmux = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"])
        let (start, started) = try tmux.waitFor { (value("ticks", in: $0) ?? 0) >= 5 }
        try #require(started, "the probe did not tick:\n\(start.joined(separator: "\n"))")
        let wallBefore = try #require(value("wall", in: start))

        try "-1h\n".write(to: offset, atomically: true, encoding: .utf8)
        let (stepped, seen) = try tmux.waitFor { (value("wall", in: $0) ?? Int.max) < wallBefore - 3000 }
        #expect(seen, "the probe never showed the wall clock an hour back:\n\(stepped.joined(separator: "\n"))")
        let ticksAtStep = value("ticks", in: stepped) ?? 0
        // 20 more ticks of 50 ms: a second by the monotonic clock. Waiting by the wall clock
        // (ncurses' timed wait) stops them for the hour the clock went back.
        let (after, ticking) = try tmux.waitFor(seconds: 8) { (value("ticks", in: $0) ?? 0) >= ticksAtStep + 20 }
        #expect(ticking, "ticks stopped after the wall clock went back:\n\(after.joined(separator: "\n"))")
        try tmux.send("q")
    }

    @Test("GNU screen with cjkwidth on draws ambiguous characters wide: detected",
          .enabled(if: FileManager.default.isExecutableFile(atPath: screen), "GNU screen is not installed"))
    func wideUnderScreen() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rc = folder.appendingPathComponent("screenrc")
        try "startup_message off\ncjkwidth on\nautodetach off\n".write(to: rc, atomically: true, encoding: .utf8)
        let name = "cunxue-\(UUID().uuidString.prefix(8))"
        let tmux = try TmuxSession(command: "\(Self.screen) -c '\(rc.path)' -S \(name) '\(Self.probe)' terminal-probe; sleep 60",
                                   environment: ["LANG": "C.UTF-8", "SCREENDIR": folder.path + "/screens"])
        let (lines, ok) = try tmux.waitFor { $0.contains { $0.hasPrefix("ambiguous=") } }
        #expect(ok, "no probe screen:\n\(lines.joined(separator: "\n"))")
        #expect(lines.contains("ambiguous=wide source=detected"), "\(lines.prefix(3))")
        try tmux.send("q")
    }

    @Test("tmux draws them narrow: detected; CUNXUE_AMBIGUOUS overrides detection", arguments: [
        ([String: String](), "ambiguous=narrow source=detected"),
        (["CUNXUE_AMBIGUOUS": "wide"], "ambiguous=wide source=setting"),
        (["CUNXUE_AMBIGUOUS": "narrow"], "ambiguous=narrow source=setting"),
    ])
    func narrowUnderTmux(environment: [String: String], expected: String) throws {
        let tmux = try TmuxSession(command: "'\(Self.probe)' terminal-probe; sleep 60",
                                   environment: ["LANG": "C.UTF-8"].merging(environment) { $1 })
        let (lines, ok) = try tmux.waitFor { $0.contains { $0.hasPrefix("ambiguous=") } }
        #expect(ok)
        #expect(lines.contains(expected), "\(lines.prefix(3))")
        // Nothing of the probe's question is left on the screen, and keys still work.
        #expect(!lines.joined().contains("─") && !lines.joined().contains("●"))
        try tmux.send("x")
        #expect(try tmux.waitFor { $0.contains { $0.contains("key=") && $0.contains("\"x\"") } }.ok)
        try tmux.send("q")
    }
}
