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

    /// The largest learner file the store reads (a learner with 10,000 quiz attempts has 18 MiB).
    public static let fileSizeLimit = 64 << 20

    // MARK: - Start

    /// Gets the data directory ready: creates its folders and removes temporary files left by
    /// killed processes. Call once at start.
    /// - Parameter now: the current time.
    /// - Returns: the names of the temporary files removed.
    /// - Throws: `StoreError` when the folders cannot be created (or `learners` is a link).
    @discardableResult
    public func prepare(now: Date) throws(StoreError) -> [String] {
        _ = try learnersFolder(create: true)
        return cleanUp(now: now)
    }

    /// Removes temporary files left by processes that died mid-save: those whose writer is no
    /// longer running, or unchanged for over a minute (a save takes milliseconds). Only regular
    /// files are removed; a link named like one is left to `list` to set aside.
    /// - Parameter now: the current time.
    /// - Returns: the names of the files removed.
    @discardableResult
    public func cleanUp(now: Date) -> [String] {
        guard let folder = try? learnersFolder(create: false), let names = try? folder.names() else { return [] }
        var removed: [String] = []
        for name in names.sorted() where DurableFile.isTemporary(name) {
            guard let entry = folder.entry(name), entry.kind == .regular else { continue }
            var isStale = true
            // A living writer (this process included: a save in another thread) may still be at it.
            // A rename (a save's exchange) changes the file's ctime, so that is the time that counts.
            if let pid = DurableFile.writerPID(ofTemporary: name), pid == getpid() || kill(pid, 0) == 0 || errno == EPERM {
                isStale = now.timeIntervalSince(entry.changedAt) > 60
            }
            if isStale {
                folder.remove(name)
                removed.append(name)
            }
        }
        return removed
    }

    // MARK: - Reading

    /// Every learner in the data directory. A file that cannot be read is set aside and its
    /// backup used (or the learner starts clean), a link or special file where a learner, backup,
    /// lock or temporary file should be is set aside, and the listing says so in `warnings`;
    /// the others are listed all the same.
    /// - Parameter now: the current time (names set-aside files).
    /// - Throws: `StoreError` only when the learners folder itself cannot be read.
    public func list(now: Date) throws(StoreError) -> LearnerListing {
        let misplaced = BackupManifest.misplaced(in: directory).map(StoreWarning.misplacedBackup(folder:))
        guard let folder = try learnersFolder(create: false) else { return LearnerListing(learners: [], warnings: misplaced) }
        var warnings = misplaced + setAsideForeignEntries(in: folder, now: now)
        var ids = Set<String>()
        for name in try folder.names() where name.utf8.first != UInt8(ascii: ".") {
            if let id = Self.learnerID(fromFileName: name) { ids.insert(id) }
        }
        var learners: [LearnerOverview] = []
        for id in ids.sorted() {
            do {
                let loaded = try load(id: id, now: now)
                learners.append(LearnerOverview(loaded.record))
                warnings += loaded.warnings
            } catch .learnerNotFound {
                continue  // its only file was a link or special file, set aside above
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

    /// The learner id a file name in `learners/` stands for: `<id>.json` and `<id>.json.bak`.
    static func learnerID(fromFileName name: String) -> String? {
        let id: Substring
        if name.hasSuffix(".json") { id = name.dropLast(5) }
        else if name.hasSuffix(".json.bak") { id = name.dropLast(9) }
        else { return nil }
        return LearnerID.isValid(String(id)) ? String(id) : nil
    }

    /// Sets aside every link or special file named like a learner, backup, lock or temporary
    /// file (renamed, never followed), so nothing later reads or writes through it.
    private func setAsideForeignEntries(in folder: StoreFolder, now: Date) -> [StoreWarning] {
        var warnings: [StoreWarning] = []
        for name in ((try? folder.names()) ?? []).sorted() {
            let isOurs = Self.learnerID(fromFileName: name) != nil || DurableFile.isTemporary(name)
                || (name.hasSuffix(".lock") && LearnerID.isValid(String(name.dropLast(5))))
            guard isOurs, let entry = folder.entry(name), entry.kind != .regular else { continue }
            if let warning = try? folder.setAsideForeign(name, kind: entry.kind, now: now) { warnings.append(warning) }
        }
        return warnings
    }

    /// Loads a learner's record. A damaged file (unreadable, truncated, empty, garbage) or a link
    /// or special file in its place is set aside as `<id>.json.corrupt-<time>` (`.link-`,
    /// `.special-`) and the backup loaded and put back in its place; with no usable backup the
    /// learner starts clean. Either way a warning says so. Numbers out of any possible range are
    /// brought into range, with a warning.
    /// - Parameters:
    ///   - id: the learner.
    ///   - now: the current time (names set-aside files).
    /// - Throws: `StoreError.learnerNotFound`, `.newerSchema` and `.fileTooLarge` (files left
    ///   alone), `.unreadable`, or another I/O error.
    public func load(id: String, now: Date) throws(StoreError) -> LoadedRecord {
        guard LearnerID.isValid(id) else { throw .invalidLearnerID(id) }
        guard let folder = try learnersFolder(create: false) else { throw .learnerNotFound(id: id) }
        let name = id + ".json", backupName = name + ".bak"
        let path = folder.path + "/" + name
        var warnings: [StoreWarning] = []
        var salvagedName: String?
        var setAside: String?
        var problem = StoreWarning.FileProblem.missing
        switch try readEntry(name, in: folder, now: now) {
        case .missing:
            break
        case .setAside(let newName, let kind):
            setAside = folder.path + "/" + newName
            problem = .notAFile(kind)
        case .data(let data):
            switch decode(data, path: path) {
            case .success(var record):
                separateBackup(name, backupName, in: folder, data: data)
                warnings += clamp(&record, path: path)
                return LoadedRecord(record: fixedID(record, id), warnings: warnings)
            case .failure(let error):
                if case .newerSchema = error { throw error }
                salvagedName = Self.salvageName(from: data)
                setAside = folder.path + "/" + (try folder.setAside(name, suffix: ".corrupt-", now: now))
                problem = .damaged
            }
        }
        return try loadBackup(id: id, folder: folder, problem: problem, setAside: setAside,
                              salvagedName: salvagedName, now: now)
    }

    /// The rest of `load` once the learner's file could not be used: the backup, else a clean start.
    private func loadBackup(id: String, folder: StoreFolder, problem: StoreWarning.FileProblem, setAside: String?,
                            salvagedName: String?, now: Date) throws(StoreError) -> LoadedRecord {
        let name = id + ".json", backupName = name + ".bak"
        let path = folder.path + "/" + name, backupPath = folder.path + "/" + backupName
        var salvagedName = salvagedName
        var setAsideNames = [setAside].compactMap { $0 }
        switch try readEntry(backupName, in: folder, now: now) {
        case .missing:
            guard setAside != nil else { throw .learnerNotFound(id: id) }
        case .setAside(let newName, _):
            setAsideNames.append(folder.path + "/" + newName)
        case .data(let backupData):
            switch decode(backupData, path: backupPath) {
            case .success(var record):
                _ = try DurableFile.create(backupData, named: name, in: folder)
                var warnings: [StoreWarning] = [.restoredFromBackup(learnerID: id, file: path, problem: problem, setAsideAs: setAside)]
                warnings += clamp(&record, path: backupPath)
                return LoadedRecord(record: fixedID(record, id), warnings: warnings)
            case .failure(let error):
                if case .newerSchema = error { throw error }
                salvagedName = salvagedName ?? Self.salvageName(from: backupData)
                setAsideNames.append(folder.path + "/" + (try folder.setAside(backupName, suffix: ".corrupt-", now: now)))
            }
        }
        let record = LearnerRecord(learner: Self.cleanLearner(id: id, name: salvagedName, now: now))
        _ = try DurableFile.create(try encode(record, path: path), named: name, in: folder)
        return LoadedRecord(record: record, warnings: [.startedClean(learnerID: id, file: path, setAsideAs: setAsideNames)])
    }

    /// What reading one of a learner's files found.
    private enum FileRead {
        case missing
        case data(Data)
        /// A link or special file, renamed to `newName`.
        case setAside(newName: String, kind: FileKind)
    }

    /// Reads `name`; a link or special file there is set aside (never read).
    private func readEntry(_ name: String, in folder: StoreFolder, now: Date) throws(StoreError) -> FileRead {
        do {
            guard let data = try folder.read(name, limit: Self.fileSizeLimit) else { return .missing }
            return .data(data)
        } catch .notAFile(_, let kind) {
            let newName = try folder.setAside(name, suffix: kind.setAsideSuffix, now: now)
            return .setAside(newName: newName, kind: kind)
        }
    }

    /// Numbers out of range brought into range, and the warning that says so.
    private func clamp(_ record: inout LearnerRecord, path: String) -> [StoreWarning] {
        let fields = record.clampNumbers()
        return fields.isEmpty ? [] : [.numbersOutOfRange(file: path, fields: fields)]
    }

    /// A save of an older version killed between linking the backup and renaming the new file
    /// leaves the file and its backup as one inode: damage to one would be damage to both. Gives
    /// the backup a copy of its own (written durably beside it) when that happened.
    /// Best effort: on a read-only folder the record still loads.
    private func separateBackup(_ name: String, _ backupName: String, in folder: StoreFolder, data: Data) {
        guard let main = folder.entry(name), let backup = folder.entry(backupName),
              main.inode == backup.inode, main.device == backup.device else { return }
        try? DurableFile.write(data, to: backupName, in: folder, keepingBackupAt: nil)
    }

    /// Reads a learner file anywhere (another station's copy, a restored backup) without
    /// repairing or moving anything. The file is opened without following links and read only
    /// when it is a regular file of at most `fileSizeLimit` bytes.
    /// - Parameter url: the file.
    /// - Returns: the record (numbers out of range brought into range).
    /// - Throws: `StoreError.learnerNotFound` when there is no file, `.newerSchema`,
    ///   `.notAFile`, `.fileTooLarge`, `.unreadable`, or `.damaged` when it is not a learner file.
    public static func readRecord(at url: URL) throws(StoreError) -> LearnerRecord {
        try readChecked(at: url).record
    }

    /// The bytes a learner file holds for `record` (pretty-printed JSON with sorted keys).
    /// - Throws: `StoreError.ioFailure` (operation `encode`), not expected.
    public static func fileContents(of record: LearnerRecord) throws(StoreError) -> Data {
        do {
            return try RecordCoding.encode(record)
        } catch {
            throw .ioFailure(path: record.id + ".json", operation: "encode", errno: EINVAL)
        }
    }

    /// The record in a learner file's bytes, checked as `readRecord` checks a file (a byte-order
    /// mark skipped, numbers brought into range).
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the file's path, for errors.
    /// - Returns: the record and the names of the fields whose numbers were out of range.
    /// - Throws: `StoreError.newerSchema`, or `.damaged` when the bytes are not a learner file.
    public static func record(fromFileContents data: Data, path: String) throws(StoreError) -> (record: LearnerRecord, clamped: [String]) {
        do {
            var record = try RecordCoding.decode(data)
            let clamped = record.clampNumbers()
            return (record, clamped)
        } catch RecordFormatError.newerSchema(let found, let supported) {
            throw .newerSchema(path: path, found: found, supported: supported)
        } catch {
            throw .damaged(path: path)
        }
    }

    /// `readRecord`, with the names of the fields whose numbers were out of range.
    static func readChecked(at url: URL) throws(StoreError) -> (record: LearnerRecord, clamped: [String]) {
        let parent = url.deletingLastPathComponent().path
        guard let folder = try StoreFolder.open(path: parent, create: false),
              let data = try folder.read(url.lastPathComponent, limit: fileSizeLimit) else {
            throw .learnerNotFound(id: url.lastPathComponent)
        }
        return try record(fromFileContents: data, path: url.path)
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
    /// writes who holds it. A link, special file or hard link found where the lock file should be
    /// is set aside first (never written through); `LearnerLock.warnings` says so.
    /// - Parameters:
    ///   - id: the learner.
    ///   - displayName: their name, for the message another copy of the app shows.
    ///   - now: the current time.
    /// - Returns: the lock; keep it while the learner is signed in, then `release()` it.
    /// - Throws: `StoreError.learnerInUse` with the holder when another process (or another
    ///   sign-in in this one) has it, or an I/O error.
    public func lock(id: String, displayName: String?, at now: Date) throws(StoreError) -> LearnerLock {
        guard LearnerID.isValid(id) else { throw .invalidLearnerID(id) }
        guard let folder = try learnersFolder(create: false) else { throw .learnerNotFound(id: id) }
        let name = id + ".lock"
        let (descriptor, warnings) = try folder.openLockFile(name, now: now)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK || code == EAGAIN {
                throw .learnerInUse(id: id, name: displayName, holder: holder(of: id))
            }
            throw StoreError.from(errno: code, path: folder.path + "/" + name, folder: folder.path, operation: "flock")
        }
        let holder = LockHolder(pid: getpid(), host: Self.hostName(), since: now, learnerName: displayName)
        if let data = try? RecordCoding.makeEncoder().encode(holder) {
            // A regular file of one name that this store made (checked when it was opened).
            _ = ftruncate(descriptor, 0)
            _ = data.withUnsafeBytes { buffer in pwrite(descriptor, buffer.baseAddress, buffer.count, 0) }
        }
        return LearnerLock(learnerID: id, holder: holder, directory: directory, fileDescriptor: descriptor, warnings: warnings)
    }

    /// Who has a learner signed in, as written in the lock file (nil if nobody says so, or the
    /// lock file is not a regular file).
    public func holder(of id: String) -> LockHolder? {
        guard LearnerID.isValid(id), let folder = try? learnersFolder(create: false),
              let data = try? folder.read(id + ".lock", limit: StoreFolder.lockFileLimit), !data.isEmpty else { return nil }
        return try? RecordCoding.makeDecoder().decode(LockHolder.self, from: data)
    }

    // MARK: - Writing

    /// Saves a learner's record: atomically, durably, keeping the previous file as the backup
    /// (a file of its own: the two names are exchanged, never hard-linked).
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
        guard let folder = try learnersFolder(create: false) else {
            throw .folderMissing(path: directory.learnersFolder.path)
        }
        let name = record.id + ".json"
        let data = try encode(record, path: folder.path + "/" + name)
        try DurableFile.write(data, to: name, in: folder, keepingBackupAt: name + ".bak")
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
        guard let folder = try learnersFolder(create: true) else { throw .folderMissing(path: directory.learnersFolder.path) }
        for _ in 0..<100 {
            let learner: Learner
            do {
                learner = try Learner(id: LearnerID.random(using: &generator), displayName: displayName, createdAt: now)
            } catch {
                throw .invalidName(error)
            }
            let record = LearnerRecord(learner: learner)
            let name = learner.id + ".json"
            if folder.entry(name + ".bak") != nil || folder.entry(learner.id + ".lock") != nil { continue }
            if try DurableFile.create(try encode(record, path: folder.path + "/" + name), named: name, in: folder) { return record }
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
    /// Only regular files are moved; a link or special file in their place is set aside.
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
        guard let folder = try learnersFolder(create: false) else { throw .learnerNotFound(id: id) }
        let name = id + ".json", backupName = name + ".bak", lockName = id + ".lock"
        for file in [name, backupName] {
            if let entry = folder.entry(file), entry.kind != .regular {
                _ = try folder.setAsideForeign(file, kind: entry.kind, now: now)
            }
        }
        let hasMain = folder.entry(name) != nil
        let hasBackup = folder.entry(backupName) != nil
        guard hasMain || hasBackup else {
            folder.remove(lockName)
            throw .learnerNotFound(id: id)
        }
        guard let data = try StoreFolder.open(path: directory.path, create: false),
              let removed = try data.subfolder("removed", create: true) else {
            throw .folderMissing(path: directory.removedFolder.path)
        }
        var target = name
        if removed.entry(target) != nil || removed.entry(target + ".bak") != nil {
            target = id + "-" + Self.stamp(now) + ".json"
        }
        if hasBackup { try folder.rename(backupName, to: target + ".bak", in: removed) }
        if hasMain { try folder.rename(name, to: target, in: removed) }
        try removed.sync()
        try folder.sync()
        folder.remove(lockName)
        return URL(fileURLWithPath: removed.path + "/" + (hasMain ? target : target + ".bak"))
    }

    // MARK: - Helpers

    /// `learners/`, opened without following a link (created first when `create` is set).
    /// - Returns: nil when the data directory or its `learners/` does not exist.
    private func learnersFolder(create: Bool) throws(StoreError) -> StoreFolder? {
        guard let data = try StoreFolder.open(path: directory.path, create: create) else { return nil }
        return try data.subfolder("learners", create: create)
    }

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
            return .failure(.damaged(path: path))
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
