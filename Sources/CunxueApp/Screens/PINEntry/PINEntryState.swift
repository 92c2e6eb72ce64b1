import Foundation
import ProgressKit

/// Typing a 4-digit PIN: a learner's to sign in, or the instructor's before instructor mode (set
/// twice the first time). One screen for both, so both wait and fail the same way.
public struct PINEntryState: Sendable, Equatable {
    /// Whose PIN is typed.
    public enum Purpose: Sendable, Equatable {
        /// A learner signing in.
        case learner(LearnerSummary)
        /// The instructor opening instructor mode.
        case instructor
    }

    /// Whose PIN.
    public var purpose: Purpose
    /// Whether a PIN exists to check: always for a learner; for the instructor nil until the
    /// store has answered, false when it is to be set.
    public var hasPIN: Bool?
    /// Digits typed so far (never shown, only counted).
    public var digits: String = ""
    /// The wait after wrong tries; nothing typed is kept while it runs.
    public var wait: PINWait?
    /// Whether a check is running (typing waits; Esc still leaves).
    public var isChecking = false

    /// Starts PIN entry for `purpose`.
    public init(purpose: Purpose) {
        self.purpose = purpose
        if case .learner = purpose { hasPIN = true }
    }
}
