import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn`, its standard output on a pipe, read line by line.
final class RunningChild {
    /// The child's process id.
    let pid: pid_t
    private let output: Int32
    private var buffer: [UInt8] = []
    private var isReaped = false

    /// Starts `path` with `arguments`; standard input and error are /dev/null.
    init(_ path: String, _ arguments: [String]) {
        (pid, output) = spawnWithOutputPipe([path] + arguments, searchPath: false,
                                            environment: ProcessInfo.processInfo.environment)
    }

    /// The next line the child printed, or nil at the end of its output or after `timeout` seconds.
    func readLine(timeout: Double) -> String? {
        let deadline = monotonicNanoseconds() + UInt64(timeout * 1e9)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let now = monotonicNanoseconds()
            guard now < deadline else { return nil }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32((deadline - now) / 1_000_000) + 1)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return nil }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(output, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
        }
    }

    /// Every line left after the child ended.
    func remainingLines() -> [String] {
        var lines: [String] = []
        while let line = readLine(timeout: 5) { lines.append(line) }
        return lines
    }

    /// Sends `signal` to the child.
    func send(_ signal: Int32) { _ = kill(pid, signal) }

    /// Waits for the child to end.
    /// - Returns: its exit status, or minus the signal that ended it.
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
            _ = kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(output)
    }
}
