import CNCurses
import Glibc

extension NCursesTerminal {
    /// How long the terminal has to answer the ambiguous-width probe. Local terminals answer in
    /// a few milliseconds; one that does not answer costs this much once, at start.
    static let probeTimeoutMilliseconds = 300
    /// How long after an unanswered probe a late answer is still recognised and dropped.
    static let lateReportSeconds: UInt64 = 10

    /// Asks the terminal how wide it draws ambiguous-width characters (`AmbiguousWidthProbe`),
    /// on the alternate screen before anything is drawn. Keys typed meanwhile are given back to
    /// ncurses; the screen is repainted whole by the first `draw`.
    /// - Parameter lateReportsUntil: set when the terminal did not answer in time, so that a
    ///   late answer is not taken for keys.
    static func askAmbiguousWidth(clock: MonotonicClock, lateReportsUntil: inout UInt64) -> (AmbiguousWidth, AmbiguousWidth.Source) {
        refresh()  // ncurses' start-up output (alternate screen, clear) goes first
        let request = AmbiguousWidthProbe.request
        guard request.withUnsafeBytes({ writeAll(STDOUT_FILENO, $0) }) else { return (.narrow, .assumed) }
        let deadline = WaitDeadline(timeoutMilliseconds: probeTimeoutMilliseconds, now: clock.now())
        var bytes: [UInt8] = []
        var reading = AmbiguousWidthProbe.read(bytes, final: false)
        while reading.columns.count < AmbiguousWidthProbe.samples.count, !deadline.isOver(now: clock.now()) {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, deadline.nextSlice(now: clock.now()))
            if ready < 0 && errno != EINTR { break }
            guard ready > 0 else { continue }
            if descriptor.revents & Int16(POLLIN) == 0 { break }
            var chunk = [UInt8](repeating: 0, count: 256)
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes += chunk.prefix(count)
            reading = AmbiguousWidthProbe.read(bytes, final: false)
        }
        let final = AmbiguousWidthProbe.read(bytes, final: true)
        for byte in final.otherBytes.reversed() { ungetch(Int32(byte)) }
        clearok(cx_curscr(), true)
        if let width = final.width { return (width, .detected) }
        if final.columns.count < AmbiguousWidthProbe.samples.count {
            lateReportsUntil = clock.now() &+ lateReportSeconds * 1_000_000_000
        }
        return (.narrow, .assumed)
    }

    /// Writes all of `bytes` to `descriptor`.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }
}
