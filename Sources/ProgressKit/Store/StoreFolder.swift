import CFileSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder of the data directory held open by descriptor. Every file in it is opened relative
/// to it (`openat`) and never through a symbolic link (`O_NOFOLLOW`); files are read only when
/// `fstat` says they are regular and no larger than a limit; reads never wait (`O_NONBLOCK`:
/// a FIFO cannot hang them). Writes go to new files created exclusively and renamed into place,
/// so nothing already in the folder is ever written through.
///
/// The data directory itself is opened by its path as given (links in that path are the
/// person's choice); its subfolders (`learners/`, `removed/`) only when they are real folders.
final class StoreFolder {
    /// The folder's path, for messages.
    let path: String
    /// The open folder.
    let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    // MARK: - Opening

    /// Opens the folder at `path` (following links in the path), creating it and its parents
    /// when `create` is set.
    /// - Returns: nil when there is no such folder (and `create` is not set).
    /// - Throws: `StoreError` when it cannot be opened or created, or is not a folder.
    static func open(path: String, create: Bool) throws(StoreError) -> StoreFolder? {
        if create, !FileManager.default.fileExists(atPath: path) {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                let code = (error as NSError).domain == NSPOSIXErrorDomain ? Int32((error as NSError).code) : EACCES
                let parent = (path as NSString).deletingLastPathComponent
                throw StoreError.from(errno: code == ENOENT ? EACCES : code, path: path, folder: parent, operation: "mkdir")
            }
        }
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            if code == ENOTDIR { throw .notAFolder(path: path, kind: .regular) }
            throw StoreError.reading(errno: code, path: path, folder: path, operation: "open folder")
        }
        return StoreFolder(path: path, descriptor: descriptor)
    }

    /// Opens the subfolder `name`, never through a link, creating it when `create` is set.
    /// - Returns: nil when there is none (and `create` is not set).
    /// - Throws: `StoreError.notAFolder` when a link or a file is there, or an I/O error.
    func subfolder(_ name: String, create: Bool) throws(StoreError) -> StoreFolder? {
        let subpath = path + "/" + name
        if create, mkdirat(descriptor, name, 0o755) != 0, errno != EEXIST {
            throw StoreError.from(errno: errno, path: subpath, folder: path, operation: "mkdir")
        }
        let opened = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard opened >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            if code == ENOTDIR || code == ELOOP {
                throw .notAFolder(path: subpath, kind: entry(name)?.kind ?? .other)
            }
            throw StoreError.reading(errno: code, path: subpath, folder: path, operation: "open folder")
        }
        return StoreFolder(path: subpath, descriptor: opened)
    }

    // MARK: - Entries

    /// What is at `name` (links not followed), or nil when nothing is.
    func entry(_ name: String) -> Entry? {
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return Entry(status)
    }

    /// The names in the folder (`.` and `..` left out), unsorted.
    /// - Throws: `StoreError` when the folder cannot be listed.
    func names() throws(StoreError) -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw StoreError.reading(errno: code, path: path, folder: path, operation: "list folder")
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let item = readdir(stream) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    // MARK: - Reading

    /// The bytes of the regular file `name`, or nil when there is none.
    /// - Parameters:
    ///   - name: a name in this folder.
    ///   - limit: the most bytes a file of this kind may have.
    /// - Throws: `StoreError.notAFile` for a link, FIFO, device or folder (not opened, or opened
    ///   without waiting and closed unread); `.fileTooLarge`; `.unreadable`; other read errors.
    func read(_ name: String, limit: Int) throws(StoreError) -> Data? {
        let filePath = path + "/" + name
        // Look before opening: opening some devices does something by itself.
        if let found = entry(name), found.kind != .regular {
            throw .notAFile(path: filePath, kind: found.kind)
        }
        let opened = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard opened >= 0 else {
            if errno == ENOENT { return nil }
            throw StoreError.reading(errno: errno, path: filePath, folder: path, operation: "open")
        }
        defer { close(opened) }
        var status = stat()
        guard fstat(opened, &status) == 0 else {
            throw StoreError.reading(errno: errno, path: filePath, folder: path, operation: "fstat")
        }
        let kind = FileKind(mode: status.st_mode)
        guard kind == .regular else { throw .notAFile(path: filePath, kind: kind) }
        guard Int(status.st_size) <= limit else {
            throw .fileTooLarge(path: filePath, size: Int(status.st_size), limit: limit)
        }
        return try readAll(opened, expected: Int(status.st_size), limit: limit, path: filePath)
    }

    private func readAll(_ opened: Int32, expected: Int, limit: Int, path filePath: String) throws(StoreError) -> Data {
        var data = Data(count: max(0, expected) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                // The file grew while being read: read on, but never past the limit.
                guard data.count <= limit else { throw .fileTooLarge(path: filePath, size: data.count, limit: limit) }
                data.count = min(limit + 1, data.count + 64 * 1024)
            }
            let count = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(opened, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.reading(errno: errno, path: filePath, folder: path, operation: "read")
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= limit else { throw .fileTooLarge(path: filePath, size: filled, limit: limit) }
        data.count = filled
        return data
    }

    // MARK: - Writing

    /// Writes `data` to a new hidden temporary file in this folder (created exclusively, never
    /// through a link) and fsyncs it.
    /// - Parameters:
    ///   - name: the file it will become (names the temporary file).
    ///   - mode: its permissions (0644; 0600 for recovery files).
    /// - Returns: the temporary file's name.
    /// - Throws: `StoreError` (disk full, read-only, other I/O); no temporary file is left.
    func writeTemporary(_ data: Data, for name: String, mode: mode_t = 0o644) throws(StoreError) -> String {
        let filePath = path + "/" + name
        let temporary = DurableFile.temporaryName(for: name)
        let opened = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard opened >= 0 else {
            throw StoreError.from(errno: errno, path: filePath, folder: path, operation: "create")
        }
        var failure: StoreError?
        var written = 0
        while written < data.count {
            let count = data.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(opened, base + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                failure = .from(errno: errno, path: filePath, folder: path, operation: "write")
                break
            }
            written += count
        }
        if failure == nil, fsync(opened) != 0 {
            failure = .from(errno: errno, path: filePath, folder: path, operation: "fsync")
        }
        if close(opened) != 0, failure == nil {
            failure = .from(errno: errno, path: filePath, folder: path, operation: "close")
        }
        if let failure {
            remove(temporary)
            throw failure
        }
        return temporary
    }

    /// Puts the temporary file in place of `name`. A regular file that was there becomes `backup`
    /// (the two names are exchanged atomically, then the old file renamed to `backup`; where the
    /// file system cannot exchange names, the old bytes are copied to `backup` first), so the
    /// backup is always a file of its own. A link or special file at `name` is replaced, never
    /// written through. The folder is not synced (call `sync()`).
    /// - Throws: `StoreError`; then `name` is as it was (the temporary file is the caller's).
    func replace(_ name: String, with temporary: String, backup: String?) throws(StoreError) {
        let filePath = path + "/" + name
        if let backup, entry(name)?.kind == .regular {
            if renameat2(descriptor, temporary, descriptor, name, cunxue_rename_exchange()) == 0 {
                // `temporary` now names the previous generation.
                if renameat(descriptor, temporary, descriptor, backup) != 0 { remove(temporary) }
                return
            }
            let code = errno
            guard code == EINVAL || code == ENOSYS || code == EOPNOTSUPP || code == ENOTSUP else {
                if code != ENOENT { throw StoreError.from(errno: code, path: filePath, folder: path, operation: "exchange") }
                return try rename(temporary, to: name)
            }
            // No exchange here (e.g. a FAT USB stick): copy the previous generation to the backup.
            if let old = try? read(name, limit: 1 << 40) {
                let copy = try writeTemporary(old, for: backup)
                guard renameat(descriptor, copy, descriptor, backup) == 0 else {
                    let code = errno
                    remove(copy)
                    throw StoreError.from(errno: code, path: path + "/" + backup, folder: path, operation: "rename")
                }
            }
        }
        try rename(temporary, to: name)
    }

    /// Gives the temporary file the name `name` unless something is already there.
    /// - Returns: false when `name` exists (the temporary file is left to the caller).
    /// - Throws: `StoreError`.
    func createExclusively(_ name: String, from temporary: String) throws(StoreError) -> Bool {
        let filePath = path + "/" + name
        if renameat2(descriptor, temporary, descriptor, name, cunxue_rename_noreplace()) == 0 { return true }
        let code = errno
        if code == EEXIST { return false }
        guard code == EINVAL || code == ENOSYS || code == EOPNOTSUPP || code == ENOTSUP else {
            throw StoreError.from(errno: code, path: filePath, folder: path, operation: "rename")
        }
        // No such rename here: check, then rename (two copies adding at once are rare on such disks).
        if entry(name) != nil { return false }
        try rename(temporary, to: name)
        return true
    }

    /// Renames `name` to `newName`, in this folder or in `folder`.
    /// - Throws: `StoreError`.
    func rename(_ name: String, to newName: String, in folder: StoreFolder? = nil) throws(StoreError) {
        let target = folder ?? self
        guard renameat(descriptor, name, target.descriptor, newName) == 0 else {
            throw StoreError.from(errno: errno, path: path + "/" + name, folder: path, operation: "rename")
        }
    }

    /// Removes the name `name` (a link is removed, never followed). Best effort.
    func remove(_ name: String) {
        _ = unlinkat(descriptor, name, 0)
    }

    /// fsyncs the folder so that renames in it survive a power cut.
    /// - Throws: `StoreError` (file systems that cannot sync folders are accepted).
    func sync() throws(StoreError) {
        if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS {
            throw StoreError.from(errno: errno, path: path, folder: path, operation: "fsync folder")
        }
    }

    // MARK: - Setting aside

    /// Renames `name` to `<name><suffix><time>` (a free name), so that whatever it is — a link,
    /// a FIFO, a damaged file — is kept but no longer taken for one of the store's files.
    /// - Returns: the new name.
    /// - Throws: `StoreError` when it cannot be renamed.
    func setAside(_ name: String, suffix: String, now: Date) throws(StoreError) -> String {
        let base = name + suffix + LearnerStore.stamp(now)
        var target = base
        var counter = 2
        while entry(target) != nil {
            target = base + "-" + String(counter)
            counter += 1
        }
        try rename(name, to: target)
        try sync()
        return target
    }

    // MARK: - Lock files

    /// The most bytes a lock file the store wrote has.
    static let lockFileLimit = 64 * 1024

    /// Opens the lock file `name` for `flock`, creating it if needed. Only a regular file with one
    /// name and at most `lockFileLimit` bytes is used (it is written in place); a link, special
    /// file, hard link or large file found there is set aside first and a new one created.
    /// - Returns: the open file (read-write, or read-only in a read-only folder) and warnings
    ///   for what was set aside.
    /// - Throws: `StoreError`.
    func openLockFile(_ name: String, now: Date) throws(StoreError) -> (descriptor: Int32, warnings: [StoreWarning]) {
        let filePath = path + "/" + name
        var warnings: [StoreWarning] = []
        for _ in 0..<4 {
            if let found = entry(name), !found.isStoreLockFile {
                warnings.append(try setAsideForeign(name, kind: found.foreignKind, now: now))
                continue
            }
            var opened = openat(descriptor, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0o644)
            var code = errno
            if opened < 0, code == EROFS || code == EACCES || code == EPERM {
                // A read-only folder: an existing lock file can still be locked (the holder is not written).
                opened = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
                if opened < 0, errno != ENOENT { code = errno }
            }
            guard opened >= 0 else {
                if code == ELOOP || code == EISDIR || code == ENXIO { continue }  // changed meanwhile: look again
                throw StoreError.from(errno: code, path: filePath, folder: path, operation: "open lock")
            }
            var status = stat()
            guard fstat(opened, &status) == 0 else {
                let code = errno
                close(opened)
                throw StoreError.from(errno: code, path: filePath, folder: path, operation: "fstat lock")
            }
            let found = Entry(status)
            guard found.isStoreLockFile else {
                close(opened)
                continue  // replaced between the look and the open: look again
            }
            return (opened, warnings)
        }
        throw .notAFile(path: filePath, kind: entry(name)?.foreignKind ?? .other)
    }

    /// Sets aside something found where one of the store's files should be.
    /// - Returns: the warning that says so.
    func setAsideForeign(_ name: String, kind: FileKind, now: Date) throws(StoreError) -> StoreWarning {
        let newName = try setAside(name, suffix: kind.setAsideSuffix, now: now)
        return .setAside(file: path + "/" + name, setAsideAs: path + "/" + newName, kind: kind)
    }

    /// What `fstatat` tells about an entry.
    struct Entry {
        var kind: FileKind
        var links: Int
        var size: Int
        var inode: UInt
        var device: UInt
        var changedAt: Date

        init(_ status: stat) {
            kind = FileKind(mode: status.st_mode)
            links = Int(status.st_nlink)
            size = Int(status.st_size)
            inode = UInt(status.st_ino)
            device = UInt(status.st_dev)
            changedAt = Date(timeIntervalSince1970: Double(status.st_ctim.tv_sec))
        }

        /// A regular file with one name, small: a lock file as the store writes it.
        var isStoreLockFile: Bool {
            kind == .regular && links == 1 && size <= StoreFolder.lockFileLimit
        }

        /// How a file that is not the store's is described: a hard link for a regular file with
        /// several names.
        var foreignKind: FileKind {
            kind == .regular && links > 1 ? .hardLink : kind
        }
    }
}
