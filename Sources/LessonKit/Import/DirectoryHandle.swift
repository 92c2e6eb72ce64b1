import Glibc

/// An open folder, used for everything the importer reads and writes: every call names an entry
/// *in* this folder (`openat`, `fstatat`, `mkdirat`, `renameat`, `unlinkat`), never a path, and
/// never follows a link, so a folder swapped for a link while the import runs cannot lead it
/// elsewhere.
final class DirectoryHandle: Sendable {
    /// The open descriptor (closed when the handle goes away).
    let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// What an entry is, by `fstatat` without following links.
    enum Kind: Equatable {
        case regular
        case directory
        case symbolicLink
        case special(Diagnostic.SpecialFileKind)
    }

    /// An entry's kind, size and identity.
    struct Info: Equatable {
        var kind: Kind
        var size: Int
        var device: UInt64
        var inode: UInt64
    }

    /// One name in a folder, as bytes and (when valid UTF-8) as a string.
    struct Name: Equatable {
        var bytes: [UInt8]
        /// The name, `nil` when it is not UTF-8.
        var text: String?
        /// The name for messages (invalid UTF-8 shown as U+FFFD).
        var display: String { text ?? String(decoding: bytes, as: UTF8.self) }
        /// Whether it starts with a dot.
        var isHidden: Bool { bytes.first == 0x2E }
    }

    // MARK: - Opening

    /// Opens the folder at `path`; a link as the last part of the path is not followed.
    /// - Returns: the handle, or the `errno` (`ELOOP` or `ENOTDIR` for a link or a file).
    static func open(path: String) -> Result<DirectoryHandle, Errno> {
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Errno(errno)) }
        return .success(DirectoryHandle(descriptor: descriptor))
    }

    /// Opens the folder `name` in this one, without following a link.
    func openFolder(_ name: String) -> Result<DirectoryHandle, Errno> {
        let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return .failure(Errno(errno)) }
        return .success(DirectoryHandle(descriptor: child))
    }

    // MARK: - Reading

    /// The names in this folder (not `.` and `..`), sorted by their bytes.
    func names() -> Result<[Name], Errno> {
        let copy = dup(descriptor)
        guard copy >= 0 else { return .failure(Errno(errno)) }
        guard let stream = fdopendir(copy) else {
            let code = errno
            close(copy)
            return .failure(Errno(code))
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [Name] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            names.append(Name(bytes: bytes, text: String(validating: bytes, as: UTF8.self)))
        }
        return .success(names.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) })
    }

    /// The kind, size and identity of the entry `name` (a link is described, not followed).
    func info(_ name: String) -> Result<Info, Errno> {
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return .failure(Errno(errno)) }
        return .success(Self.info(status))
    }

    /// Whether an entry called `name` exists (of any kind).
    func contains(_ name: String) -> Bool {
        var status = stat()
        return fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// Why a file could not be read for copying.
    enum ReadFailure: Error, Equatable {
        /// It is not the regular file seen when the folder was walked.
        case changed
        /// It grew past the size limit.
        case tooLarge(bytes: Int)
        /// A system error.
        case system(Errno)
    }

    /// Reads the regular file `name`, checking that it is still the file `expected` describes
    /// and no larger than `limit` bytes.
    func read(_ name: String, expected: Info, limit: Int) -> Result<[UInt8], ReadFailure> {
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else {
            let code = errno
            return .failure(code == ELOOP ? .changed : .system(Errno(code)))
        }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0 else { return .failure(.system(Errno(errno))) }
        let info = Self.info(status)
        guard info.kind == .regular, info.device == expected.device, info.inode == expected.inode else {
            return .failure(.changed)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(info.size)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(Errno(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count)) }
        }
        return .success(bytes)
    }

    // MARK: - Writing

    /// Creates the folder `name` in this one and opens it.
    func makeFolder(_ name: String) -> Result<DirectoryHandle, Errno> {
        guard mkdirat(descriptor, name, 0o755) == 0 else { return .failure(Errno(errno)) }
        return openFolder(name)
    }

    /// Creates the file `name` (it must not exist) with `bytes`, and fsyncs it.
    func write(_ name: String, bytes: [UInt8]) -> Result<Void, Errno> {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { return .failure(Errno(errno)) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(file, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(file)
                return .failure(Errno(code))
            }
            written += count
        }
        if fsync(file) != 0 {
            let code = errno
            close(file)
            return .failure(Errno(code))
        }
        guard close(file) == 0 else { return .failure(Errno(errno)) }
        return .success(())
    }

    /// fsyncs this folder, so that entries created or renamed in it survive a power cut
    /// (file systems that cannot sync folders are accepted).
    func sync() -> Result<Void, Errno> {
        if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS { return .failure(Errno(errno)) }
        return .success(())
    }

    /// Renames the entry `name` here to `newName` in `folder`; fails if `newName` exists and
    /// is not an empty folder.
    func rename(_ name: String, to folder: DirectoryHandle, as newName: String) -> Result<Void, Errno> {
        guard renameat(descriptor, name, folder.descriptor, newName) == 0 else { return .failure(Errno(errno)) }
        return .success(())
    }

    /// Removes the entry `name` and, for a folder, everything in it; links are removed, never
    /// followed. Best effort: what cannot be removed stays.
    func removeTree(_ name: String) {
        guard case .success(let found) = info(name) else { return }
        if found.kind == .directory, case .success(let child) = openFolder(name), case .success(let names) = child.names() {
            // Only folders this importer made are removed, and it writes UTF-8 names only.
            for entry in names {
                if let text = entry.text { child.removeTree(text) }
            }
            _ = unlinkat(descriptor, name, AT_REMOVEDIR)
        } else {
            _ = unlinkat(descriptor, name, 0)
        }
    }

    // MARK: - Locking

    /// Opens (creating it) the file `name` here and takes an exclusive `flock` on it, waiting
    /// for another holder; the lock lasts until the returned handle goes away.
    func lockFile(_ name: String) -> Result<FileLock, Errno> {
        let file = openat(descriptor, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { return .failure(Errno(errno)) }
        while flock(file, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(file)
            return .failure(Errno(code))
        }
        return .success(FileLock(descriptor: file))
    }

    private static func info(_ status: stat) -> Info {
        let kind: Kind
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        case S_IFIFO: kind = .special(.fifo)
        case S_IFSOCK: kind = .special(.socket)
        default: kind = .special(.device)
        }
        return Info(kind: kind, size: Int(status.st_size), device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}

/// An exclusive `flock` held until this goes away.
final class FileLock: Sendable {
    private let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// A system error number, with its text.
struct Errno: Error, Equatable, Sendable {
    /// The `errno` value.
    var code: Int32

    init(_ code: Int32) {
        self.code = code
    }

    /// The system's description, e.g. "No space left on device".
    var text: String {
        guard let pointer = strerror(code) else { return "errno \(code)" }
        return String(cString: pointer)
    }
}
