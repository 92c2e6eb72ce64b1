import Foundation
import Glibc
import Testing

/// Every signal whose default action would end the app, sent to the real binary under tmux:
/// the terminal is left as it was (`stty -g` equal before and after), and the app either saved
/// and left (status 0), kept running (ignored signals), or — for a real fault — died of it
/// after putting the terminal back.
@Suite("Signals in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalSignalTests {
    /// The app started under tmux with its pid written to a file and `stty -g` recorded before
    /// it starts and after it ends.
    private struct RunningApp {
        let folder: URL
        let tmux: TmuxSession
        let pid: pid_t

        init(program: String = cunxueBinary.path, arguments: String? = nil, environment: [String: String] = [:],
             readyText: String = "欢迎来到村学") throws {
            folder = try makeTemporaryFolder()
            let path = folder.path
            let args = arguments ?? "--data-dir '\(path)/data'"
            let command = "stty -g > '\(path)/before'; '\(program)' \(args) </dev/tty & echo $! > '\(path)/pid'; wait $!; s=$?; stty -g > '\(path)/after'; echo EXIT=$s; sleep 60"
            tmux = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8"].merging(environment) { $1 })
            let (screen, ready) = try tmux.waitFor(seconds: 30) { $0.joined().contains(readyText) }
            try #require(ready, "the app did not start:\n\(screen.joined(separator: "\n"))")
            let text = try String(contentsOfFile: path + "/pid", encoding: .utf8)
            pid = try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        }

        /// Waits for the shell to report the app's exit status.
        func exitStatus(seconds: Double = 10) throws -> Int? {
            // A terminal left raw (no carriage return on new lines) prints it anywhere on a line.
            let (screen, ended) = try tmux.waitFor(seconds: seconds) { $0.contains { $0.contains("EXIT=") } }
            guard ended, let line = screen.first(where: { $0.contains("EXIT=") }),
                  let range = line.range(of: "EXIT=") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }

        /// Whether the terminal modes after the app are those from before it.
        var terminalRestored: Bool {
            let before = try? String(contentsOfFile: folder.path + "/before", encoding: .utf8)
            let after = try? String(contentsOfFile: folder.path + "/after", encoding: .utf8)
            return before != nil && !(before ?? "").isEmpty && before == after
        }

        func cleanUp() { try? FileManager.default.removeItem(at: folder) }
    }

    /// Real-time signals are numbered from glibc's SIGRTMIN, which is a function, not a constant.
    private static let realTimeMin = __libc_current_sigrtmin()
    private static let realTimeMax = __libc_current_sigrtmax()

    /// Signals that ask the app to leave: it saves and leaves as for SIGTERM. Fault signals sent
    /// by another process with `kill` are such requests too.
    static let stopSignals: [(String, Int32)] = [
        ("USR1", SIGUSR1), ("USR2", SIGUSR2), ("ALRM", SIGALRM), ("QUIT", SIGQUIT), ("VTALRM", SIGVTALRM),
        ("PROF", SIGPROF), ("XCPU", SIGXCPU), ("IO", SIGIO), ("STKFLT", SIGSTKFLT), ("PWR", SIGPWR),
        ("RTMIN", realTimeMin), ("RTMIN+5", realTimeMin + 5), ("RTMAX", realTimeMax),
        ("SEGV", SIGSEGV), ("ABRT", SIGABRT), ("ILL", SIGILL), ("BUS", SIGBUS), ("FPE", SIGFPE),
        ("TRAP", SIGTRAP), ("SYS", SIGSYS),
    ]

    @Test("a signal that asks the app to stop: it saves, leaves with status 0, the terminal restored",
          arguments: stopSignals)
    func stop(name: String, signal: Int32) throws {
        let app = try RunningApp()
        defer { app.cleanUp() }
        #expect(kill(app.pid, signal) == 0)
        let status = try app.exitStatus()
        #expect(status == 0, "SIG\(name): the app ended with \(status.map(String.init) ?? "no exit") (128+\(signal) is death by the signal)")
        #expect(app.terminalRestored, "SIG\(name) left the terminal changed")
    }

    @Test("SIGPIPE and SIGXFSZ are ignored: the app keeps answering keys, then leaves cleanly",
          arguments: [("PIPE", SIGPIPE), ("XFSZ", SIGXFSZ)])
    func ignored(name: String, signal: Int32) throws {
        let app = try RunningApp()
        defer { app.cleanUp() }
        #expect(kill(app.pid, signal) == 0)
        // A signal that ended the process would do so before the key below is read.
        try app.tmux.send("Enter")
        let (screen, answered) = try app.tmux.waitFor { $0.joined().contains("请写上你的名字") }
        #expect(answered, "SIG\(name): the app no longer answers:\n\(screen.joined(separator: "\n"))")
        #expect(kill(app.pid, SIGTERM) == 0)
        #expect(try app.exitStatus() == 0)
        #expect(app.terminalRestored)
    }

    @Test("a real fault (a Swift trap) puts the terminal back before the process dies of it")
    func fault() throws {
        let probe = cunxueBinary.deletingLastPathComponent().appendingPathComponent("cunxue-bench").path
        // The Swift runtime's crash report still runs after ours (not interactive: no key wait).
        // The probe crashes right after its first screen: ready when the shell reports the end.
        let app = try RunningApp(program: probe, arguments: "terminal-probe --crash",
                                 environment: ["SWIFT_BACKTRACE": "interactive=no"], readyText: "EXIT=")
        defer { app.cleanUp() }
        let status = try app.exitStatus(seconds: 30)
        #expect(status == 128 + Int(SIGILL), "the trap should end the process by SIGILL, got \(status.map(String.init) ?? "no exit")")
        #expect(app.terminalRestored, "the crash left the terminal raw")
    }
}
