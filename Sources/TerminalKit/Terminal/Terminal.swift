/// Where screens are shown and input comes from. The ncurses terminal is the real one;
/// `MemoryTerminal` is for tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Whether colours may be used (false on a monochrome terminal or with `NO_COLOR`).
    var supportsColor: Bool { get }
    /// How the terminal draws East Asian ambiguous-width characters (● ░ █ ▶ ─ ✓ ⓘ): when
    /// `.wide`, draw with characters that line up either way (`DisplayWidth.isAmbiguous`).
    var ambiguousWidth: AmbiguousWidth { get }
    /// Shows `screen`, sending only what changed since the last call.
    func draw(_ screen: Screen)
    /// Waits for the next event, at most `timeoutMilliseconds` (nil: wait as long as it takes).
    /// - Returns: the event, or nil when the time ran out.
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent?
    /// Gives the terminal back as it was before the app started. Safe to call twice.
    func restore()
    /// Stops the process as Ctrl-Z does in a shell, giving the terminal back meanwhile.
    func suspend()
}

extension Terminal {
    /// Narrow, as most terminals draw them.
    public var ambiguousWidth: AmbiguousWidth { .narrow }
}
