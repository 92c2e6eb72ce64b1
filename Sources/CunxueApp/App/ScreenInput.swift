import TerminalKit

/// What reaches the screen in front: the person's keys and clicks, and the results of the
/// effects screens ask for.
enum ScreenInput: Sendable, Equatable {
    /// A key. Keys that mean the same everywhere (`?`, `L`, Ctrl-C) never reach a screen.
    case key(Key)
    /// A click or a turn of the wheel at a cell.
    case mouse(MouseAction, Point)
    /// An effect's result: a PIN checked, the class loaded, a notice. A screen ignores those that
    /// are not for it.
    case result(Event)
}
