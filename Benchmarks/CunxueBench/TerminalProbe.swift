import ArgumentParser
import Foundation
import TerminalKit

/// `cunxue-bench terminal-probe`: the real terminal alone, for the signal, clock and width
/// checks of scripts/harden and the real-terminal tests. It shows on screen how many key waits
/// ran out (`ticks=N`, one every `--tick-ms` by the monotonic clock), how the terminal draws
/// ambiguous-width characters, and the last key; `q` or a signal that asks to stop ends it, and
/// it prints `PROBE-END ticks=N reason=...` after giving the terminal back. The wall clock's
/// seconds are shown too (`wall=`), so that a test sees a stepped clock reach the process.
struct TerminalProbe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal-probe",
        abstract: "The ncurses terminal alone: ticks, ambiguous width, keys; for harden and the tmux tests.")
    @Option(help: "Milliseconds each key wait lasts.") var tickMs = 100
    @Flag(help: "Crash (a Swift arithmetic trap, SIGILL) right after the first screen is shown.") var crash = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal = try NCursesTerminal(allowColor: false, environment: environment)
        var ticks = 0
        var lastKey = "-"
        var reason = "q"
        while true {
            terminal.draw(screen(terminal, ticks: ticks, lastKey: lastKey))
            if crash { trap(ticks) }
            guard let event = terminal.nextEvent(timeoutMilliseconds: tickMs) else {
                ticks += 1
                continue
            }
            if case .key(.character("q")) = event { break }
            if case .signal = event { reason = "signal"; break }
            lastKey = "\(event)"
        }
        terminal.restore()
        print("PROBE-END ticks=\(ticks) reason=\(reason)")
    }

    private func screen(_ terminal: NCursesTerminal, ticks: Int, lastKey: String) -> Screen {
        var screen = Screen(size: terminal.size)
        screen.put("ticks=\(ticks)", x: 0, y: 0)
        screen.put("ambiguous=\(terminal.ambiguousWidth.rawValue) source=\(terminal.ambiguousWidthSource.rawValue)", x: 0, y: 1)
        screen.put("key=\(lastKey)", x: 0, y: 2)
        screen.put("q quits", x: 0, y: 3)
        screen.put("wall=\(time(nil))", x: 0, y: 4)  // the wall clock, to see it stepped
        return screen
    }

    /// Overflows an Int the optimiser cannot see through: the process dies by SIGILL.
    private func trap(_ ticks: Int) {
        let big = Int.max - ticks
        say("\(big + CommandLine.arguments.count)")
    }
}
