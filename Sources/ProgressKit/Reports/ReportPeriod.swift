import Foundation

/// The days a report counts: from `since` to `until`, both included, in the station's local
/// days; an open end counts everything on that side.
public struct ReportPeriod: Sendable, Hashable {
    /// The first day counted (nil: from the beginning).
    public var since: ReportDay?
    /// The last day counted (nil: up to now).
    public var until: ReportDay?

    /// A period.
    public init(since: ReportDay? = nil, until: ReportDay? = nil) {
        self.since = since
        self.until = until
    }

    /// Every day.
    public static let all = ReportPeriod()

    /// Whether `day` is in the period.
    public func contains(_ day: ReportDay) -> Bool {
        if let since, day < since { return false }
        if let until, day > until { return false }
        return true
    }

    /// Whether the period is empty (`until` before `since`).
    public var isEmpty: Bool {
        guard let since, let until else { return false }
        return until < since
    }
}
