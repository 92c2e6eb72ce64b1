import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The instructor's file in the data directory: `instructor.json` (the profile), its previous
/// generation `instructor.json.bak`, and `instructor.lock`, locked while a change is written.
///
/// Saves are atomic and durable like learner files (see `DurableFile`). A damaged file falls
/// back to its backup; with neither readable, loading fails rather than dropping the PIN.
public struct InstructorStore: Sendable {
    /// The data directory.
    public let directory: DataDirectory

    /// A store over `directory` (nothing is touched until a call).
    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// `instructor.json`.
    public var fileURL: URL { directory.url.appendingPathComponent("instructor.json") }
    /// `instructor.json.bak`, the generation before.
    public var backupURL: URL { directory.url.appendingPathComponent("instructor.json.bak") }
    /// `instructor.lock`.
    public var lockURL: URL { directory.url.appendingPathComponent("instructor.lock") }

    /// The instructor's profile (an empty one when there is no file yet).
    /// - Throws: `StoreError.newerSchema`; `.damaged` or `.notAFile` when neither the file nor its
    ///   backup can be used; another read error of the file as it is.
    public func load() throws(StoreError) -> InstructorProfile {
        guard let folder = try StoreFolder.open(path: directory.path, create: false) else { return InstructorProfile() }
        return try load(in: folder)
    }

    /// The most bytes `instructor.json` may have.
    static let fileSizeLimit = 1 << 20

    /// `load()` in the open data directory. A link or special file is never read: it counts as
    /// a damaged file (the backup is tried).
    private func load(in folder: StoreFolder) throws(StoreError) -> InstructorProfile {
        let profile = try folder.readFileOrBackup("instructor.json", backup: "instructor.json.bak", limit: Self.fileSizeLimit,
                                                  fallsBackOn: Self.isNotAFile) { data, path throws(StoreError) in
            do {
                return try RecordCoding.makeDecoder().decode(InstructorProfile.self, from: RecordCoding.withoutByteOrderMark(data))
            } catch RecordFormatError.newerSchema(let found, let supported) {
                throw .newerSchema(path: path, found: found, supported: supported)
            } catch {
                return nil
            }
        }
        return profile ?? InstructorProfile()
    }

    /// Whether a read error is a link or special file where `instructor.json` should be (then the
    /// backup is read); any other read error is thrown, never passed over for an older PIN.
    private static func isNotAFile(_ error: StoreError) -> Bool {
        if case .notAFile = error { return true }
        return false
    }

    /// Sets (or changes) the instructor PIN; the count of wrong tries starts again.
    /// - Parameters:
    ///   - pin: the new PIN, hashed with `PINHasher`.
    ///   - now: the current time.
    /// - Throws: `StoreError` when the file cannot be written (the old one is then intact).
    public func setPIN(_ pin: PINHash, at now: Date) throws(StoreError) {
        try update { profile in
            profile.pin = pin
            profile.pinFailures = PINFailures()
            profile.pinSetAt = now
            return true
        }
    }

    /// Checks a PIN typed by the instructor, counting wrong tries in the file: after two wrong
    /// tries each next one waits longer (see `PINThrottle`), and a try made too soon is not checked.
    /// - Parameters:
    ///   - pin: what was typed.
    ///   - now: the current time.
    ///   - throttle: the waits; the standard ones by default.
    /// - Returns: the outcome.
    /// - Throws: `StoreError` when the file cannot be read or written.
    public func checkPIN(_ pin: String, at now: Date, throttle: PINThrottle = PINThrottle()) throws(StoreError) -> InstructorPINCheck {
        var outcome = InstructorPINCheck.noPINSet
        var damaged = false
        try update { profile in
            guard let stored = profile.pin else {
                outcome = .noPINSet
                return false
            }
            guard PINHasher.isUsable(stored) else {
                damaged = true
                return false
            }
            let before = profile.pinFailures
            switch throttle.check(pin, against: stored, failures: &profile.pinFailures, at: now) {
            case .accepted: outcome = .accepted
            case .rejected(let failures, let wait):
                outcome = .rejected(failures: failures, wait: wait.map { $0.until.timeIntervalSince(now) } ?? 0)
            case .mustWait(let wait): outcome = .mustWait(seconds: wait.until.timeIntervalSince(now))
            }
            return profile.pinFailures != before
        }
        if damaged { throw .damagedPIN(path: fileURL.path, instructor: true) }
        return outcome
    }

    // MARK: - Helpers

    /// Loads, changes and (when `change` returns true) saves the profile while holding
    /// `instructor.lock`.
    private func update(_ change: (inout InstructorProfile) -> Bool) throws(StoreError) {
        guard let folder = try StoreFolder.open(path: directory.path, create: true) else {
            throw .folderMissing(path: directory.path)
        }
        let descriptor = try lock(in: folder)
        defer {
            _ = flock(descriptor, LOCK_UN)
            close(descriptor)
        }
        var profile = try load(in: folder)
        guard change(&profile) else { return }
        let data: Data
        do {
            data = try RecordCoding.makeEncoder().encode(profile) + Data([0x0A])
        } catch {
            throw .ioFailure(path: fileURL.path, operation: "encode", errno: EINVAL)
        }
        try DurableFile.write(data, to: "instructor.json", in: folder, keepingBackupAt: "instructor.json.bak")
    }

    /// Takes `instructor.lock` (a link or special file there is set aside first, never written).
    private func lock(in folder: StoreFolder) throws(StoreError) -> Int32 {
        let (descriptor, _) = try folder.openLockFile("instructor.lock", now: Date())
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(descriptor)
            throw StoreError.from(errno: code, path: lockURL.path, folder: directory.path, operation: "flock")
        }
        return descriptor
    }
}
