import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Start to first painted screen, measured from outside under tmux.
///
/// A tmux server of its own runs one window of `width`x`height` with `remain-on-exit` on. Each
/// run takes the time, has tmux start `cunxue` in the pane (`respawn-pane`), and polls
/// `capture-pane -p` — one capture every `pollMilliseconds` at most, back to back when a
/// capture takes longer — until `text` shows. The figure is from just before `respawn-pane` to
/// the end of the capture that first shows the text, so it includes tmux starting the process
/// and drawing what it wrote; its resolution is the time between two captures, printed as
/// `poll`. After each run the peak resident set size (`VmHWM` of /proc/PID/status) is read and
/// the app is ended with SIGTERM. One run before the timed ones warms the page cache.
///
/// With `homeText`, each run then goes on as a learner would: Enter as soon as the first text
/// shows (the first learner on the list, who has no PIN), and the time until `homeText` shows is
/// start to signed-in home — the figure that includes reading the course, which the app does
/// right after the first paint. While waiting for the home screen the pane is captured every
/// `homePollMilliseconds` only: each capture starts a tmux client (2–3 ms of processor time),
/// and captured back to back they would take a core the app's loading needs. The peak RSS is then read at the home screen, and the processor
/// time the app has used by then (`cpu_ms`: user and system, all threads, 10 ms ticks), a figure
/// that hardly moves when other work shares the machine.
struct FirstPaint {
    /// The `cunxue` binary.
    var cunxue: String
    /// The data directory passed with `--data-dir`.
    var dataDirectory: String
    /// `CUNXUE_LESSONS` for the app (the course replacing the bundled one), if any.
    var lessons: String?
    /// Timed runs.
    var runs: Int
    /// The text whose appearance marks the first paint.
    var text: String
    /// Window columns.
    var width: Int
    /// Window rows.
    var height: Int
    /// The shortest time between two captures.
    var pollMilliseconds: Double
    /// Measure the method's floor instead: the pane prints `text` with `printf` (a shell
    /// built-in) and sleeps, so the figure is tmux starting a shell plus the polling.
    var isBaseline = false
    /// Text of the home screen to wait for after pressing Enter; `nil` stops at the first paint.
    var homeText: String? = nil
    /// The shortest time between two captures while waiting for the home screen.
    var homePollMilliseconds: Double = 10

    /// Runs the measurement and prints the figures.
    func run() {
        let tmux = tmuxCommand
        guard ChildProgram.run(tmux + ["new-session", "-d", "-s", "cx", "-x", "\(width)", "-y", "\(height)",
                                       "exec sleep 100000"]).status == 0 else {
            fail("tmux new-session failed (is tmux installed?)")
        }
        defer { ChildProgram.run(tmux + ["kill-server"]) }
        ChildProgram.run(tmux + ["set-option", "-g", "remain-on-exit", "on"])
        var command = "LANG=C.UTF-8 "
        if let lessons { command += "CUNXUE_LESSONS=\(ChildProgram.shellQuote(lessons)) " }
        command += "exec \(ChildProgram.shellQuote(cunxue)) --data-dir \(ChildProgram.shellQuote(dataDirectory))"
        if isBaseline {
            command = "printf '%s' \(ChildProgram.shellQuote(text)); exec sleep 100000"
        }

        var paints = Timings()
        var homes = Timings()
        var polls = Timings()
        var peaks: [Int] = []
        var processor = Timings()
        for run in 0...runs {
            let result = once(tmux: tmux, command: command)
            guard run > 0 else { continue }  // the warm-up run
            paints.add(result.milliseconds)
            if let home = result.homeMilliseconds { homes.add(home) }
            polls.add(result.pollMilliseconds)
            if let peak = result.peakKiB { peaks.append(peak) }
            if let used = result.processorMilliseconds { processor.add(used) }
            let home = result.homeMilliseconds.map { ", signed-in home \(format($0, 1)) ms" } ?? ""
                + (result.processorMilliseconds.map { ", processor \(format($0, 0)) ms" } ?? "")
            say("  run \(run): first paint \(format(result.milliseconds, 1)) ms\(home) (\(result.captures) captures, one every \(format(result.pollMilliseconds)) ms), VmHWM \(result.peakKiB.map { format(Double($0) / 1024, 1) } ?? "?") MiB")
        }
        let peak = peaks.sorted().last.map { Double($0) / 1024 } ?? 0
        var figures = "paint_median_ms=\(format(paints.median, 1)) paint_min_ms=\(format(paints.best, 1)) paint_max_ms=\(format(paints.worst, 1)) poll_ms=\(format(polls.median)) hwm_mib=\(format(peak, 1))"
        if homeText != nil {
            figures += " home_median_ms=\(format(homes.median, 1)) home_min_ms=\(format(homes.best, 1)) home_max_ms=\(format(homes.worst, 1))"
                + " cpu_median_ms=\(format(processor.median, 0))"
        }
        say(figures)
    }

