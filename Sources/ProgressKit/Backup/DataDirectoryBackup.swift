import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A consistent copy of a data directory, safe while the app runs, for a USB stick after a
/// day's training.
///
/// The copy is `DEST/cunxue-backup-YYYYMMDD-HHMMSS/` with `learners/`, `removed/`, `lessons/`
/// and `instructor.json` as in the data directory (lock files and temporary files left out;
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
        let name = uniqueName(in: target, base: "cunxue-backup-" + Self.stamp(now, timeZone: timeZone))
        let staging = target + "/." + name + ".tmp"
        var copier = Copier(staging: staging)
        do throws(StoreError) {
            try copier.makeFolder("")
            try copyLearners(&copier, now: now)
            for folder in ["removed", "lessons"] {
                try copier.copyTree(from: source + "/" + folder, to: folder)
            }
            for file in ["instructor.json", "instructor.json.bak"] {
                try copier.copyFile(from: source + "/" + file, to: file)
            }
            try copier.syncFolders()
            try DurableFile.move(staging, to: target + "/" + name)
        } catch {
            removeTree(staging)
            throw .store(error)
        }
        return BackupResult(folder: URL(fileURLWithPath: target + "/" + name, isDirectory: true),
                            learners: copier.learners, learnersInUse: copier.inUse, files: copier.files,
                            bytes: copier.bytes, skipped: copier.skipped, unreadable: copier.unreadable)
    }

    // MARK: - Learners

    private func copyLearners(_ copier: inout Copier, now: Date) throws(StoreError) {
        let store = LearnerStore(directory: directory)
        let folder = directory.learnersFolder.path
        guard isFolder(folder) else { return }
        try copier.makeFolder("learners")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var copiedBackups = Set<String>()
        for name in names where !name.hasPrefix(".") && !name.hasSuffix(".lock") && !name.hasSuffix(".json.bak") {
            let id = String(name.prefix { $0 != "." })
            guard name == id + ".json", LearnerID.isValid(id) else {
                try copier.copyFile(from: folder + "/" + name, to: "learners/" + name)
                continue
            }
            var lock: LearnerLock?
            do {
                lock = try store.lock(id: id, displayName: nil, at: now)
            } catch .learnerInUse {
                copier.inUse.append(id)
            } catch {
                throw error
            }
            defer { lock?.release() }
            if try copier.copyFile(from: folder + "/" + name, to: "learners/" + name) {
                copier.learners += 1
                if backupReadable(copier.staging + "/learners/" + name) == false { copier.unreadable.append("learners/" + name) }
                let bak = name + ".bak"
                if names.contains(bak) {
                    try copier.copyFile(from: folder + "/" + bak, to: "learners/" + bak)
                    copiedBackups.insert(bak)
                }
            }
        }
        // The other backups (whose main file is gone, e.g. a damaged file set aside).
        for name in names where !name.hasPrefix(".") && name.hasSuffix(".json.bak") && !copiedBackups.contains(name) {
            try copier.copyFile(from: folder + "/" + name, to: "learners/" + name)
        }
    }

    private func backupReadable(_ path: String) -> Bool {
        (try? LearnerStore.readRecord(at: URL(fileURLWithPath: path))) != nil
    }

    // MARK: - Helpers

    private func uniqueName(in folder: String, base: String) -> String {
        var name = base
        var counter = 2
        while FileManager.default.fileExists(atPath: folder + "/" + name) || FileManager.default.fileExists(atPath: folder + "/." + name + ".tmp") {
            name = base + "-" + String(counter)
            counter += 1
        }
        return name
    }

    /// `20250615-150640` in `timeZone` (no colons: USB sticks are FAT).
    static func stamp(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}

/// Copies files into the hidden backup folder, counting what it did.
private struct Copier {
    let staging: String
    var learners = 0
    var inUse: [String] = []
    var files = 0
    var bytes = 0
    var skipped: [String] = []
    var unreadable: [String] = []
    /// Folders created, deepest last (synced in reverse at the end).
    var folders: [String] = []

    init(staging: String) {
        self.staging = staging
    }

    mutating func makeFolder(_ relative: String) throws(StoreError) {
        let path = relative.isEmpty ? staging : staging + "/" + relative
        guard mkdir(path, 0o755) == 0 else {
            throw StoreError.from(errno: errno, path: path, folder: path, operation: "mkdir")
        }
        folders.append(path)
    }

    /// Copies a regular file (never through a link); returns false when there is none.
    @discardableResult
    mutating func copyFile(from source: String, to relative: String) throws(StoreError) -> Bool {
        var status = stat()
        guard lstat(source, &status) == 0 else { return false }
        guard status.st_mode & S_IFMT == S_IFREG else {
            skipped.append(relative)
            return false
        }
        let input = open(source, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard input >= 0 else {
            if errno == ENOENT { return false }
            throw StoreError.from(errno: errno, path: source, folder: source, operation: "open")
        }
        defer { close(input) }
        guard let data = try readAll(input, path: source) else { return false }
        let target = staging + "/" + relative
        let output = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard output >= 0 else {
            throw StoreError.from(errno: errno, path: target, folder: staging, operation: "create")
        }
        defer { close(output) }
        var written = 0
        while written < data.count {
            let count = data.withUnsafeBytes { buffer in Glibc.write(output, buffer.baseAddress.map { $0 + written }, buffer.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.from(errno: errno, path: target, folder: staging, operation: "write")
            }
            written += count
        }
        guard fsync(output) == 0 else {
            throw StoreError.from(errno: errno, path: target, folder: staging, operation: "fsync")
        }
        files += 1
        bytes += data.count
        return true
    }

    /// Copies a folder's regular files and subfolders (hidden entries, links and special files left out).
    mutating func copyTree(from source: String, to relative: String) throws(StoreError) {
        var status = stat()
        guard lstat(source, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            skipped.append(relative)
            return
        }
        try makeFolder(relative)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let path = source + "/" + name
            guard lstat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: try copyTree(from: path, to: relative + "/" + name)
            case S_IFREG: try copyFile(from: path, to: relative + "/" + name)
            default: skipped.append(relative + "/" + name)
            }
        }
    }

    /// fsyncs every folder created, deepest first.
    func syncFolders() throws(StoreError) {
        for folder in folders.reversed() { try DurableFile.syncFolder(folder) }
    }

    private func readAll(_ descriptor: Int32, path: String) throws(StoreError) -> Data? {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.from(errno: errno, path: path, folder: path, operation: "read")
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }
}

private func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
}

private func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
}

/// Removes an unfinished backup folder (links removed, never followed).
private func removeTree(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return }
    if status.st_mode & S_IFMT == S_IFDIR {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { removeTree(path + "/" + name) }
        rmdir(path)
    } else {
        unlink(path)
    }
}
