import CNCurses
import Glibc

/// The real terminal, through ncursesw: wide characters out, `get_wch` in, mouse, resize.
///
/// Starting it sets the locale (falling back to `C.UTF-8` when the environment's is not UTF-8),
/// puts the terminal in raw mode (so Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys and the app
/// decides), shortens ESCDELAY to 25 ms, learns how wide the terminal draws ambiguous-width
/// characters, and installs the signal handlers of `SignalPlan`: no signal that would end the
/// process leaves the terminal raw, and those that ask it to end reach the app as
/// `.signal(.terminate)` so that it saves first.
///
/// Waiting for a key follows the monotonic clock (`poll` on the terminal, then a non-blocking
/// `get_wch`), never ncurses' own timed wait, which follows the wall clock: a clock stepped back
/// while the app waits would otherwise stop its ticks for as long as the step.
public final class NCursesTerminal: Terminal {
    /// Why the terminal could not be started.
    public enum StartError: Error, Equatable, Sendable {
        /// Standard input or output is not a terminal.
        case notATerminal
        /// `TERM` is unset, `dumb`, or unknown to terminfo.
        case unusableTerm(String?)
    }

    public private(set) var size: Size
    public let supportsColor: Bool
    /// How this terminal draws ambiguous-width characters (● ░ █ ▶ ─ ✓ ⓘ).
    public let ambiguousWidth: AmbiguousWidth
    /// How `ambiguousWidth` was learned: the `CUNXUE_AMBIGUOUS` setting, asking the terminal,
    /// or assumed narrow because it did not answer.
    public let ambiguousWidthSource: AmbiguousWidth.Source

    let clock: MonotonicClock
    var previous: Screen?
    private var colorPairs: [Int: Int16] = [:]
    private var restored = false
    private var cursorVisible = false
    /// Whether ncurses may hold input already read (read a key first, before `poll`).
    var mayHaveBufferedInput = true
    /// Whether the last `poll` saw the terminal hang up (with input still to read).
    var hangUpSeen = false
    /// Events read ahead (after an Escape that did not start a late cursor report).
    var queuedEvents: [InputEvent] = []
    /// Until when (monotonic nanoseconds) an Escape may start a late answer to the width probe.
    var lateReportsUntil: UInt64 = 0

