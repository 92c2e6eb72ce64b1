import CNCurses
import Glibc
import Synchronization

/// Signals noted by the handlers, read by the event loop. Bit 1: stop; bit 2: suspend.
private let pendingSignals = Atomic<Int32>(0)
private let stopBit: Int32 = 1
private let suspendBit: Int32 = 2

/// The real terminal, through ncursesw: wide characters out, `get_wch` in, mouse, resize.
///
/// Starting it sets the locale (falling back to `C.UTF-8` when the environment's is not UTF-8),
/// puts the terminal in raw mode (so Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys and the app
/// decides), shortens ESCDELAY to 25 ms, and installs handlers for SIGTERM, SIGHUP, SIGINT and
/// SIGTSTP that only set a flag: ncurses' own handlers would exit without letting the app save.
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

    private var previous: Screen?
    private var colorPairs: [Int: Int16] = [:]
    private var restored = false
    private var cursorVisible = false

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
    /// - Parameter allowColor: false to draw without colours (`NO_COLOR`).
    /// - Throws: `StartError` when there is no usable terminal.
    public init(allowColor: Bool, environment: [String: String]) throws {
        if let problem = Self.checkEnvironment(environment) { throw problem }
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard cx_newterm() != nil else { throw StartError.unusableTerm(environment["TERM"]) }
        raw()
        noecho()
        nonl()
        keypad(cx_stdscr(), true)
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
        installHandlers()
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
        for change in screen.diff(from: base) {
            put(change.cell, x: change.x, y: change.y)
        }
        if let cursor = screen.cursor {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            move(Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        refresh()
        previous = screen
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        wtimeout(cx_stdscr(), Int32(timeoutMilliseconds.map { min($0, 250) } ?? 250))
        let deadline = timeoutMilliseconds.map { monotonicMilliseconds() + $0 }
        while true {
            if let event = takeSignal() { return event }
            var ch: wint_t = 0
            let result = get_wch(&ch)
            if result == KEY_CODE_YES {
                if let event = keyCodeEvent(Int32(ch)) { return event }
            } else if result == OK {
                if let event = characterEvent(UInt32(ch)) { return event }
            }
            if let event = takeSignal() { return event }
            // A terminal that went away (window closed, SSH dropped) with SIGHUP kept from us:
            // get_wch fails at once, for ever. Treat it as the hang-up it is.
            if result == ERR && inputIsGone() { return .signal(.terminate) }
            if let deadline, monotonicMilliseconds() >= deadline { return nil }
        }
    }

    /// Whether standard input has hung up or closed.
    private func inputIsGone() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Stops the process as Ctrl-Z does in a shell, with the terminal given back meanwhile;
    /// after `fg` the next `draw` repaints everything.
    public func suspend() {
        endwin()
        cx_default_handler(SIGTSTP)
        raise(SIGTSTP)
        // Resumed.
        installHandlers()
        refresh()
        previous = nil
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        mousemask(0, nil)
        curs_set(1)
        endwin()
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGTSTP] { cx_default_handler(sig) }
    }

    // MARK: - Private

    private func installHandlers() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            cx_install_handler(sig) { _ in pendingSignals.bitwiseOr(stopBit, ordering: .relaxed) }
        }
        cx_install_handler(SIGTSTP) { _ in pendingSignals.bitwiseOr(suspendBit, ordering: .relaxed) }
    }

    private func takeSignal() -> InputEvent? {
        let flags = pendingSignals.exchange(0, ordering: .relaxed)
        if flags & stopBit != 0 { return .signal(.terminate) }
        if flags & suspendBit != 0 {
            suspend()
            return .resize(size)
        }
        return nil
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var style = cell.style
        if !supportsColor { style = style.monochrome }
        var attrs = cx_a_normal()
        if style.bold { attrs |= cx_a_bold() }
        if style.underline { attrs |= cx_a_underline() }
        if style.reverse { attrs |= cx_a_reverse() }
        if style.dim { attrs |= cx_a_dim() }
        if style.italic { attrs |= cx_a_italic() }
        let pair = colorPair(style.foreground, style.background)
        var chars: [wchar_t] = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if chars.isEmpty { chars = [wchar_t(32)] }
        chars.append(0)
        _ = cx_put_cell(Int32(y), Int32(x), chars, attrs, pair)
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

    private func keyCodeEvent(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE:
            size = Size(width: Int(cx_cols()), height: Int(cx_lines()))
            previous = nil
            return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let point = Point(x: Int(event.x), y: Int(event.y))
            if cx_is_wheel_up(event.bstate) != 0 { return .mouse(.wheelUp, point) }
            if cx_is_wheel_down(event.bstate) != 0 { return .mouse(.wheelDown, point) }
            if cx_is_button1_click(event.bstate) != 0 { return .mouse(.click, point) }
            return nil
        default:
            for n in 1...12 where code == cx_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    private func characterEvent(_ value: UInt32) -> InputEvent? {
        switch value {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 9: return .key(.tab)
        case 28: return .key(.control("\\"))
        case 1...26: return .key(.control(Character(Unicode.Scalar(value + 96) ?? "?")))
        default:
            guard let scalar = Unicode.Scalar(value), !DisplayWidth.isControl(scalar) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private func monotonicMilliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return ts.tv_sec * 1000 + ts.tv_nsec / 1_000_000
    }
}
