import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A consistent copy of a data directory, safe while the app runs, for a USB stick after a
/// day's training.
///
/// The copy is `DEST/cunxue-backup-YYYYMMDD-HHMMSS/` with `learners/`, `removed/`, `lessons/`
/// `instructor.json` and `station.json` as in the data directory (lock and temporary files left out;
/// links and special files never followed). It is written into a hidden folder, every file
/// fsynced, and renamed into place at the end, so a backup folder is always complete.
///
/// Each learner file is copied under its lock, so it cannot change or be removed meanwhile. A
/// learner signed in at the station holds their lock for the whole session; then their last
/// saved file is copied (saves replace the file atomically, so it is always a whole one) and the
/// result says so.
public struct DataDirectoryBackup: Sendable {
    /// The data directory to copy.
    public let directory: DataDirectory

    /// A backup of `directory`.
    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// Makes the backup.
    /// - Parameters:
    ///   - destination: an existing folder (e.g. the USB stick).
    ///   - now: the current time (names the folder).
    ///   - timeZone: the time zone of the folder's name.
    /// - Returns: what was copied.
    /// - Throws: `BackupError`.
    public func write(into destination: URL, now: Date, timeZone: TimeZone = .current) throws(BackupError) -> BackupResult {
        let source = directory.url.path
        guard isFolder(source) else { throw .noDataDirectory(path: source) }
        let target = destination.standardizedFileURL.path
        guard isFolder(target) else { throw .destinationMissing(path: target) }
        if let realSource = realPath(source), let realTarget = realPath(target),
           realTarget == realSource || realTarget.hasPrefix(realSource + "/") {
            throw .destinationInsideData(path: target)
        }
        let name = firstFree("cunxue-backup-" + Self.stamp(now, timeZone: timeZone)) { name in
            FileManager.default.fileExists(atPath: target + "/" + name) || FileManager.default.fileExists(atPath: target + "/." + name + ".tmp")
        }
        let staging = target + "/." + name + ".tmp"
        var copier = BackupCopier(staging: staging, destination: target)
        do throws(BackupError) {
            let opened: StoreFolder?
            do {
                opened = try StoreFolder.open(path: source, create: false)
            } catch {
                throw BackupError.store(error)
            }
            guard let data = opened else { throw BackupError.noDataDirectory(path: source) }
            try copier.makeFolder("")
            try copyLearners(&copier, data: data, now: now)
            for folder in ["removed", "lessons"] {
                try copier.copyTree(named: folder, in: data, to: folder)
            }
            for file in ["instructor.json", "instructor.json.bak", "station.json", "station.json.bak"] {
                try copier.copyFile(file, in: data, to: file)
            }
            let manifest = BackupManifest(createdAt: now, learners: copier.learners, files: copier.files)
            try copier.writeFile(manifest.encoded(), to: BackupManifest.fileName)
            try copier.syncFolders()
            guard rename(staging, target + "/" + name) == 0 else { throw BackupError.writing(errno: errno, destination: target) }
            try copier.sync(target)
        } catch {
            removeTree(staging)
            throw error
        }
        return BackupResult(folder: URL(fileURLWithPath: target + "/" + name, isDirectory: true),
                            learners: copier.learners, learnersInUse: copier.inUse, files: copier.files,
                            bytes: copier.bytes, skipped: copier.skipped, unreadable: copier.unreadable,
                            warnings: copier.warnings)
    }

    // MARK: - Learners

    private func copyLearners(_ copier: inout BackupCopier, data: StoreFolder, now: Date) throws(BackupError) {
        let store = LearnerStore(directory: directory)
        let folder: StoreFolder
        let names: [String]
        do {
            guard let learners = try data.subfolder("learners", create: false) else { return }
            folder = learners
            names = try folder.names().sorted()
        } catch {
            throw .store(error)
        }
        try copier.makeFolder("learners")
        var copiedBackups = Set<String>()
        for name in names where name.utf8.first != UInt8(ascii: ".") && !name.hasSuffix(".lock") && !name.hasSuffix(".json.bak") {
            let id = String(name.prefix { $0 != "." })
            guard name == id + ".json", LearnerID.isValid(id) else {
                try copier.copyFile(name, in: folder, to: "learners/" + name)
                continue
            }
            var lock: LearnerLock?
            do {
                lock = try store.lock(id: id, displayName: nil, at: now)
                copier.warnings += lock?.warnings ?? []
            } catch .learnerInUse {
                copier.inUse.append(id)
            } catch {
                throw .store(error)
            }
            defer { lock?.release() }
            if try copier.copyFile(name, in: folder, to: "learners/" + name) {
                copier.learners += 1
                if backupReadable(copier.staging + "/learners/" + name) == false { copier.unreadable.append("learners/" + name) }
                let bak = name + ".bak"
                if names.contains(bak) {
                    try copier.copyFile(bak, in: folder, to: "learners/" + bak)
                    copiedBackups.insert(bak)
                }
            }
        }
        // The other backups (whose main file is gone, e.g. a damaged file set aside).
        for name in names where name.utf8.first != UInt8(ascii: ".") && name.hasSuffix(".json.bak") && !copiedBackups.contains(name) {
            try copier.copyFile(name, in: folder, to: "learners/" + name)
        }
    }

