import Glibc
import Testing
@testable import TerminalKit

@Suite("Signal plan")
struct SignalPlanTests {
    /// Every Linux signal whose default action ends the process (signal(7): Term and Core),
    /// SIGKILL aside (it cannot be caught).
    static let endingByDefault: [Int32] = [
        SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGUSR1, SIGSEGV, SIGUSR2,
        SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSYS,
    ]

    @Test("every signal that would end the process has a treatment")
    func everyEndingSignal() {
        let plan = SignalPlan.treatments(realTime: 34...64)
        for signal in Self.endingByDefault {
            #expect(plan[signal] != nil, "signal \(signal) has no treatment")
        }
        for signal: Int32 in 34...64 { #expect(plan[signal] == .stop, "real-time signal \(signal)") }
        #expect(plan[SIGTSTP] == .suspend)
    }

    @Test("a reader going away and the file-size limit are errors of the call, not an end")
    func ignored() {
        let plan = SignalPlan.treatments(realTime: 34...64)
        #expect(plan[SIGPIPE] == .ignore)
        #expect(plan[SIGXFSZ] == .ignore)
    }

    @Test("faults end the process after the terminal is put back; requests to stop save first")
    func kinds() {
        let plan = SignalPlan.treatments(realTime: 34...64)
        for signal in [SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP, SIGSYS] { #expect(plan[signal] == .fault) }
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPWR, SIGXCPU] {
            #expect(plan[signal] == .stop)
        }
        // Signals whose default does not end the process are left alone.
        for signal in [SIGCHLD, SIGCONT, SIGURG, SIGWINCH, SIGTTIN, SIGTTOU] { #expect(plan[signal] == nil) }
    }
}
