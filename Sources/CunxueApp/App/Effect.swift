import ProgressKit

/// I/O the app asks for. `update` only returns these; the Runtime performs them and may feed
/// events back.
public enum Effect: Sendable, Equatable {
    /// Read the list of learners again.
    case loadLearners
    /// Add a learner (with a PIN when given) and sign them in.
    case createLearner(name: String, pin: String?)
    /// Load and lock a learner's file and sign them in.
    case signIn(learnerID: String)
    /// Check a learner's PIN (slow on purpose) and record the try.
    case checkPIN(learnerID: String, pin: String)
    /// Save the signed-in learner's record, durably.
    case save(LearnerRecord)
    /// Release the signed-in learner's lock.
    case signOut(learnerID: String)
    /// Stop the process as Ctrl-Z does, giving the terminal back until `fg`.
    case suspend
    /// Leave the app (after everything pending is saved).
    case quit
}
