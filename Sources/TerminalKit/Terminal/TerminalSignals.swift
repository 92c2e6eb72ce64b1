import CNCurses
import Glibc
import Synchronization

// Process-wide by nature: a signal handler has no context but globals. Everything a handler
// reads is prepared before the handler is installed, and it only calls async-signal-safe
// functions (write, tcsetattr, sigaction, raise, getpid).

/// Signals noted by the handlers, read by the event loop.
private let pendingSignals = Atomic<Int32>(0)
/// The write end of the pipe that wakes `poll` in the event loop (-1: none).
private let wakeWriteEnd = Atomic<Int32>(-1)
/// Bytes that put the terminal back (leave the alternate screen, show the cursor, mouse off).
private nonisolated(unsafe) let leaveBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)
private let leaveByteCount = Atomic<Int>(0)
/// The terminal modes from before the app started.
private nonisolated(unsafe) let originalModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
private let haveOriginalModes = Atomic<Bool>(false)
/// The actions from before the terminal started, by signal number: put back on leaving, and
/// run after a fault (the Swift runtime's crash report, or the default).
private let actionSlots = 65
private nonisolated(unsafe) let savedActions = UnsafeMutablePointer<sigaction>.allocate(capacity: actionSlots)
/// ncurses' own SIGWINCH action, run by ours.
private nonisolated(unsafe) let ncursesResizeAction = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)

/// The signal handlers of the full-screen terminal (see `SignalPlan` for which and why).
enum TerminalSignals {
    /// What the handlers noted since the last `take()`.
    struct Pending: OptionSet {
        let rawValue: Int32
        /// Save and leave.
        static let stop = Pending(rawValue: 1)
        /// Ctrl-Z.
        static let suspend = Pending(rawValue: 2)
        /// The window changed size.
        static let resize = Pending(rawValue: 4)
    }

    /// The signals whose action was saved, so that `uninstall` puts each back.
    nonisolated(unsafe) private static var saved: [Int32] = []
    /// The pipe's read end, polled by the event loop with the terminal.
    nonisolated(unsafe) private(set) static var wakeReadEnd: Int32 = -1

    /// Notes the actions in force before ncurses starts (it installs some of its own), to put
    /// them back on leaving. Real-time signals some library already uses are left to it.
    static func saveActions() {
        saved = []
        let realTime = cx_sigrtmin()...cx_sigrtmax()
        let signals = SignalPlan.treatments(realTime: realTime).keys.sorted() + [SIGWINCH]
        for signal in signals where signal < actionSlots {
            guard cx_get_action(signal, savedActions + Int(signal)) == 0 else { continue }
            if realTime.contains(signal) && cx_action_is_default(savedActions + Int(signal)) == 0 { continue }
            saved.append(signal)
        }
    }

    /// Installs every handler of the plan (after `saveActions` and ncurses' start).
    /// - Parameters:
    ///   - modes: the terminal modes to restore when a fault ends the process.
    ///   - leave: what to write to the terminal then.
    static func install(restoring modes: termios?, leave: [UInt8]) {
        if let modes {
            originalModes.pointee = modes
            haveOriginalModes.store(true, ordering: .releasing)
        }
        let count = min(leave.count, 512)
        for i in 0..<count { leaveBytes[i] = leave[i] }
        leaveByteCount.store(count, ordering: .releasing)
        openWakePipe()
        let plan = SignalPlan.treatments(realTime: cx_sigrtmin()...cx_sigrtmax())
        for signal in saved {
            if let treatment = plan[signal] { install(treatment, for: signal) }
        }
        // ncurses' own SIGWINCH handler still runs; ours wakes the loop as well.
        cx_install_info_handler(SIGWINCH, { signal, info, context in
            cx_call_action(ncursesResizeAction, signal, info, context)
            note(.resize)
        }, ncursesResizeAction)
    }

    /// Puts back every action `saveActions` saved.
    static func uninstall() {
        for signal in saved { cx_set_action(signal, savedActions + Int(signal)) }
        saved = []
        let write = wakeWriteEnd.exchange(-1, ordering: .acquiringAndReleasing)
        if write >= 0 { close(write) }
        if wakeReadEnd >= 0 { close(wakeReadEnd) }
        wakeReadEnd = -1
    }

    /// Lets SIGTSTP stop the process (before `raise(SIGTSTP)`), and catches it again after.
    static func setSuspendHandled(_ handled: Bool) {
        if handled {
            cx_install_handler(SIGTSTP) { _ in note(.suspend) }
        } else {
            cx_default_handler(SIGTSTP)
        }
    }

    /// What the handlers noted since the last call; empties the wake pipe.
    static func take() -> Pending {
        if wakeReadEnd >= 0 {
            var buffer = [UInt8](repeating: 0, count: 64)
            while buffer.withUnsafeMutableBytes({ read(wakeReadEnd, $0.baseAddress, $0.count) }) > 0 {}
        }
        return Pending(rawValue: pendingSignals.exchange(0, ordering: .acquiringAndReleasing))
    }

    // MARK: - Private

    private static func install(_ treatment: SignalPlan.Treatment, for signal: Int32) {
        switch treatment {
        case .stop: cx_install_handler(signal) { _ in note(.stop) }
        case .suspend: setSuspendHandled(true)
        case .ignore: cx_ignore_signal(signal)
        case .fault: cx_install_info_handler(signal, { signal, info, _ in fault(signal, info) }, nil)
        }
    }

    private static func openWakePipe() {
        guard wakeReadEnd < 0 else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakeReadEnd = ends[0]
        wakeWriteEnd.store(ends[1], ordering: .releasing)
    }
}

/// Notes `what` and wakes the event loop. Async-signal-safe.
private func note(_ what: TerminalSignals.Pending) {
    pendingSignals.bitwiseOr(what.rawValue, ordering: .acquiringAndReleasing)
    let fd = wakeWriteEnd.load(ordering: .acquiring)
    if fd >= 0 {
        var byte: UInt8 = 1
        _ = write(fd, &byte, 1)
    }
}

/// A fault signal. From another process it is a request to leave; otherwise the terminal is
/// put back and the previous action (the Swift runtime's crash report, or the default) ends
/// the process: returning re-runs the faulting instruction, and this process's own `raise`
/// or `abort` is raised again. Async-signal-safe.
private func fault(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?) {
    if cx_sent_by_another_process(info) != 0 {
        note(.stop)
        return
    }
    restoreTerminalNow()
    cx_set_action(signal, savedActions + Int(signal))
    if info == nil || cx_sent_by_this_process(info) != 0 { raise(signal) }
}

/// Puts the terminal back without ncurses (which is not async-signal-safe).
private func restoreTerminalNow() {
    if haveOriginalModes.load(ordering: .acquiring) {
        tcsetattr(STDOUT_FILENO, TCSANOW, originalModes)
    }
    let count = leaveByteCount.load(ordering: .acquiring)
    if count > 0 { _ = write(STDOUT_FILENO, leaveBytes, count) }
}
