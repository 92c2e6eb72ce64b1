/// A key the person pressed.
public enum Key: Hashable, Sendable {
    /// A printable character (a digit, a letter, a Chinese character from the input method).
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("c")` for Ctrl-C (in raw mode it arrives as a key).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    /// F1…F12.
    case function(Int)
}

/// A mouse action at a cell.
public enum MouseAction: Hashable, Sendable {
    case click
    case wheelUp
    case wheelDown
}

/// A signal the app must act on.
public enum TerminalSignal: Hashable, Sendable {
    /// SIGINT outside raw mode, SIGTERM, SIGHUP: save and leave.
    case terminate
}

/// Something that happened at the terminal.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// A mouse action at a position.
    case mouse(MouseAction, Point)
    /// The window now has this size.
    case resize(Size)
    /// A signal asked the app to stop.
    case signal(TerminalSignal)
}
