import Glibc

/// What the full-screen terminal does with each signal whose default action would end or stop
/// the process: none of them may leave the terminal raw (`-icanon -echo`) or drop answers.
///
/// Linux, signal by signal (signal(7)):
/// - **stop** — asks the app to save and leave (`InputEvent.signal(.terminate)`), as SIGTERM
///   does: SIGHUP, SIGINT, SIGQUIT (sent with `kill`: in raw mode Ctrl-\ is a key), SIGTERM,
///   SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM and SIGPROF (nothing here sets a timer), SIGIO/SIGPOLL
///   (nothing here asks for it), SIGSTKFLT, SIGXCPU (the CPU limit: the hard limit's SIGKILL
///   follows, so leave while there is time), SIGPWR (the power is failing), and the real-time
///   signals SIGRTMIN…SIGRTMAX that nothing else in the process has claimed.
/// - **ignore** — the failing call reports the problem instead: SIGPIPE (a reader went away, as
///   the speech program can: the write fails with EPIPE) and SIGXFSZ (a save over the file-size
///   limit fails with EFBIG and the app says the save failed, as for a full disk).
/// - **fault** — SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS. Raised by the kernel
///   for a bug (or by this process's own `abort()`): the terminal is restored from inside the
///   handler and the process ends as it would have (the Swift runtime's crash report included).
///   Sent by another process with `kill`: a request to leave, handled as **stop**.
/// - **suspend** — SIGTSTP: the terminal is given back, the process stops, `fg` repaints.
///
/// SIGKILL and SIGSTOP cannot be caught. SIGTTIN and SIGTTOU stop a background job (the
/// default); SIGCHLD, SIGCONT, SIGURG and SIGWINCH do not end anything.
public enum SignalPlan {
    /// How one signal is treated.
    public enum Treatment: Hashable, Sendable {
        /// Save and leave: delivered as `InputEvent.signal(.terminate)`.
        case stop
        /// Ignored: the system call that caused it fails with an error instead.
        case ignore
        /// A fault: restore the terminal, then let the previous action end the process.
        case fault
        /// Ctrl-Z: give the terminal back and stop until `fg`.
        case suspend
    }

    /// Signals asked to save and leave (the real-time ones are added by `treatments`).
    public static let stopSignals: [Int32] = [
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGIO,
        SIGSTKFLT, SIGXCPU, SIGPWR,
    ]
    /// Signals ignored.
    public static let ignoredSignals: [Int32] = [SIGPIPE, SIGXFSZ]
    /// Signals that mean a bug when the kernel raises them.
    public static let faultSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS]

    /// Every treated signal and its treatment, real-time signals `realTime` included.
    public static func treatments(realTime: ClosedRange<Int32>) -> [Int32: Treatment] {
        var plan: [Int32: Treatment] = [SIGTSTP: .suspend]
        for signal in stopSignals { plan[signal] = .stop }
        for signal in realTime { plan[signal] = .stop }
        for signal in ignoredSignals { plan[signal] = .ignore }
        for signal in faultSignals { plan[signal] = .fault }
        return plan
    }
}
