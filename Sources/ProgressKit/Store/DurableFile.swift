import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Atomic, durable file writes in a `StoreFolder`, with POSIX calls so every failure has its errno.
///
/// A write goes to a hidden temporary file in the same folder (`.<name>.<pid>.<random>.tmp`),
/// created exclusively and fsynced; it then takes the file's name (the previous file becoming the
/// backup, a file of its own — see `StoreFolder.replace`) and the folder is fsynced. Whatever
/// happens, the name holds either the old or the new bytes, and a failed write removes its
/// temporary file.
enum DurableFile {
    /// The suffix of temporary files (never `.json`, so they are never taken for learner files).
    static let temporarySuffix = ".tmp"

    /// Replaces the file `name` in `folder` with `data`.
    /// - Parameters:
    ///   - data: the new contents.
    ///   - name: the file's name in `folder`.
    ///   - folder: the folder.
    ///   - backup: the name the previous generation is kept under, if any.
    /// - Throws: `StoreError` (disk full, read-only, folder missing, other I/O).
    static func write(_ data: Data, to name: String, in folder: StoreFolder, keepingBackupAt backup: String?) throws(StoreError) {
        let temporary = try folder.writeTemporary(data, for: name)
        do throws(StoreError) {
            try folder.replace(name, with: temporary, backup: backup)
        } catch {
            folder.remove(temporary)
            throw error
        }
        try folder.sync()
    }

    /// Creates the file `name` in `folder` with `data`, failing with `false` if something is
    /// already there (a file, a link, anything).
    /// - Throws: `StoreError` (disk full, read-only, folder missing, other I/O).
    static func create(_ data: Data, named name: String, in folder: StoreFolder, mode: mode_t = 0o644) throws(StoreError) -> Bool {
        let temporary = try folder.writeTemporary(data, for: name, mode: mode)
        do throws(StoreError) {
            guard try folder.createExclusively(name, from: temporary) else {
                folder.remove(temporary)
                return false
            }
        } catch {
            folder.remove(temporary)
            throw error
        }
        try folder.sync()
        return true
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

    /// The hidden temporary name for a file named `name`, unique to this process and call.
    static func temporaryName(for name: String) -> String {
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return "." + stem + "." + String(getpid()) + "." + token + temporarySuffix
    }

    /// Whether a folder entry is one of our temporary files.
    static func isTemporary(_ name: String) -> Bool {
        name.utf8.first == UInt8(ascii: ".") && name.hasSuffix(temporarySuffix)
    }

    /// The pid of the process that wrote a temporary file, read from its name.
    static func writerPID(ofTemporary name: String) -> Int32? {
        guard isTemporary(name) else { return nil }
        let parts = name.dropLast(temporarySuffix.count).split(separator: ".")
        guard parts.count >= 3 else { return nil }
        return Int32(parts[parts.count - 2])
    }

    private static func parent(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
