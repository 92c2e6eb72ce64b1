import Foundation

/// How long to wait before the next PIN try after wrong ones: two free tries, then 2, 4, 8, 16
/// … seconds, never more than 5 minutes. Pure: the caller passes the count and the time.
public struct PINThrottle: Sendable, Hashable {
    /// Wrong tries allowed without waiting.
    public var freeTries: Int
    /// The wait after the first wrong try that is not free, in seconds; doubled after each next.
    public var firstDelay: TimeInterval
    /// The longest wait, in seconds.
    public var maximumDelay: TimeInterval

    /// The standard throttle: 0, 0, 2, 4, 8, 16 … up to 300 seconds.
    public init(freeTries: Int = 2, firstDelay: TimeInterval = 2, maximumDelay: TimeInterval = 300) {
        self.freeTries = freeTries
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
    }

    /// The wait, in seconds, after `failures` consecutive wrong tries.
    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures > freeTries else { return 0 }
        let doublings = failures - freeTries - 1
        guard doublings < 40 else { return maximumDelay }
        return min(maximumDelay, firstDelay * pow(2, Double(doublings)))
    }

    /// Seconds left before another try is allowed at `now` (0: try now).
    public func remainingWait(_ failures: PINFailures, at now: Date) -> TimeInterval {
        guard let last = failures.lastFailureAt else { return 0 }
        let wait = delay(afterFailures: failures.count)
        // A clock set back must not lock anyone out for longer than the full wait.
        let elapsed = max(0, now.timeIntervalSince(last))
        return max(0, wait - elapsed)
    }

    /// The wait still running at `now` after `failures`, nil when a try is allowed now.
    public func wait(_ failures: PINFailures, at now: Date) -> PINWait? {
        PINWait(seconds: remainingWait(failures, at: now), from: now)
    }

    /// Checks a typed PIN against `stored`, for learners and the instructor alike: a try made
    /// during a wait is not checked; a wrong one is counted in `failures` and may start a wait; a
    /// right one starts the count again.
    /// - Parameters:
    ///   - pin: what was typed.
    ///   - stored: the stored hash.
    ///   - failures: the wrong tries so far, updated (save it when it changed).
    ///   - now: the current time.
    /// - Returns: the outcome.
    public func check(_ pin: String, against stored: PINHash, failures: inout PINFailures, at now: Date) -> PINTry {
        if let wait = wait(failures, at: now) { return .mustWait(wait) }
        if PINHasher.verify(pin, against: stored) {
            failures.recordSuccess()
            return .accepted
        }
        failures.recordFailure(at: now)
        return .rejected(failures: failures.count, wait: PINWait(seconds: delay(afterFailures: failures.count), from: now))
    }
}
