import Foundation

/// Who holds a learner's lock: written into the lock file so a second copy of the app can say
/// "王芳 is in use in another window (pid 4242) since 14:02".
public struct LockHolder: Codable, Sendable, Hashable {
    /// The holding process's id.
    public var pid: Int32
    /// The host it runs on.
    public var host: String
    /// When it took the lock.
    public var since: Date
    /// The learner's name as the holder knew it.
    public var learnerName: String?

    /// Creates a holder description.
    public init(pid: Int32, host: String, since: Date, learnerName: String?) {
        self.pid = pid
        self.host = host
        self.since = since
        self.learnerName = learnerName
    }
}
