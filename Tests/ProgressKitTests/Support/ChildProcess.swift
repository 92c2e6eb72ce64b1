import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The `cunxue-save-loop` helper, run as a separate process with its stdout on a pipe.
final class ChildProcess {
    let pid: pid_t
    private let output: Int32
    private var buffer: [UInt8] = []
    private var isReaped = false

    /// The helper executable, built next to the test bundle.
    static var helperPath: String? {
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // On some platforms the runner sits inside a bundle (Foo.xctest/Contents/MacOS/Foo).
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("cunxue-save-loop").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Starts the helper with `arguments`.
    init(_ arguments: [String]) throws {
        guard let path = Self.helperPath else { throw ChildError.helperMissing }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw ChildError.spawnFailed(errno) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, nil, argv, environment)
        close(pipeEnds[1])
        guard result == 0 else {
            close(pipeEnds[0])
            throw ChildError.spawnFailed(result)
        }
        pid = child
        output = pipeEnds[0]
    }

    /// The next line the child printed, or nil at end of output or after `timeout` seconds.
    func readLine(timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return nil }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(remaining * 1000))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return nil }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(output, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
        }
    }

    /// Everything the child printed until it closed its output (call after it ended).
    func remainingLines() -> [String] {
        var lines: [String] = []
        while let line = readLine(timeout: 5) { lines.append(line) }
        return lines
    }

    /// Kills the child with SIGKILL and waits for it.
    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
        _ = wait()
    }

    /// Waits for the child to end; returns its exit status (or -signal).
    @discardableResult
    func wait() -> Int32 {
        guard !isReaped else { return 0 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        isReaped = true
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : -signal
    }

    deinit {
        if !isReaped {
            _ = Glibc.kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(output)
    }
}

enum ChildError: Error, CustomStringConvertible {
    case helperMissing
    case spawnFailed(Int32)

    var description: String {
        switch self {
        case .helperMissing: return "cunxue-save-loop was not found next to the test runner; run `swift build --build-tests` first"
        case .spawnFailed(let code): return "posix_spawn failed: \(String(cString: strerror(code)))"
        }
    }
}
