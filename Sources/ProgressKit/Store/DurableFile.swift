import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Atomic, durable file writes and careful reads, with POSIX calls so every failure has its errno.
///
/// A write goes to a hidden temporary file in the same folder (`.<name>.<pid>.<random>.tmp`),
/// is fsynced, optionally hard-links the old file to its backup, is renamed over the old file,
/// and the folder is fsynced. Whatever happens, the path holds either the old or the new bytes,
/// and a failed write removes its temporary file.
enum DurableFile {
    /// The suffix of temporary files (never `.json`, so they are never taken for learner files).
    static let temporarySuffix = ".tmp"

    /// Replaces the file at `path` with `data`.
    /// - Parameters:
    ///   - data: the new contents.
    ///   - path: the file.
    ///   - backup: where the previous generation is kept, if anywhere.
    /// - Throws: `StoreError` (disk full, read-only, folder missing, other I/O).
    static func write(_ data: Data, to path: String, keepingBackupAt backup: String?) throws(StoreError) {
        let folder = parent(of: path)
        let temporary = try writeTemporary(data, for: path)
        do throws(StoreError) {
            if let backup { try link(path, asBackup: backup, folder: folder) }
            guard rename(temporary, path) == 0 else {
                throw StoreError.from(errno: errno, path: path, folder: folder, operation: "rename")
            }
        } catch {
            unlink(temporary)
            throw error
        }
        try syncFolder(folder)
    }

    /// Creates the file at `path` with `data`, failing with `false` if a file is already there.
    /// - Throws: `StoreError` (disk full, read-only, folder missing, other I/O).
    static func create(_ data: Data, at path: String) throws(StoreError) -> Bool {
        let folder = parent(of: path)
        let temporary = try writeTemporary(data, for: path)
        defer { unlink(temporary) }
        guard Glibc.link(temporary, path) == 0 else {
            let code = errno
            if code == EEXIST { return false }
            if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK {
                // No hard links here (e.g. a FAT USB stick): check, then rename.
                if access(path, F_OK) == 0 { return false }
                guard rename(temporary, path) == 0 else {
                    throw StoreError.from(errno: errno, path: path, folder: folder, operation: "rename")
                }
                try syncFolder(folder)
                return true
            }
            throw StoreError.from(errno: code, path: path, folder: folder, operation: "link")
        }
        try syncFolder(folder)
        return true
    }

    /// The bytes of the file at `path`, or nil if there is no file.
    /// - Throws: `StoreError` when the file exists but cannot be read.
    static func read(_ path: String) throws(StoreError) -> Data? {
        let folder = parent(of: path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw StoreError.from(errno: code, path: path, folder: folder, operation: "open")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw StoreError.from(errno: errno, path: path, folder: folder, operation: "fstat")
        }
        var data = Data(count: max(0, Int(status.st_size)))
        var filled = 0
        while true {
            if filled == data.count { data.count += 64 * 1024 }
            let count = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.from(errno: errno, path: path, folder: folder, operation: "read")
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }

    /// Renames `path` to `newPath` (in the same or another folder) and syncs both folders.
    /// - Throws: `StoreError`.
    static func move(_ path: String, to newPath: String) throws(StoreError) {
        let folder = parent(of: path)
        guard rename(path, newPath) == 0 else {
            throw StoreError.from(errno: errno, path: path, folder: folder, operation: "rename")
        }
        try syncFolder(parent(of: newPath))
        if parent(of: newPath) != folder { try syncFolder(folder) }
    }

    /// fsyncs a folder so that renames in it survive a power cut.
    /// - Throws: `StoreError` (file systems that cannot sync folders are accepted).
    static func syncFolder(_ folder: String) throws(StoreError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError.from(errno: errno, path: folder, folder: folder, operation: "open folder")
        }
        defer { close(descriptor) }
        if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS {
            throw StoreError.from(errno: errno, path: folder, folder: folder, operation: "fsync folder")
        }
    }

    /// The hidden temporary name for a file at `path`, unique to this process and call.
    static func temporaryPath(for path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return parent(of: path) + "/." + stem + "." + String(getpid()) + "." + token + temporarySuffix
    }

    /// Whether a folder entry is one of our temporary files.
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(temporarySuffix)
    }

    /// The pid of the process that wrote a temporary file, read from its name.
    static func writerPID(ofTemporary name: String) -> Int32? {
        guard isTemporary(name) else { return nil }
        let parts = name.dropLast(temporarySuffix.count).split(separator: ".")
        guard parts.count >= 3 else { return nil }
        return Int32(parts[parts.count - 2])
    }

    // MARK: - Steps

    private static func writeTemporary(_ data: Data, for path: String) throws(StoreError) -> String {
        let folder = parent(of: path)
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreError.from(errno: errno, path: path, folder: folder, operation: "create")
        }
        var failure: StoreError?
        var written = 0
        while written < data.count {
            let count = data.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                failure = .from(errno: errno, path: path, folder: folder, operation: "write")
                break
            }
            written += count
        }
        if failure == nil, fsync(descriptor) != 0 {
            failure = .from(errno: errno, path: path, folder: folder, operation: "fsync")
        }
        if close(descriptor) != 0, failure == nil {
            failure = .from(errno: errno, path: path, folder: folder, operation: "close")
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    /// Makes `backup` another name of the current file at `path` (no copy; atomic replace).
    private static func link(_ path: String, asBackup backup: String, folder: String) throws(StoreError) {
        let staging = temporaryPath(for: backup)
        guard Glibc.link(path, staging) == 0 else {
            let code = errno
            if code == ENOENT { return }  // no previous generation
            if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK {
                // No hard links here (e.g. a FAT USB stick): copy instead.
                if let old = try read(path) { try write(old, to: backup, keepingBackupAt: nil) }
                return
            }
            throw StoreError.from(errno: code, path: backup, folder: folder, operation: "link")
        }
        guard rename(staging, backup) == 0 else {
            let code = errno
            unlink(staging)
            throw StoreError.from(errno: code, path: backup, folder: folder, operation: "rename")
        }
    }

    private static func parent(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
