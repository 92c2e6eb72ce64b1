import CNCurses
import Glibc

extension NCursesTerminal {
    /// Waits for the next event, at most `timeoutMilliseconds` by the monotonic clock.
    ///
    /// Input is awaited with `poll` on the terminal and on the signal handlers' wake pipe, in
    /// slices of `WaitDeadline`; `get_wch` is only called when input is there (or ncurses may
    /// hold some already), without a timeout of its own.
    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        let deadline = WaitDeadline(timeoutMilliseconds: timeoutMilliseconds, now: clock.now())
        var unreadable = false
        var afterReady = false
        while true {
            if !queuedEvents.isEmpty { return queuedEvents.removeFirst() }
            if let event = takeSignal() { return event }
            if mayHaveBufferedInput {
                let (event, consumed) = readKey()
                if let event { return event }
                if hangUpSeen { return .signal(.terminate) }
                unreadable = afterReady && !consumed
            }
            // Input said ready but nothing could be read (a read error, as for a background job
            // whose SIGTTIN is ignored): wait a while for signals only instead of spinning.
            let slice = deadline.nextSlice(now: clock.now())
            switch waitForInput(milliseconds: unreadable ? min(slice, 100) : slice, watchInput: !unreadable) {
            case .ready(let hangUp):
                afterReady = true
                mayHaveBufferedInput = true
                hangUpSeen = hangUp
                continue
            case .gone:
                // A terminal that went away (window closed, SSH dropped) with SIGHUP kept from
                // us: treat it as the hang-up it is.
                return .signal(.terminate)
            case .nothing:
                afterReady = false
                unreadable = false
            }
            if deadline.isOver(now: clock.now()) { return takeSignal() }
        }
    }

    // MARK: - Waiting

    enum PollResult {
        /// The terminal has input (and maybe hung up after it).
        case ready(hangUp: Bool)
        /// The terminal hung up or closed.
        case gone
        /// Time ran out, or a signal or the wake pipe interrupted the wait.
        case nothing
    }

    /// Waits up to `milliseconds` for input (unless `watchInput` is false) or a signal.
    func waitForInput(milliseconds: Int32, watchInput: Bool = true) -> PollResult {
        var descriptors = [pollfd(fd: watchInput ? STDIN_FILENO : -1, events: Int16(POLLIN), revents: 0)]
        if TerminalSignals.wakeReadEnd >= 0 {
            descriptors.append(pollfd(fd: TerminalSignals.wakeReadEnd, events: Int16(POLLIN), revents: 0))
        }
        let count = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        if count < 0 { return errno == EINTR || errno == EAGAIN ? .nothing : .gone }
        let events = descriptors[0].revents
        let hangUp = events & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        if events & Int16(POLLIN) != 0 { return .ready(hangUp: hangUp) }
        return hangUp ? .gone : .nothing
    }

    /// Reads keys ncurses has or can read at once until one makes an event; clears
    /// `mayHaveBufferedInput` when there is nothing more to read.
    /// - Returns: the event, if any, and whether anything was read.
    private func readKey() -> (InputEvent?, consumed: Bool) {
        var consumed = false
        while true {
            var ch: wint_t = 0
            let result = get_wch(&ch)
            if result == KEY_CODE_YES {
                if let event = keyCodeEvent(Int32(ch)) { return (event, true) }
            } else if result == OK {
                if UInt32(ch) == 27, let event = escapeOrLateReport() { return (event, true) }
                if UInt32(ch) != 27, let event = characterEvent(UInt32(ch)) { return (event, true) }
            } else {
                mayHaveBufferedInput = false
                return (nil, consumed)
            }
            consumed = true
        }
    }

    /// The Escape key, or nil when it began a late answer to the ambiguous-width probe, which
    /// is dropped (the keys after an Escape that is not one are queued).
    private func escapeOrLateReport() -> InputEvent? {
        guard lateReportsUntil > clock.now() else { return .key(.escape) }
        var bytes: [UInt8] = [27]
        var events: [InputEvent] = []
        while bytes.count < 16 {
            var ch: wint_t = 0
            let result = get_wch(&ch)
            if result == OK {
                if ch < 128 { bytes.append(UInt8(ch)) }
                if let event = characterEvent(UInt32(ch)) { events.append(event) }
                if ch == UInt32(UInt8(ascii: "R")) || ch >= 128 { break }
            } else {
                if result == KEY_CODE_YES, let event = keyCodeEvent(Int32(ch)) { events.append(event) }
                break
            }
        }
        let reading = AmbiguousWidthProbe.read(bytes)
        if !reading.columns.isEmpty && reading.otherBytes.isEmpty { return nil }
        queuedEvents += events
        return .key(.escape)
    }

    private func takeSignal() -> InputEvent? {
        let pending = TerminalSignals.take()
        if pending.contains(.resize) { mayHaveBufferedInput = true }
        if pending.contains(.stop) { return .signal(.terminate) }
        if pending.contains(.suspend) {
            suspend()
            return .resize(size)
        }
        return nil
    }

    // MARK: - Keys

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
            resized()
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
}
