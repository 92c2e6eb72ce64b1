import Foundation

/// What is kept about the station's instructor in `instructor.json`: their PIN (hashed, as
/// learners' PINs are) and the count of wrong tries, so the wait survives a restart.
public struct InstructorProfile: Codable, Sendable, Hashable {
    /// The file format version this code writes.
    public static let currentSchemaVersion = 1

    /// The instructor PIN, hashed; nil when none is set.
    public var pin: PINHash?
    /// Consecutive wrong PINs, for the wait before the next try.
    public var pinFailures: PINFailures
    /// When the PIN was last set.
    public var pinSetAt: Date?

    /// A profile with no PIN.
    public init(pin: PINHash? = nil, pinFailures: PINFailures = PINFailures(), pinSetAt: Date? = nil) {
        self.pin = pin
        self.pinFailures = pinFailures
        self.pinSetAt = pinSetAt
    }

    /// Whether an instructor PIN is set.
    public var hasPIN: Bool { pin != nil }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, pin, pinFailures, pinSetAt
    }

    /// Reads a profile.
    /// - Throws: `RecordFormatError.newerSchema` for a file written by a newer version, or a `DecodingError`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version <= Self.currentSchemaVersion else {
            throw RecordFormatError.newerSchema(found: version, supported: Self.currentSchemaVersion)
        }
        pin = try container.decodeIfPresent(PINHash.self, forKey: .pin)
        pinFailures = try container.decodeIfPresent(PINFailures.self, forKey: .pinFailures) ?? PINFailures()
        pinSetAt = try container.decodeIfPresent(Date.self, forKey: .pinSetAt)
    }

    /// Writes the profile (with `schemaVersion`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.currentSchemaVersion, forKey: .schemaVersion)
        try container.encodeIfPresent(pin, forKey: .pin)
        try container.encode(pinFailures, forKey: .pinFailures)
        try container.encodeIfPresent(pinSetAt, forKey: .pinSetAt)
    }
}
