import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A learner signed in in this process: an exclusive `flock` on `learners/<id>.lock`.
///
/// Hold it for as long as the learner is signed in and pass it to `LearnerStore.save`; call
/// `release()` when they sign out. Copies share one lock; it is also released when the last
/// copy goes away, and by the system if the process dies (a lock never outlives its process).
public struct LearnerLock: Sendable, Hashable {
    /// The learner whose file is locked.
    public let learnerID: String
    /// What was written into the lock file.
    public let holder: LockHolder
    /// The data directory the lock belongs to.
    public let directory: DataDirectory
    /// What was set aside to take the lock: a link, special file or hard link found where the
    /// lock file should be (show these to the person).
    public let warnings: [StoreWarning]
    private let handle: LockHandle

    init(learnerID: String, holder: LockHolder, directory: DataDirectory, fileDescriptor: Int32,
         warnings: [StoreWarning] = []) {
        self.learnerID = learnerID
        self.holder = holder
        self.directory = directory
        self.warnings = warnings
        self.handle = LockHandle(fileDescriptor: fileDescriptor)
    }

    /// Whether the lock is still held (not released).
    public var isHeld: Bool { handle.isOpen }

    /// Releases the lock (empties the lock file and closes it); calling it again does nothing.
    public func release() {
        handle.close()
    }

    /// Two locks are equal when they are copies of one another.
    public static func == (lhs: LearnerLock, rhs: LearnerLock) -> Bool {
        lhs.handle === rhs.handle
    }

    /// Hashes the lock's identity.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(handle))
    }
}

/// The open lock file. Its state is guarded by `mutex`, so it can be shared between threads.
private final class LockHandle: @unchecked Sendable {
    private let mutex = NSLock()
    private var fileDescriptor: Int32

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    var isOpen: Bool {
        mutex.lock()
        defer { mutex.unlock() }
        return fileDescriptor >= 0
    }

    func close() {
        mutex.lock()
        defer { mutex.unlock() }
        guard fileDescriptor >= 0 else { return }
        _ = ftruncate(fileDescriptor, 0)
        _ = flock(fileDescriptor, LOCK_UN)
        _ = Glibc.close(fileDescriptor)
        fileDescriptor = -1
    }

    deinit {
        close()
    }
}
