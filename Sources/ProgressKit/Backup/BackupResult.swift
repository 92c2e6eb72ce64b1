import Foundation

/// What a backup copied.
public struct BackupResult: Sendable, Hashable {
    /// The new backup folder.
    public var folder: URL
    /// Learner files copied (`<id>.json`).
    public var learners: Int
    /// Learners signed in while the backup ran: their last saved file was copied.
    public var learnersInUse: [String]
    /// All files copied (learners, backups, removed learners, imported lessons, instructor).
    public var files: Int
    /// Bytes copied.
    public var bytes: Int
    /// Entries not copied (links, FIFOs and other special files, files over 64 MiB), as paths in
    /// the data directory.
    public var skipped: [String]
    /// Learner files copied that could not be read as such (copied all the same).
    public var unreadable: [String]
    /// Links or special files found where lock files should be, set aside to take the locks.
    public var warnings: [StoreWarning] = []
}
