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
    /// Total seconds spent reading it.
    public var secondsSpent: Int

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

    /// Adds reading time (negative values are ignored).
    public mutating func addTime(seconds: Int) {
        secondsSpent += max(0, seconds)
    }

    /// Notes that the learner reached the end at `now` (the first time counts).
    public mutating func finish(at now: Date) {
        if openedAt == nil { openedAt = now }
        if finishedAt == nil { finishedAt = now }
        lastReadAt = max(lastReadAt ?? now, now)
    }

    /// The two states combined: earliest opening and finish, latest read and its position, the
    /// larger reading time (the copies share their history, so times are not added).
    public static func merge(_ a: ReadingState, _ b: ReadingState) -> ReadingState {
        let position: Int
        switch (a.lastReadAt, b.lastReadAt) {
        case let (x?, y?) where x != y: position = x > y ? a.lastPosition : b.lastPosition
        case (_?, nil): position = a.lastPosition
        case (nil, _?): position = b.lastPosition
        default: position = max(a.lastPosition, b.lastPosition)
        }
        return ReadingState(
            openedAt: earliest(a.openedAt, b.openedAt),
            finishedAt: earliest(a.finishedAt, b.finishedAt),
            lastReadAt: latest(a.lastReadAt, b.lastReadAt),
            lastPosition: position,
            secondsSpent: max(a.secondsSpent, b.secondsSpent)
        )
    }

    private enum CodingKeys: String, CodingKey {
        case openedAt, finishedAt, lastReadAt, lastPosition, secondsSpent
    }

    /// Reads a state; missing numbers are 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        openedAt = try container.decodeIfPresent(Date.self, forKey: .openedAt)
        finishedAt = try container.decodeIfPresent(Date.self, forKey: .finishedAt)
        lastReadAt = try container.decodeIfPresent(Date.self, forKey: .lastReadAt)
        lastPosition = try container.decodeIfPresent(Int.self, forKey: .lastPosition) ?? 0
        secondsSpent = try container.decodeIfPresent(Int.self, forKey: .secondsSpent) ?? 0
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
