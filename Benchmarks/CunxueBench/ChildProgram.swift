import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs programs with `posix_spawnp` (not Foundation's `Process`: the tmux server that
/// `new-session` forks would inherit its child-watching descriptor).
enum ChildProgram {
    /// Runs `arguments` (the program is looked up in `PATH`), waits for it, and returns its exit
    /// status and standard output. Standard input and error are /dev/null. `TMUX` is removed
    /// from the environment so that tmux commands never talk to a surrounding session.
    @discardableResult
    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }
        let (pid, pipeOutput) = spawnWithOutputPipe(arguments, searchPath: true, environment: environment)
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipeOutput, $0.baseAddress, $0.count) }
            if count > 0 {
                output += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        close(pipeOutput)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitStatus, String(decoding: output, as: UTF8.self))
    }

    /// Quotes `text` for a POSIX shell.
    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Whether process `pid` exists and has not ended (a zombie waiting for its parent has).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }

    /// The processor time process `pid` has used so far, user and system, all its threads
    /// (`utime` + `stime` of /proc/PID/stat), in milliseconds; nil if it is gone. Resolution:
    /// one clock tick (10 ms). Unlike wall time it hardly depends on what else the machine runs.
    static func processorMilliseconds(of pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // After the command's ")": state is field 3, utime and stime are fields 14 and 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// The peak resident set size (`VmHWM`) of process `pid` in KiB, or nil if it is gone.
    static func peakResidentKiB(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }
}
