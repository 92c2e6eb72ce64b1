import Foundation

/// What a restore put in place.
public struct RestoreResult: Sendable, Hashable {
    /// The data directory, now holding the backup's contents.
    public var dataDirectory: String
    /// Where the data that was there before was kept (nil when there was none).
    public var keptAs: String?
    /// The learners restored, by display name (cleaned), sorted.
    public var learners: [String]
    /// Learners taken off the list (`removed/`) restored.
    public var removedLearners: Int
    /// Imported lesson modules restored (folders in `lessons/`).
    public var lessonModules: Int
    /// Whether the instructor settings (`instructor.json`: PIN, station) were restored.
    public var instructorSettings: Bool
    /// All files restored.
    public var files: Int
    /// When the backup was made, from its manifest (nil for a backup without one).
    public var backupMadeAt: Date?
    /// Entries of the backup not restored (links, special files), as paths in the backup.
    public var skipped: [String]
    /// Learner files restored that could not be read as such.
    public var unreadable: [String]
}
