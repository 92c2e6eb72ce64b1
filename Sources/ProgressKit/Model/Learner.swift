import Foundation

/// A person who learns on this PC: who they are, not what they did (that is `LearnerRecord`).
public struct Learner: Codable, Sendable, Hashable, Identifiable {
    /// Stable random id (see `LearnerID`); names the learner's file.
    public let id: String
    /// The name shown in lists, sanitized (see `DisplayName`); Chinese welcome.
    public private(set) var displayName: String
    /// The PIN asked at sign-in, hashed; nil when signing in needs no PIN.
    public var pin: PINHash?
    /// Consecutive wrong PINs, for the wait before the next try.
    public var pinFailures: PINFailures
    /// When the learner was added.
    public internal(set) var createdAt: Date
    /// The interface language the learner chose (e.g. `"zh-Hans"`, `"en"`), nil for the default.
    public var preferredLanguage: String?
    /// When the learner last did anything (signed in, read, answered), nil if never.
    public var lastActiveAt: Date?
    /// Reading aloud as pages open, and its speed (see `LearnerSettings`); default when the
    /// file has none.
    public var settings = LearnerSettings()

    /// Creates a learner.
    /// - Parameters:
    ///   - id: the learner's id; a new random one by default.
    ///   - displayName: the name as typed; it is sanitized.
    ///   - createdAt: now.
    /// - Throws: `DisplayNameError` when the name is empty or longer than 20 characters.
    public init(id: String = LearnerID.random(), displayName: String, createdAt: Date) throws(DisplayNameError) {
        self.id = id
        self.displayName = try DisplayName.sanitize(displayName)
        self.pin = nil
        self.pinFailures = PINFailures()
        self.createdAt = createdAt
        self.preferredLanguage = nil
        self.lastActiveAt = nil
    }

    /// A learner whose name is already sanitized (used when repairing files).
    init(id: String, sanitizedName: String, createdAt: Date) {
        self.id = id
        self.displayName = sanitizedName
        self.pin = nil
        self.pinFailures = PINFailures()
        self.createdAt = createdAt
        self.preferredLanguage = nil
        self.lastActiveAt = nil
    }

    /// A learner as read from a file; a name edited by hand into something unsafe is cleaned,
    /// or replaced by the id.
    init(id: String, rawName: String, pin: PINHash?, pinFailures: PINFailures, createdAt: Date,
         preferredLanguage: String?, lastActiveAt: Date?) {
        self.id = id
        self.displayName = (try? DisplayName.sanitize(rawName)) ?? id
        self.pin = pin
        self.pinFailures = pinFailures
        self.createdAt = createdAt
        self.preferredLanguage = preferredLanguage
        self.lastActiveAt = lastActiveAt
    }

    /// Whether signing in asks for a PIN.
    public var hasPIN: Bool { pin != nil }

    /// Changes the name.
    /// - Throws: `DisplayNameError` when the new name is empty or too long; the old name stays.
    public mutating func rename(to newName: String) throws(DisplayNameError) {
        displayName = try DisplayName.sanitize(newName)
    }

    /// Notes activity at `now` (never moves `lastActiveAt` back).
    public mutating func touch(at now: Date) {
        if let last = lastActiveAt, last >= now { return }
        lastActiveAt = now
    }

    private enum CodingKeys: String, CodingKey {
        case id, displayName, pin, pinFailures, createdAt, preferredLanguage, lastActiveAt, settings
    }

    /// Reads a learner; a name edited by hand into something unsafe is cleaned, or replaced by the id.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        let rawName = try container.decode(String.self, forKey: .displayName)
        displayName = (try? DisplayName.sanitize(rawName)) ?? id
        pin = try container.decodeIfPresent(PINHash.self, forKey: .pin)
        pinFailures = try container.decodeIfPresent(PINFailures.self, forKey: .pinFailures) ?? PINFailures()
        createdAt = try container.decode(Date.self, forKey: .createdAt)
        preferredLanguage = try container.decodeIfPresent(String.self, forKey: .preferredLanguage)
        lastActiveAt = try container.decodeIfPresent(Date.self, forKey: .lastActiveAt)
        // Settings are a comfort: a damaged entry reads as the default instead of refusing the file.
        settings = ((try? container.decodeIfPresent(LearnerSettings.self, forKey: .settings)) ?? nil) ?? LearnerSettings()
    }

    /// Writes the learner (absent optionals are left out).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(displayName, forKey: .displayName)
        try container.encodeIfPresent(pin, forKey: .pin)
        try container.encode(pinFailures, forKey: .pinFailures)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encodeIfPresent(preferredLanguage, forKey: .preferredLanguage)
        try container.encodeIfPresent(lastActiveAt, forKey: .lastActiveAt)
        if !settings.isDefault { try container.encode(settings, forKey: .settings) }
    }
}
