import Foundation
import Glibc

/// A tmux server of its own (its own socket), running one window, for real-terminal tests.
final class TmuxSession {
    let socket: String
    let name = "cx"
    private let tmux = URL(fileURLWithPath: "/usr/bin/tmux")

    /// Whether tmux is installed.
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts `command` (a shell command line) in a detached window of `width` x `height`.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "cunxue-test-\(UUID().uuidString.prefix(8))"
        var args = ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(key)=\(value)"] }
        args.append(command)
        // Started through system(), not Process: the tmux server that new-session forks would
        // inherit Foundation's child-watching descriptor and make Process wait forever.
        let line = (["/usr/bin/tmux"] + args).map(Self.shellQuote).joined(separator: " ") + " </dev/null >/dev/null 2>&1"
        guard system(line) == 0 else { throw TmuxError.couldNotStart(line) }
    }

    deinit { close() }

    /// Ends the tmux server and what runs in it: the terminal is gone (as when a window closes).
    func close() {
        _ = system("/usr/bin/tmux -L \(Self.shellQuote(socket)) kill-server >/dev/null 2>&1")
    }

    enum TmuxError: Error { case couldNotStart(String) }

    static func shellQuote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The visible screen as lines.
    func capture() throws -> [String] {
        let out = try tmuxRun(["-L", socket, "capture-pane", "-p", "-t", name])
        var lines = out.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Types keys (tmux key names: `Enter`, `Escape`, `C-c`, or literal text).
    func send(_ keys: String...) throws { try send(keys) }

    /// Types keys given as an array (see `send(_:)`).
    func send(_ keys: [String]) throws {
        _ = try tmuxRun(["-L", socket, "send-keys", "-t", name] + keys)
    }

    /// Sends text literally (no key-name lookup).
    func sendLiteral(_ text: String) throws {
        _ = try tmuxRun(["-L", socket, "send-keys", "-l", "-t", name, text])
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        _ = try tmuxRun(["-L", socket, "resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the window's command (the shell running the app).
    func panePID() throws -> Int32? {
        Int32(try tmuxRun(["-L", socket, "display-message", "-p", "-t", name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits until `condition` holds for the screen, at most `seconds`.
    /// - Returns: the last screen seen, and whether the condition held.
    @discardableResult
    func waitFor(seconds: Double = 10, _ condition: ([String]) -> Bool) throws -> (lines: [String], ok: Bool) {
        let deadline = Date().addingTimeInterval(seconds)
        var lines: [String] = []
        while Date() < deadline {
            lines = try capture()
            if condition(lines) { return (lines, true) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return (lines, false)
    }

    private func tmuxRun(_ args: [String]) throws -> String {
        let process = Process()
        process.executableURL = tmux
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TMUX")
        process.environment = env
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
