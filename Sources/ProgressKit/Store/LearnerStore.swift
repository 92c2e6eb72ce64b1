import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Learners' files in a data directory: `learners/<id>.json` (the record), `<id>.json.bak` (the
/// generation before), `<id>.lock` (who has the learner signed in), damaged files set aside as
/// `<id>.json.corrupt-<time>`, and `removed/` for learners taken off the list.
///
/// Every save is atomic and durable (see `DurableFile`); loading repairs what it can and says so
/// in warnings; writing needs the learner's `LearnerLock`.
public struct LearnerStore: Sendable {
    /// The data directory.
    public let directory: DataDirectory

    /// A store over `directory` (nothing is touched until a call).
    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// The learner file for an id.
    public func fileURL(for id: String) -> URL {
        directory.learnersFolder.appendingPathComponent(id + ".json")
    }

    /// The backup (previous generation) of a learner's file.
    public func backupURL(for id: String) -> URL {
        directory.learnersFolder.appendingPathComponent(id + ".json.bak")
    }

    /// The lock file of a learner.
    public func lockURL(for id: String) -> URL {
        directory.learnersFolder.appendingPathComponent(id + ".lock")
    }

    // MARK: - Start

    /// Gets the data directory ready: creates its folders and removes temporary files left by
    /// killed processes. Call once at start.
    /// - Parameter now: the current time.
    /// - Returns: the names of the temporary files removed.
    /// - Throws: `StoreError` when the folders cannot be created.
    @discardableResult
    public func prepare(now: Date) throws(StoreError) -> [String] {
        for folder in [directory.url, directory.learnersFolder] {
            try makeFolder(folder.path)
        }
        return cleanUp(now: now)
    }

