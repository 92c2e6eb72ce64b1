import CFileSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a backup made by `cunxue backup` back as the data directory, keeping what was there.
///
/// The backup is checked first (its manifest, or for older backups its shape: only the folders
/// and files a backup holds) and refused otherwise; links are never followed, and links or
/// special files inside it are left out. The restore refuses while the app runs (it holds
/// `StationLock` shared) or while a learner's file is locked. The backup is copied into a hidden
/// folder beside the data directory, every file fsynced, and swapped with the data directory in
/// one atomic rename; the old data directory is then renamed `<name>-before-restore-<time>`
/// beside it, never deleted. A restore that fails before the swap leaves the data directory as
/// it was.
public struct DataDirectoryRestore: Sendable {
    /// The data directory to restore into.
    public let directory: DataDirectory

    /// A restore into `directory`.
    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// Restores the backup folder `backup`.
    /// - Parameters:
    ///   - backup: a folder made by `cunxue backup` (`cunxue-backup-…`).
    ///   - now: the current time (names the folder the old data is kept in).
    ///   - timeZone: the time zone of that name.
    /// - Returns: what was restored and where the old data is.
    /// - Throws: `RestoreError`; the data directory is then unchanged.
    public func restore(from backup: URL, now: Date, timeZone: TimeZone = .current) throws(RestoreError) -> RestoreResult {
        let source = backup.standardizedFileURL.path
        let (folder, manifest) = try openBackup(source)
        guard let stationLock = try storeCall({ () throws(StoreError) in try StationLock.takeExclusively(directory, now: now) }) else {
            throw .appRunning(path: directory.path)
        }
        defer { stationLock.release() }
        let learnerLocks = try lockLearners(now: now)
        defer { for lock in learnerLocks { lock.release() } }

        // A data directory reached through a link (e.g. on a second disk) is restored where it is.
        let dataPath = realPath(directory.path) ?? directory.path
        let parent = (dataPath as NSString).deletingLastPathComponent
        let base = (dataPath as NSString).lastPathComponent
        if !FileManager.default.fileExists(atPath: parent) {
            do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
                throw .store(.readOnly(path: parent))
            }
        }
        let stamp = DataDirectoryBackup.stamp(now, timeZone: timeZone)
        let staging = parent + "/." + base + "-restore-" + stamp + ".tmp"
        removeTree(staging)
        var copier = BackupCopier(staging: staging, destination: parent)
        var result: RestoreResult
        do throws(RestoreError) {
            try copy(folder, with: &copier)
            result = count(staging)
            result.files = copier.files
            result.skipped = copier.skipped
            result.backupMadeAt = manifest?.createdAt
            let keepAs = firstFree(parent + "/" + base + "-before-restore-" + stamp) { FileManager.default.fileExists(atPath: $0) }
            result.keptAs = try swap(staging, into: dataPath, keepAs: keepAs)
        } catch {
            removeTree(staging)
            throw error
        }
        return result
    }

    // MARK: - Checking the backup

    private func openBackup(_ source: String) throws(RestoreError) -> (StoreFolder, BackupManifest?) {
        var status = stat()
        guard lstat(source, &status) == 0 else { throw .backupMissing(path: source) }
        if status.st_mode & S_IFMT == S_IFLNK { throw .backupIsLink(path: source) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .notABackup(path: source, found: []) }
        if let realSource = realPath(source), let realData = realPath(directory.path),
           realSource == realData || realSource.hasPrefix(realData + "/") || realData.hasPrefix(realSource + "/") {
            throw .backupOverlapsData(path: source)
        }
        let opened = try storeCall { () throws(StoreError) in try StoreFolder.open(path: source, create: false) }
        guard let folder = opened else { throw .backupMissing(path: source) }
        let names = ((try? folder.names()) ?? []).filter { $0.utf8.first != UInt8(ascii: ".") }.sorted()
        let foreign = names.filter { !BackupManifest.backupEntries.contains($0) }
        let manifest = (try? folder.read(BackupManifest.fileName, limit: BackupManifest.sizeLimit)).flatMap { $0 }.flatMap(BackupManifest.decode)
        let hasLearners = folder.entry("learners")?.kind == .folder
        guard foreign.isEmpty, manifest != nil || hasLearners else { throw .notABackup(path: source, found: foreign) }
        // What a backup holds must be of its kind: folders as folders, files as files.
        let wrongKind = ["learners", "removed", "lessons"].filter { name in folder.entry(name).map { $0.kind != .folder } ?? false }
            + ["instructor.json"].filter { name in folder.entry(name).map { $0.kind != .regular } ?? false }
        guard wrongKind.isEmpty else { throw .notABackup(path: source, found: wrongKind) }
        return (folder, manifest)
    }

    // MARK: - Locks

    /// Locks every learner of the data directory (none may be signed in or being changed).
    private func lockLearners(now: Date) throws(RestoreError) -> [LearnerLock] {
        let store = LearnerStore(directory: directory)
        let names = (try? StoreFolder.open(path: directory.learnersFolder.path, create: false)).flatMap { $0 }.flatMap { try? $0.names() } ?? []
        var locks: [LearnerLock] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            guard LearnerID.isValid(id) else { continue }
            do {
                locks.append(try store.lock(id: id, displayName: nil, at: now))
            } catch {
                for lock in locks { lock.release() }
                if case .learnerInUse = error { throw .learnerInUse(error.message(now: now)) }
                throw .store(error)
            }
        }
        return locks
    }

    // MARK: - Copying

    private func copy(_ backup: StoreFolder, with copier: inout BackupCopier) throws(RestoreError) {
        do throws(BackupError) {
            try copier.makeFolder("")
            for name in ["learners", "removed", "lessons"] { try copier.copyTree(named: name, in: backup, to: name) }
            for name in ["instructor.json", "instructor.json.bak"] { try copier.copyFile(name, in: backup, to: name) }
            try copier.syncFolders()
        } catch {
            throw Self.restoreError(error)
        }
    }

    /// A copier's error in a restore's words (the copy is written beside the data directory).
    private static func restoreError(_ error: BackupError) -> RestoreError {
        switch error {
        case .destinationFull(let path): return .store(.diskFull(path: path))
        case .destinationNotWritable(let path), .destinationMissing(let path): return .store(.readOnly(path: path))
        case .destinationFailed(let path, let code): return .swapFailed(path: path, errno: code)
        case .store(let inner): return .store(inner)
        default: return .writing(error)
        }
    }

    /// What the copy at `staging` holds.
    private func count(_ staging: String) -> RestoreResult {
        let files = FileManager.default
        var learners: [String] = []
        var unreadable: [String] = []
        for name in ((try? files.contentsOfDirectory(atPath: staging + "/learners")) ?? []).sorted() where name.hasSuffix(".json") {
            if let record = try? LearnerStore.readRecord(at: URL(fileURLWithPath: staging + "/learners/" + name)) {
                learners.append(SafeText.clean(record.learner.displayName, limit: 40))
            } else {
                unreadable.append("learners/" + name)
            }
        }
        let removed = ((try? files.contentsOfDirectory(atPath: staging + "/removed")) ?? []).filter { $0.hasSuffix(".json") }.count
        let modules = ((try? files.contentsOfDirectory(atPath: staging + "/lessons")) ?? []).filter { name in
            name.utf8.first != UInt8(ascii: ".") && isFolder(staging + "/lessons/" + name)
        }.count
        return RestoreResult(dataDirectory: directory.path, keptAs: nil, learners: learners.sorted(), removedLearners: removed,
                             lessonModules: modules, instructorSettings: files.fileExists(atPath: staging + "/instructor.json"),
                             files: 0, backupMadeAt: nil, skipped: [], unreadable: unreadable)
    }

    // MARK: - Putting it in place

    /// Puts `staging` at `dataPath` (swapping atomically with what is there), and renames the
    /// old data to `keepAs`.
    /// - Returns: where the old data is (nil when there was none).
    private func swap(_ staging: String, into dataPath: String, keepAs: String) throws(RestoreError) -> String? {
        var status = stat()
        let parent = (dataPath as NSString).deletingLastPathComponent
        guard lstat(dataPath, &status) == 0 else {
            guard renameat2(AT_FDCWD, staging, AT_FDCWD, dataPath, cunxue_rename_noreplace()) == 0 else {
                throw .swapFailed(path: dataPath, errno: errno)
            }
            try? DurableFile.syncFolder(parent)
            return nil
        }
        guard renameat2(AT_FDCWD, staging, AT_FDCWD, dataPath, cunxue_rename_exchange()) == 0 else {
            throw .swapFailed(path: dataPath, errno: errno)
        }
        // `staging` now holds the old data: give it a name a person understands.
        let kept = rename(staging, keepAs) == 0 ? keepAs : staging
        try? DurableFile.syncFolder(parent)
        return kept
    }

    private func storeCall<T>(_ body: () throws(StoreError) -> T) throws(RestoreError) -> T {
        do { return try body() } catch { throw .store(error) }
    }
}
