import Foundation

/// A wait before the next PIN try, counted down in whole seconds.
///
/// The one place that says how many seconds are left: screens show `secondsLeft(at:)` and
/// refuse a try while `isRunning(at:)`, so the number shown and the rule never disagree.
public struct PINWait: Sendable, Hashable {
    /// The moment the next try is allowed.
    public var until: Date

    /// A wait that ends at `until`.
    public init(until: Date) {
        self.until = until
    }

    /// A wait of `seconds` from `now`.
    /// - Returns: nil when there is nothing to wait (`seconds` is 0 or less).
    public init?(seconds: TimeInterval, from now: Date) {
        guard seconds > 0 else { return nil }
        self.until = now.addingTimeInterval(seconds)
    }

    /// Whole seconds left at `now`, rounded up (a wait of 1.2 s shows 2); 0 once it is over.
    public func secondsLeft(at now: Date) -> Int {
        let left = until.timeIntervalSince(now)
        return left > 0 ? Int(left.rounded(.up)) : 0
    }

    /// Whether the wait is still running at `now`.
    public func isRunning(at now: Date) -> Bool { until > now }
}