    /// Checks that this process can run a full-screen terminal app.
    /// - Returns: nil when it can, else the reason.
    public static func checkEnvironment(_ environment: [String: String]) -> StartError? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else {
            return .unusableTerm(environment["TERM"])
        }
        return nil
    }

    /// Starts ncurses.
    /// - Parameters:
    ///   - allowColor: false to draw without colours (`NO_COLOR`).
    ///   - environment: `TERM`, and `CUNXUE_AMBIGUOUS` (`wide` or `narrow`) to skip asking the
    ///     terminal how it draws ambiguous-width characters.
    ///   - ambiguous: what the command line asked for (`--ambiguous`), which wins over
    ///     `CUNXUE_AMBIGUOUS`; `auto` asks the terminal.
    ///   - clock: the clock key waits follow.
    /// - Throws: `StartError` when there is no usable terminal.
    public init(allowColor: Bool, environment: [String: String], ambiguous: AmbiguousWidth.Preference? = nil,
                clock: MonotonicClock = .system) throws {
        if let problem = Self.checkEnvironment(environment) { throw problem }
        self.clock = clock
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        var modes = termios()
        let haveModes = tcgetattr(STDOUT_FILENO, &modes) == 0
        TerminalSignals.saveActions()
        guard cx_newterm() != nil else { throw StartError.unusableTerm(environment["TERM"]) }
        raw()
        noecho()
        nonl()
        keypad(cx_stdscr(), true)
        wtimeout(cx_stdscr(), 0)
        cx_set_escdelay(25)
        curs_set(0)
        mousemask(cx_mouse_mask_wanted(), nil)
        mouseinterval(0)
        var color = false
        if allowColor && cx_colors_available() != 0 {
            start_color()
            use_default_colors()
            color = true
        }
        supportsColor = color
        size = Size(width: Int(cx_cols()), height: Int(cx_lines()))
        TerminalSignals.install(restoring: haveModes ? modes : nil, leave: Self.leaveSequence())
        if let setting = AmbiguousWidth.Preference.resolve(option: ambiguous, environment: environment).width {
            (ambiguousWidth, ambiguousWidthSource) = (setting, .setting)
        } else {
            (ambiguousWidth, ambiguousWidthSource) = Self.askAmbiguousWidth(clock: clock, lateReportsUntil: &lateReportsUntil)
        }
    }

    deinit { restore() }

    public func draw(_ screen: Screen) {
        let base: Screen
        if let previous, previous.size == screen.size {
            base = previous
        } else {
            erase()
            base = Screen(size: Size(width: 0, height: 0))
        }
        let changes = screen.diff(from: base)
        for change in changes {
            let width = screen[change.x + 1, change.y].isContinuation ? 2 : 1
            var cell = change.cell
            if AmbiguousCells.isWideAmbiguous(screen, x: change.x, y: change.y) { cell.text = AmbiguousCells.placeholder }
            put(cell, x: change.x, y: change.y, width: width)
        }
        if let cursor = screen.cursor {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            move(Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        refresh()
        if screen.ambiguousWidth == .wide, !changes.isEmpty || screen.cursor != previous?.cursor {
            let overlay = AmbiguousCells.overlay(for: screen, supportsColor: supportsColor)
            if !overlay.isEmpty { _ = overlay.withUnsafeBytes { Self.writeAll(STDOUT_FILENO, $0) } }
        }
        previous = screen
    }

    /// Stops the process as Ctrl-Z does in a shell, with the terminal given back meanwhile;
    /// after `fg` the next `draw` repaints everything.
    public func suspend() {
        endwin()
        TerminalSignals.setSuspendHandled(false)
        raise(SIGTSTP)
        // Resumed.
        TerminalSignals.setSuspendHandled(true)
        refresh()
        previous = nil
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        mousemask(0, nil)
        curs_set(1)
        endwin()
        TerminalSignals.uninstall()
    }

    /// Takes the new window size (after `KEY_RESIZE`); the next `draw` repaints everything.
    func resized() {
        size = Size(width: Int(cx_cols()), height: Int(cx_lines()))
        previous = nil
    }

    // MARK: - Private

    /// What puts the terminal back when a fault ends the process before `restore` can run:
    /// leave the alternate screen, plain attributes, cursor shown, keypad and mouse off.
    private static func leaveSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for name in ["sgr0", "rmkx", "cnorm", "rmcup"] {
            if let value = cx_tigetstr(name) { bytes += Array(String(cString: value).utf8) }
        }
        if cx_tigetstr("kmous") != nil { bytes += Array("\u{1B}[?1000l\u{1B}[?1006l".utf8) }
        return bytes
    }

    /// Draws one cell `width` columns wide, as `TerminalText` says to send it.
    private func put(_ cell: Cell, x: Int, y: Int, width: Int) {
        var style = cell.style
        if !supportsColor { style = style.monochrome }
        var attrs = cx_a_normal()
        if style.bold { attrs |= cx_a_bold() }
        if style.underline { attrs |= cx_a_underline() }
        if style.reverse { attrs |= cx_a_reverse() }
        if style.dim { attrs |= cx_a_dim() }
        if style.italic { attrs |= cx_a_italic() }
        let pair = colorPair(style.foreground, style.background)
        let text = cell.text.isEmpty ? " " : cell.text
        for piece in TerminalText.pieces(for: text, width: width, systemWidth: Self.systemWidth) {
            var chars: [wchar_t] = piece.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            chars.append(0)
            _ = cx_put_cell(Int32(y), Int32(x + piece.offset), chars, attrs, pair)
        }
    }

    /// glibc's width of a scalar, which ncurses lays cells out by.
    private static func systemWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(wcwidth(wchar_t(bitPattern: scalar.value)))
    }

    private func colorPair(_ fg: Color, _ bg: Color) -> Int16 {
        guard supportsColor, fg != .default || bg != .default else { return 0 }
        let key = (fg.rawValue + 1) * 16 + (bg.rawValue + 1)
        if let pair = colorPairs[key] { return pair }
        let next = Int16(colorPairs.count + 1)
        guard Int32(next) < cx_color_pairs() else { return 0 }
        init_pair(next, Int16(fg.rawValue), Int16(bg.rawValue))
        colorPairs[key] = next
        return next
    }
}
