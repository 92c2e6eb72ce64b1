import Foundation

/// How far a learner got in one lesson.
public struct ReadingState: Codable, Sendable, Hashable {
    /// When the lesson was first opened, nil if never.
    public var openedAt: Date?
    /// When the learner first reached its end, nil if not yet.
    public var finishedAt: Date?
    /// When the learner last read it (for "continue where you were").
    public var lastReadAt: Date?
    /// The line offset where reading resumes.
    public var lastPosition: Int
    /// Total seconds spent reading it (all days).
    public var secondsSpent: Int
    /// Seconds spent reading it by local day (`YYYY-MM-DD`, the station's time zone), so a
    /// report for a period counts only that period's time. Empty in files written before it
    /// was kept: their `secondsSpent` belongs to the day the lesson was last read (see
    /// `secondsByDay(legacyDay:)`).
    public var secondsByDay: [String: Int] = [:]

    /// A lesson never opened.
    public init(openedAt: Date? = nil, finishedAt: Date? = nil, lastReadAt: Date? = nil,
                lastPosition: Int = 0, secondsSpent: Int = 0) {
        self.openedAt = openedAt
        self.finishedAt = finishedAt
        self.lastReadAt = lastReadAt
        self.lastPosition = lastPosition
        self.secondsSpent = secondsSpent
    }

    /// Whether the lesson was ever opened.
    public var isOpened: Bool { openedAt != nil }
    /// Whether the learner reached the end of it.
    public var isFinished: Bool { finishedAt != nil }

    /// Notes that the lesson was opened at `now`.
    public mutating func open(at now: Date) {
        if openedAt == nil { openedAt = now }
        lastReadAt = max(lastReadAt ?? now, now)
    }

    /// Notes the reading position (line offset) at `now`.
    public mutating func move(to position: Int, at now: Date) {
        if openedAt == nil { openedAt = now }
        lastPosition = max(0, position)
        lastReadAt = max(lastReadAt ?? now, now)
    }

    /// Adds reading time without a day (negative values are ignored); a report counts it on
    /// the day the lesson was last read. The app uses `addTime(seconds:at:calendar:)`.
    public mutating func addTime(seconds: Int) {
        secondsSpent = secondsSpent.addingClamped(max(0, seconds))
    }

    /// Adds reading time on the local day of `now` (negative values are ignored). Time kept
    /// before days were kept (a file from an older version) is first put on the day the lesson
    /// was last read, so it stays in its own period.
    /// - Parameters:
    ///   - seconds: the time read.
    ///   - now: when the reading ended (before `move(to:at:)` notes it).
    ///   - calendar: the calendar of the station's days.
    public mutating func addTime(seconds: Int, at now: Date, calendar: Calendar) {
        let untracked = secondsSpent - secondsByDay.values.reduce(0) { $0.addingClamped($1) }
        if untracked > 0 {
            let day = ReportDay(lastReadAt ?? finishedAt ?? openedAt ?? now, calendar: calendar).description
            secondsByDay[day, default: 0] = secondsByDay[day, default: 0].addingClamped(untracked)
        }
        let added = max(0, seconds)
        guard added > 0 else { return }
        let day = ReportDay(now, calendar: calendar).description
        secondsByDay[day, default: 0] = secondsByDay[day, default: 0].addingClamped(added)
        secondsSpent = secondsSpent.addingClamped(added)
    }

    /// Seconds by day, with time not kept by day (`secondsSpent` beyond the days' sum) put on
    /// `legacyDay` (the day the lesson was last read, in the report's calendar).
    public func secondsByDay(legacyDay: String?) -> [String: Int] {
        var days = secondsByDay.filter { $0.value > 0 }
        let untracked = secondsSpent - days.values.reduce(0) { $0.addingClamped($1) }
        if untracked > 0, let legacyDay { days[legacyDay, default: 0] = days[legacyDay, default: 0].addingClamped(untracked) }
        return days
    }

    /// Notes that the learner reached the end at `now` (the first time counts).
    public mutating func finish(at now: Date) {
        if openedAt == nil { openedAt = now }
        if finishedAt == nil { finishedAt = now }
        lastReadAt = max(lastReadAt ?? now, now)
    }

    /// The two states combined: earliest opening and finish, latest read and its position, the
    /// larger reading time of each day and in all (the copies share their history, so times are
    /// not added).
    public static func merge(_ a: ReadingState, _ b: ReadingState) -> ReadingState {
        let position: Int
        switch (a.lastReadAt, b.lastReadAt) {
        case let (x?, y?) where x != y: position = x > y ? a.lastPosition : b.lastPosition
        case (_?, nil): position = a.lastPosition
        case (nil, _?): position = b.lastPosition
        default: position = max(a.lastPosition, b.lastPosition)
        }
        let days = a.secondsByDay.merging(b.secondsByDay, uniquingKeysWith: max)
        var merged = ReadingState(
            openedAt: earliest(a.openedAt, b.openedAt),
            finishedAt: earliest(a.finishedAt, b.finishedAt),
            lastReadAt: latest(a.lastReadAt, b.lastReadAt),
            lastPosition: position,
            secondsSpent: max(a.secondsSpent, b.secondsSpent, days.values.reduce(0) { $0.addingClamped($1) })
        )
        merged.secondsByDay = days
        return merged
    }

    private enum CodingKeys: String, CodingKey {
        case openedAt, finishedAt, lastReadAt, lastPosition, secondsSpent, secondsByDay
    }

    /// Reads a state; missing numbers are 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        openedAt = try container.decodeIfPresent(Date.self, forKey: .openedAt)
        finishedAt = try container.decodeIfPresent(Date.self, forKey: .finishedAt)
        lastReadAt = try container.decodeIfPresent(Date.self, forKey: .lastReadAt)
        lastPosition = try container.decodeIfPresent(Int.self, forKey: .lastPosition) ?? 0
        secondsSpent = try container.decodeIfPresent(Int.self, forKey: .secondsSpent) ?? 0
        // A day that is not `YYYY-MM-DD` cannot be placed in any period: it is left out.
        let days = try container.decodeIfPresent([String: Int].self, forKey: .secondsByDay) ?? [:]
        secondsByDay = days.filter { ReportDay($0.key) != nil }
    }

    /// Writes the state; `secondsByDay` only when it holds a day, so older files keep their shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(openedAt, forKey: .openedAt)
        try container.encodeIfPresent(finishedAt, forKey: .finishedAt)
        try container.encodeIfPresent(lastReadAt, forKey: .lastReadAt)
        try container.encode(lastPosition, forKey: .lastPosition)
        try container.encode(secondsSpent, forKey: .secondsSpent)
        if !secondsByDay.isEmpty { try container.encode(secondsByDay, forKey: .secondsByDay) }
    }
}

private func earliest(_ a: Date?, _ b: Date?) -> Date? {
    switch (a, b) {
    case let (x?, y?): return min(x, y)
    default: return a ?? b
    }
}

private func latest(_ a: Date?, _ b: Date?) -> Date? {
    switch (a, b) {
    case let (x?, y?): return max(x, y)
    default: return a ?? b
    }
}
