import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timings in milliseconds and the figures the scripts print from them.
struct Timings {
    /// The timings, in the order they were taken.
    var values: [Double] = []

    /// Adds one timing.
    mutating func add(_ milliseconds: Double) { values.append(milliseconds) }

    /// The middle value (the mean of the two middle ones for an even count); 0 when empty.
    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The value below which `fraction` of the timings lie (nearest rank); 0 when empty.
    func percentile(_ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(sorted.count - 1, max(0, rank))]
    }

    /// The largest value; 0 when empty.
    var worst: Double { values.max() ?? 0 }

    /// The smallest value; 0 when empty.
    var best: Double { values.min() ?? 0 }
}

/// Monotonic time in nanoseconds.
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Milliseconds since `start` (from `monotonicNanoseconds()`).
func milliseconds(since start: UInt64) -> Double {
    Double(monotonicNanoseconds() - start) / 1_000_000
}

/// A number with `digits` decimals.
func format(_ value: Double, _ digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
}

/// Writes a line to standard output at once (the scripts read it while we run).
func say(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
}

/// Writes a message to standard error and exits with status 2.
func fail(_ message: String) -> Never {
    let bytes = Array(("cunxue-bench: " + message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(2)
}

/// A new empty folder under the temporary directory.
func makeTemporaryFolder(_ prefix: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
    do {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
        fail("cannot create \(url.path): \(error)")
    }
    return url
}

/// Writes `text` to `url`, creating folders as needed.
func writeFile(_ text: String, to url: URL) {
    writeFile(Data(text.utf8), to: url)
}

/// Writes `data` to `url`, creating folders as needed.
func writeFile(_ data: Data, to url: URL) {
    do {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    } catch {
        fail("cannot write \(url.path): \(error)")
    }
}