    /// tmux with the socket of this process's own server.
    private var tmuxCommand: [String] { ["tmux", "-L", "cunxue-bench-\(getpid())", "-f", "/dev/null"] }

    /// Stops the tmux server (and the app in it), then fails.
    private func abort(_ message: String) -> Never {
        ChildProgram.run(tmuxCommand + ["kill-server"])
        fail(message)
    }

    private struct Run {
        var milliseconds: Double
        var captures: Int
        var pollMilliseconds: Double
        var peakKiB: Int?
        var homeMilliseconds: Double?
        var processorMilliseconds: Double?
    }

    /// Polls the pane until `text` shows; returns the captures taken and the time of the last.
    private func waitFor(_ text: String, capture: [String], start: UInt64,
                         every pollMilliseconds: Double) -> (captures: Int, firstCapture: UInt64, lastCapture: UInt64) {
        var captures = 0
        var lastCapture = monotonicNanoseconds()
        let firstCapture = lastCapture
        while true {
            lastCapture = monotonicNanoseconds()
            let screen = ChildProgram.run(capture).output
            captures += 1
            if screen.contains(text) { break }
            if milliseconds(since: start) > 20_000 {
                abort("\"\(text)\" did not show within 20 s; the pane shows:\n\(screen)")
            }
            let spent = milliseconds(since: lastCapture)
            if spent < pollMilliseconds { usleep(UInt32((pollMilliseconds - spent) * 1000)) }
        }
        return (captures, firstCapture, lastCapture)
    }

    private func once(tmux: [String], command: String) -> Run {
        let capture = tmux + ["capture-pane", "-p", "-t", "cx"]
        let before = ChildProgram.run(capture).output
        for shown in [text] + (homeText.map { [$0] } ?? []) where before.contains(shown) {
            abort("the pane still shows \"\(shown)\" before the app starts")
        }
        let start = monotonicNanoseconds()
        guard ChildProgram.run(tmux + ["respawn-pane", "-k", "-t", "cx", command]).status == 0 else {
            abort("tmux respawn-pane failed")
        }
        let (captures, firstCapture, lastCapture) = waitFor(text, capture: capture, start: start, every: pollMilliseconds)
        let elapsed = milliseconds(since: start)
        let poll = captures > 1 ? Double(lastCapture - firstCapture) / 1_000_000 / Double(captures - 1) : milliseconds(since: firstCapture)
        var home: Double?
        if let homeText, !isBaseline {
            ChildProgram.run(tmux + ["send-keys", "-t", "cx", "Enter"])
            _ = waitFor(homeText, capture: capture, start: start, every: homePollMilliseconds)
            home = milliseconds(since: start)
        }

        let pidText = ChildProgram.run(tmux + ["display-message", "-p", "-t", "cx", "#{pane_pid}"]).output
        guard let pid = Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            abort("no pane pid from tmux: \(pidText)")
        }
        let peak = isBaseline ? nil : ChildProgram.peakResidentKiB(of: pid)
        let processor = home == nil ? nil : ChildProgram.processorMilliseconds(of: pid)
        kill(pid, SIGTERM)
        let deadline = monotonicNanoseconds() + 10_000_000_000
        while ChildProgram.isRunning(pid) {
            if monotonicNanoseconds() > deadline { abort("the app (pid \(pid)) did not end on SIGTERM within 10 s") }
            usleep(2_000)
        }
        // Blank the dead pane (the baseline's text stays on the main screen).
        ChildProgram.run(tmux + ["send-keys", "-R", "-t", "cx"])
        ChildProgram.run(tmux + ["clear-history", "-t", "cx"])
        return Run(milliseconds: elapsed, captures: captures, pollMilliseconds: poll, peakKiB: peak, homeMilliseconds: home,
                   processorMilliseconds: processor)
    }
}
