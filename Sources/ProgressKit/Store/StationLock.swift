import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The station-wide lock `app.lock` at the top of the data directory: every running copy of the
/// app holds it shared for as long as it runs, so `cunxue restore` (which takes it exclusively,
/// without waiting) can tell the app is open and refuse.
///
/// The lock is an `flock` on a regular file opened without following links; the system lets it
/// go when the process ends, so a killed app never leaves it behind. A copy of the app that
/// starts while a restore runs waits for it, then checks the lock file is still the one in the
/// data directory (a restore puts a new folder in place) and locks that one.
public final class StationLock: @unchecked Sendable {
    /// The name of the lock file in the data directory.
    public static let fileName = "app.lock"

    private let mutex = NSLock()
    private var descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Lets the lock go (calling it again does nothing).
    public func release() {
        mutex.lock()
        defer { mutex.unlock() }
        guard descriptor >= 0 else { return }
        _ = flock(descriptor, LOCK_UN)
        _ = close(descriptor)
        descriptor = -1
    }

    /// Holds the lock shared, for a running app: waits while a restore holds it exclusively.
    /// Creates the data directory if needed. On a data directory that cannot be written (a
    /// read-only disk) and has no lock file yet, the lock is on nothing: no restore can replace
    /// that folder either, and the app still starts, lists the learners and says it cannot save.
    /// - Throws: `StoreError` when the data directory or the lock file cannot be opened.
    public static func holdWhileRunning(_ directory: DataDirectory, now: Date) throws(StoreError) -> StationLock {
        for _ in 0..<8 {
            let opened: Int32
            do throws(StoreError) {
                guard let folder = try StoreFolder.open(path: directory.path, create: true) else {
                    throw StoreError.folderMissing(path: directory.path)
                }
                opened = try folder.openLockFile(fileName, now: now).descriptor
            } catch StoreError.readOnly {
                return StationLock(descriptor: -1)
            }
            while flock(opened, LOCK_SH) != 0 {
                guard errno == EINTR else {
                    close(opened)
                    throw StoreError.ioFailure(path: directory.path + "/" + fileName, operation: "flock", errno: errno)
                }
            }
            if isStillInPlace(opened, path: directory.path + "/" + fileName) { return StationLock(descriptor: opened) }
            close(opened)  // a restore moved the folder meanwhile: lock the new one
        }
        throw .ioFailure(path: directory.path + "/" + fileName, operation: "flock", errno: EAGAIN)
    }

    /// Takes the lock exclusively without waiting, for a restore.
    /// - Returns: nil when the app (or another restore) holds it; the lock otherwise, or when
    ///   there is no data directory, a lock on nothing.
    /// - Throws: `StoreError` when the lock file cannot be opened.
    static func takeExclusively(_ directory: DataDirectory, now: Date) throws(StoreError) -> StationLock? {
        guard let folder = try StoreFolder.open(path: directory.path, create: false) else { return StationLock(descriptor: -1) }
        let (opened, _) = try folder.openLockFile(fileName, now: now)
        guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
            close(opened)
            return nil
        }
        return StationLock(descriptor: opened)
    }

    /// Whether a lock file of the data directory is held by a running app (for messages).
    public static func isHeld(_ directory: DataDirectory, now: Date = Date()) -> Bool {
        guard let lock = try? takeExclusively(directory, now: now) else { return true }
        lock.release()
        return false
    }

    private static func isStillInPlace(_ opened: Int32, path: String) -> Bool {
        var held = stat(), current = stat()
        guard fstat(opened, &held) == 0, lstat(path, &current) == 0 else { return false }
        return held.st_dev == current.st_dev && held.st_ino == current.st_ino
    }
}
