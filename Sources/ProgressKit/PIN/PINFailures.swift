import Foundation

/// Consecutive wrong PINs for one learner (or the instructor), kept in their file so that
/// restarting the app does not reset the wait.
public struct PINFailures: Codable, Sendable, Hashable {
    /// Wrong tries since the last right one.
    public var count: Int
    /// When the last wrong try was made.
    public var lastFailureAt: Date?

    /// No wrong tries.
    public init(count: Int = 0, lastFailureAt: Date? = nil) {
        self.count = count
        self.lastFailureAt = lastFailureAt
    }

    /// Notes a wrong try at `now`.
    public mutating func recordFailure(at now: Date) {
        count += 1
        lastFailureAt = now
    }

    /// Notes a right try: the count starts again.
    public mutating func recordSuccess() {
        count = 0
        lastFailureAt = nil
    }
}