    private func backupReadable(_ path: String) -> Bool {
        (try? LearnerStore.readRecord(at: URL(fileURLWithPath: path))) != nil
    }

    // MARK: - Helpers

    /// `20250615-150640` in `timeZone` (no colons: USB sticks are FAT).
    static func stamp(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}

/// Copies files into a hidden folder (a backup being made, or a restore), counting what it did. Reads go through
/// `StoreFolder` (no link followed, only regular files, never a FIFO); writes create new files.
struct BackupCopier {
    let staging: String
    /// The folder the backup goes into (named in messages).
    let destination: String
    var learners = 0
    var inUse: [String] = []
    var files = 0
    var bytes = 0
    var skipped: [String] = []
    var unreadable: [String] = []
    var warnings: [StoreWarning] = []
    /// Folders created, deepest last (synced in reverse at the end).
    var folders: [String] = []

    /// The largest file copied (larger ones are not the data directory's: skipped).
    static let fileSizeLimit = LearnerStore.fileSizeLimit

    init(staging: String, destination: String) {
        self.staging = staging
        self.destination = destination
    }

    mutating func makeFolder(_ relative: String) throws(BackupError) {
        let path = relative.isEmpty ? staging : staging + "/" + relative
        guard mkdir(path, 0o755) == 0 else { throw .writing(errno: errno, destination: destination) }
        folders.append(path)
    }

    /// Copies the regular file `name` of `folder` (never through a link); returns false when
    /// there is none, or it is a link, special file or too large (then listed in `skipped`).
    @discardableResult
    mutating func copyFile(_ name: String, in folder: StoreFolder, to relative: String) throws(BackupError) -> Bool {
        let data: Data
        do {
            guard let read = try folder.read(name, limit: Self.fileSizeLimit) else { return false }
            data = read
        } catch .notAFile, .fileTooLarge {
            skipped.append(relative)
            return false
        } catch {
            throw .store(error)
        }
        try writeFile(data, to: relative)
        files += 1
        bytes += data.count
        return true
    }

    /// Writes `data` as the new file `relative` of the copy, durably (never through a link).
    func writeFile(_ data: Data, to relative: String) throws(BackupError) {
        let target = staging + "/" + relative
        let output = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw .writing(errno: errno, destination: destination) }
        defer { close(output) }
        var written = 0
        while written < data.count {
            let count = data.withUnsafeBytes { buffer in Glibc.write(output, buffer.baseAddress.map { $0 + written }, buffer.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .writing(errno: errno, destination: destination)
            }
            written += count
        }
        guard fsync(output) == 0 else { throw .writing(errno: errno, destination: destination) }
    }

    /// Copies the folder `name` of `parent`: its regular files and subfolders (hidden entries,
    /// links and special files left out), never through a link.
    mutating func copyTree(named name: String, in parent: StoreFolder, to relative: String) throws(BackupError) {
        let folder: StoreFolder
        do {
            guard let opened = try parent.subfolder(name, create: false) else { return }
            folder = opened
        } catch .notAFolder {
            skipped.append(relative)
            return
        } catch {
            throw .store(error)
        }
        try makeFolder(relative)
        let names: [String]
        do { names = try folder.names().sorted() } catch { throw .store(error) }
        for child in names where child.utf8.first != UInt8(ascii: ".") {
            switch folder.entry(child)?.kind {
            case .folder?: try copyTree(named: child, in: folder, to: relative + "/" + child)
            case .regular?: try copyFile(child, in: folder, to: relative + "/" + child)
            case nil: continue
            default: skipped.append(relative + "/" + child)
            }
        }
    }

    /// fsyncs every folder created, deepest first.
    func syncFolders() throws(BackupError) {
        for folder in folders.reversed() { try sync(folder) }
    }

    /// fsyncs one folder of the destination.
    func sync(_ folder: String) throws(BackupError) {
        do {
            try DurableFile.syncFolder(folder)
        } catch {
            switch error {
            case .diskFull: throw .destinationFull(path: destination)
            case .readOnly: throw .destinationNotWritable(path: destination)
            default: throw .destinationFailed(path: destination, errno: EIO)
            }
        }
    }
}

func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
}

func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
}

/// `base`, else `base-2`, `base-3`, …: the first name `isTaken` says is free (a new backup
/// folder, or the name the data is kept under before a restore).
func firstFree(_ base: String, isTaken: (String) -> Bool) -> String {
    var name = base
    var counter = 2
    while isTaken(name) {
        name = base + "-" + String(counter)
        counter += 1
    }
    return name
}

/// Removes an unfinished backup folder (links removed, never followed).
func removeTree(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return }
    if status.st_mode & S_IFMT == S_IFDIR {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { removeTree(path + "/" + name) }
        rmdir(path)
    } else {
        unlink(path)
    }
}
