import Foundation

/// Typing a learner's PIN to sign in.
public struct PINEntryState: Sendable, Equatable {
    /// Whose PIN.
    public var learner: LearnerSummary
    /// Digits typed so far (never shown, only counted).
    public var digits: String = ""
    /// Wrong tries so far.
    public var failures: Int = 0
    /// No new try before this moment (growing waits after wrong tries).
    public var waitUntil: Date?
    /// Whether a check is running.
    public var isChecking = false

    /// Starts PIN entry for `learner`.
    public init(learner: LearnerSummary) {
        self.learner = learner
    }
}
