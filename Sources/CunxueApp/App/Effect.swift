/// I/O the app asks for. `update` only returns these; the Runtime performs them and may feed
/// events back.
public enum Effect: Sendable, Equatable {
    /// Read the list of learners again.
    case loadLearners
    /// Stop the process as Ctrl-Z does, giving the terminal back until `fg`.
    case suspend
    /// Leave the app (after everything pending is saved).
    case quit
}