    /// Removes temporary files left by processes that died mid-save: those whose writer is no
    /// longer running, or older than a minute (a save takes milliseconds).
    /// - Parameter now: the current time.
    /// - Returns: the names of the files removed.
    @discardableResult
    public func cleanUp(now: Date) -> [String] {
        let folder = directory.learnersFolder.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where DurableFile.isTemporary(name) {
            let path = folder + "/" + name
            var isStale = true
            // A living writer (this process included: a save in another thread) may still be at it.
            if let pid = DurableFile.writerPID(ofTemporary: name), pid == getpid() || kill(pid, 0) == 0 || errno == EPERM {
                var status = stat()
                if stat(path, &status) == 0 {
                    let modified = Date(timeIntervalSince1970: Double(status.st_mtim.tv_sec))
                    isStale = now.timeIntervalSince(modified) > 60
                }
            }
            if isStale, unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }

    // MARK: - Reading

    /// Every learner in the data directory. A file that cannot be read is set aside and its
    /// backup used (or the learner starts clean), and the listing says so in `warnings`; the
    /// others are listed all the same.
    /// - Parameter now: the current time (names set-aside files).
    /// - Throws: `StoreError` only when the learners folder itself cannot be read.
    public func list(now: Date) throws(StoreError) -> LearnerListing {
        let folder = directory.learnersFolder.path
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
                return LearnerListing(learners: [], warnings: [])
            }
            throw .readOnly(path: folder)
        }
        var ids = Set<String>()
        for name in names where !name.hasPrefix(".") {
            let id: Substring
            if name.hasSuffix(".json") { id = name.dropLast(5) }
            else if name.hasSuffix(".json.bak") { id = name.dropLast(9) }
            else { continue }
            if LearnerID.isValid(String(id)) { ids.insert(String(id)) }
        }
        var learners: [LearnerOverview] = []
        var warnings: [StoreWarning] = []
        for id in ids.sorted() {
            do {
                let loaded = try load(id: id, now: now)
                learners.append(LearnerOverview(loaded.record))
                warnings += loaded.warnings
            } catch {
                warnings.append(.skipped(file: fileURL(for: id).path, reason: error))
            }
        }
        learners.sort { lhs, rhs in
            switch (lhs.lastActiveAt, rhs.lastActiveAt) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (lhs.displayName, lhs.id) < (rhs.displayName, rhs.id)
            }
        }
        return LearnerListing(learners: learners, warnings: warnings)
    }

    /// Loads a learner's record. A damaged file (unreadable, truncated, empty, garbage) is set
    /// aside as `<id>.json.corrupt-<time>` and the backup loaded and put back in its place; with
    /// no usable backup the learner starts clean. Either way a warning says so.
    /// - Parameters:
    ///   - id: the learner.
    ///   - now: the current time (names set-aside files).
    /// - Throws: `StoreError.learnerNotFound`, `.newerSchema` (files left alone), or an I/O error.
    public func load(id: String, now: Date) throws(StoreError) -> LoadedRecord {
        guard LearnerID.isValid(id) else { throw .invalidLearnerID(id) }
        let path = fileURL(for: id).path
        let backupPath = backupURL(for: id).path
        let mainData = try DurableFile.read(path)
        var salvagedName: String?
        var setAside: String?
        if let mainData {
            switch decode(mainData, path: path) {
            case .success(let record):
                separateBackup(path, backupPath, data: mainData)
                return LoadedRecord(record: fixedID(record, id), warnings: [])
            case .failure(let error):
                if case .newerSchema = error { throw error }
                salvagedName = Self.salvageName(from: mainData)
                setAside = try setAsideDamaged(path, now: now)
            }
        }
        if let backupData = try DurableFile.read(backupPath) {
            switch decode(backupData, path: backupPath) {
            case .success(let record):
                _ = try DurableFile.create(backupData, at: path)
                return LoadedRecord(record: fixedID(record, id),
                                    warnings: [.restoredFromBackup(learnerID: id, file: path, setAsideAs: setAside)])
            case .failure(let error):
                if case .newerSchema = error { throw error }
                salvagedName = salvagedName ?? Self.salvageName(from: backupData)
                let backupAside = try setAsideDamaged(backupPath, now: now)
                let learner = Self.cleanLearner(id: id, name: salvagedName, now: now)
                let record = LearnerRecord(learner: learner)
                _ = try DurableFile.create(try encode(record, path: path), at: path)
                return LoadedRecord(record: record, warnings: [
                    .startedClean(learnerID: id, file: path, setAsideAs: [setAside, backupAside].compactMap { $0 }),
                ])
            }
        }
        guard let setAside else { throw .learnerNotFound(id: id) }
        let learner = Self.cleanLearner(id: id, name: salvagedName, now: now)
        let record = LearnerRecord(learner: learner)
        _ = try DurableFile.create(try encode(record, path: path), at: path)
        return LoadedRecord(record: record, warnings: [.startedClean(learnerID: id, file: path, setAsideAs: [setAside])])
    }

    /// A save killed between linking the backup and renaming the new file leaves the file and
    /// its backup as one inode: damage to one would be damage to both. Gives the backup a copy
    /// of its own (written durably beside it) when that happened.
    /// Best effort: on a read-only folder the record still loads.
    private func separateBackup(_ path: String, _ backupPath: String, data: Data) {
        var main = stat(), backup = stat()
        guard lstat(path, &main) == 0, lstat(backupPath, &backup) == 0,
              main.st_ino == backup.st_ino, main.st_dev == backup.st_dev else { return }
        try? DurableFile.write(data, to: backupPath, keepingBackupAt: nil)
    }

    /// Reads a learner file anywhere (another station's copy, a restored backup) without
    /// repairing or moving anything.
    /// - Parameter url: the file.
    /// - Returns: the record.
    /// - Throws: `StoreError.learnerNotFound` when there is no file, `.newerSchema`, or
    ///   `.ioFailure` (operation `decode`) when it is not a learner file.
    public static func readRecord(at url: URL) throws(StoreError) -> LearnerRecord {
        guard let data = try DurableFile.read(url.path) else { throw .learnerNotFound(id: url.lastPathComponent) }
        do {
            return try RecordCoding.decode(data)
        } catch RecordFormatError.newerSchema(let found, let supported) {
            throw .newerSchema(path: url.path, found: found, supported: supported)
        } catch {
            throw .ioFailure(path: url.path, operation: "decode", errno: EILSEQ)
        }
    }

    /// Merges another copy of a learner into their file here (see `LearnerRecord.merge`) and
    /// saves the result.
    /// - Parameters:
    ///   - other: the other copy (same learner id).
    ///   - lock: the learner's lock.
    ///   - now: the current time (for repairs while loading).
    /// - Returns: the merged record, as saved.
    /// - Throws: `StoreError.lockNotHeld` (also for a copy of another learner), or a load or save error.
    @discardableResult
    public func merge(_ other: LearnerRecord, with lock: LearnerLock, now: Date) throws(StoreError) -> LearnerRecord {
        guard lock.isHeld, lock.learnerID == other.id, lock.directory == directory else {
            throw .lockNotHeld(id: other.id)
        }
        let current = try load(id: other.id, now: now).record
        let merged: LearnerRecord
        do {
            merged = try LearnerRecord.merge(current, other)
        } catch {
            throw .lockNotHeld(id: other.id)
        }
        try save(merged, with: lock)
        return merged
    }

    // MARK: - Locking

    /// Signs a learner in for this process: takes the exclusive lock on their lock file and
    /// writes who holds it.
    /// - Parameters:
    ///   - id: the learner.
    ///   - displayName: their name, for the message another copy of the app shows.
    ///   - now: the current time.
    /// - Returns: the lock; keep it while the learner is signed in, then `release()` it.
    /// - Throws: `StoreError.learnerInUse` with the holder when another process (or another
    ///   sign-in in this one) has it, or an I/O error.
    public func lock(id: String, displayName: String?, at now: Date) throws(StoreError) -> LearnerLock {
        guard LearnerID.isValid(id) else { throw .invalidLearnerID(id) }
        let path = lockURL(for: id).path
        let folder = directory.learnersFolder.path
        var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        var code = errno
        if descriptor < 0, code == EROFS || code == EACCES || code == EPERM {
            // A read-only folder: an existing lock file can still be locked (the holder is not written).
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor < 0, errno != ENOENT { code = errno }
        }
        guard descriptor >= 0 else {
            throw StoreError.from(errno: code, path: path, folder: folder, operation: "open lock")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK || code == EAGAIN {
                throw .learnerInUse(id: id, name: displayName, holder: holder(of: id))
            }
            throw StoreError.from(errno: code, path: path, folder: folder, operation: "flock")
        }
        let holder = LockHolder(pid: getpid(), host: Self.hostName(), since: now, learnerName: displayName)
        if let data = try? RecordCoding.makeEncoder().encode(holder) {
            _ = ftruncate(descriptor, 0)
            _ = data.withUnsafeBytes { buffer in pwrite(descriptor, buffer.baseAddress, buffer.count, 0) }
        }
        return LearnerLock(learnerID: id, holder: holder, directory: directory, fileDescriptor: descriptor)
    }

    /// Who has a learner signed in, as written in the lock file (nil if nobody says so).
    public func holder(of id: String) -> LockHolder? {
        guard LearnerID.isValid(id), let data = try? DurableFile.read(lockURL(for: id).path), !data.isEmpty else { return nil }
        return try? RecordCoding.makeDecoder().decode(LockHolder.self, from: data)
    }

    // MARK: - Writing

    /// Saves a learner's record: atomically, durably, keeping the previous file as the backup.
    /// - Parameters:
    ///   - record: the record.
    ///   - lock: the learner's lock from `lock(id:displayName:at:)`.
    /// - Throws: `StoreError.lockNotHeld` for a released or foreign lock; `.diskFull`,
    ///   `.readOnly`, `.folderMissing` or `.ioFailure` — then the last good file is untouched
    ///   and no temporary file is left.
    public func save(_ record: LearnerRecord, with lock: LearnerLock) throws(StoreError) {
        guard lock.isHeld, lock.learnerID == record.id, lock.directory == directory else {
            throw .lockNotHeld(id: record.id)
        }
        let path = fileURL(for: record.id).path
        try DurableFile.write(try encode(record, path: path), to: path, keepingBackupAt: backupURL(for: record.id).path)
    }

    /// Adds a learner with a new id and saves their first record.
    /// - Parameters:
    ///   - displayName: the name as typed (sanitized; two learners may share a name).
    ///   - now: the current time.
    ///   - generator: the source of random ids.
    /// - Returns: the new record.
    /// - Throws: `StoreError.invalidName`, or an I/O error.
    public func add(displayName: String, at now: Date,
                    using generator: inout some RandomNumberGenerator) throws(StoreError) -> LearnerRecord {
        try makeFolder(directory.url.path)
        try makeFolder(directory.learnersFolder.path)
        for _ in 0..<100 {
            let learner: Learner
            do {
                learner = try Learner(id: LearnerID.random(using: &generator), displayName: displayName, createdAt: now)
            } catch {
                throw .invalidName(error)
            }
            let record = LearnerRecord(learner: learner)
            let path = fileURL(for: learner.id).path
            if FileManager.default.fileExists(atPath: backupURL(for: learner.id).path) { continue }
            if try DurableFile.create(try encode(record, path: path), at: path) { return record }
        }
        throw .ioFailure(path: directory.learnersFolder.path, operation: "choose id", errno: EEXIST)
    }

    /// Adds a learner with a new id from the system's random source.
    /// - Throws: `StoreError.invalidName`, or an I/O error.
    public func add(displayName: String, at now: Date) throws(StoreError) -> LearnerRecord {
        var generator = SystemRandomNumberGenerator()
        return try add(displayName: displayName, at: now, using: &generator)
    }

    /// Takes a learner off the list: moves their file (and backup) to `removed/`, never deletes.
    /// - Parameters:
    ///   - id: the learner.
    ///   - now: the current time (names the moved file if one of that name is already there).
    /// - Returns: where the file now is.
    /// - Throws: `StoreError.learnerInUse` when they are signed in somewhere,
    ///   `.learnerNotFound`, or an I/O error.
    @discardableResult
    public func remove(id: String, at now: Date) throws(StoreError) -> URL {
        let lock = try self.lock(id: id, displayName: nil, at: now)
        defer { lock.release() }
        let path = fileURL(for: id).path
        let backupPath = backupURL(for: id).path
        let hasMain = FileManager.default.fileExists(atPath: path)
        let hasBackup = FileManager.default.fileExists(atPath: backupPath)
        guard hasMain || hasBackup else {
            unlink(lockURL(for: id).path)
            throw .learnerNotFound(id: id)
        }
        try makeFolder(directory.removedFolder.path)
        let removed = directory.removedFolder.path
        let stamp = Self.stamp(now)
        var target = removed + "/" + id + ".json"
        if FileManager.default.fileExists(atPath: target) || FileManager.default.fileExists(atPath: target + ".bak") {
            target = removed + "/" + id + "-" + stamp + ".json"
        }
        if hasBackup { try DurableFile.move(backupPath, to: target + ".bak") }
        if hasMain { try DurableFile.move(path, to: target) }
        unlink(lockURL(for: id).path)
        return URL(fileURLWithPath: hasMain ? target : target + ".bak")
    }

    // MARK: - Helpers

    private func encode(_ record: LearnerRecord, path: String) throws(StoreError) -> Data {
        do {
            return try RecordCoding.encode(record)
        } catch {
            throw .ioFailure(path: path, operation: "encode", errno: EINVAL)
        }
    }

    private func decode(_ data: Data, path: String) -> Result<LearnerRecord, StoreError> {
        do {
            return .success(try RecordCoding.decode(data))
        } catch RecordFormatError.newerSchema(let found, let supported) {
            return .failure(.newerSchema(path: path, found: found, supported: supported))
        } catch {
            return .failure(.ioFailure(path: path, operation: "decode", errno: EILSEQ))
        }
    }

    /// The record with the id its file name gives (a file copied under another name keeps working).
    private func fixedID(_ record: LearnerRecord, _ id: String) -> LearnerRecord {
        guard record.id != id else { return record }
        var learner = Self.cleanLearner(id: id, name: record.learner.displayName, now: record.learner.createdAt)
        learner.pin = record.learner.pin
        learner.pinFailures = record.learner.pinFailures
        learner.preferredLanguage = record.learner.preferredLanguage
        learner.lastActiveAt = record.learner.lastActiveAt
        var fixed = LearnerRecord(learner: learner, reading: record.reading, attempts: record.attempts, notebook: record.notebook)
        fixed.worksheets = record.worksheets
        return fixed
    }

    /// Renames a damaged file to `<name>.corrupt-<time>` (never deleted).
    private func setAsideDamaged(_ path: String, now: Date) throws(StoreError) -> String {
        var target = path + ".corrupt-" + Self.stamp(now)
        var counter = 2
        while FileManager.default.fileExists(atPath: target) {
            target = path + ".corrupt-" + Self.stamp(now) + "-" + String(counter)
            counter += 1
        }
        try DurableFile.move(path, to: target)
        return target
    }

    private func makeFolder(_ path: String) throws(StoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let parent = (path as NSString).deletingLastPathComponent
            let code: Int32 = (error as NSError).domain == NSPOSIXErrorDomain ? Int32((error as NSError).code) : EACCES
            throw StoreError.from(errno: code == ENOENT ? EACCES : code, path: path, folder: parent, operation: "mkdir")
        }
    }

    private static func cleanLearner(id: String, name: String?, now: Date) -> Learner {
        let fallback = (try? DisplayName.sanitize(String(id.prefix(DisplayName.maximumLength)))) ?? "?"
        return Learner(id: id, sanitizedName: name ?? fallback, createdAt: now)
    }

    /// The `"displayName"` value of a damaged file, if one can still be found in it.
    static func salvageName(from data: Data) -> String? {
        let text = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        guard let keyRange = text.range(of: "\"displayName\"") else { return nil }
        var rest = text[keyRange.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" }
        guard rest.first == "\"" else { return nil }
        rest = rest.dropFirst()
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return try? DisplayName.sanitize(String(rest[..<end]))
    }

    /// `20250301T140205Z`: the UTC time for file names.
    static func stamp(_ date: Date) -> String {
        let iso = ISO8601Time.format(date)  // 2025-03-01T14:02:05.123Z
        return iso.prefix(19).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "Z"
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
