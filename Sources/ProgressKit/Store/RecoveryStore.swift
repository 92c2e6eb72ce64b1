import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Learner records that could not be written to the data directory (a full disk, a file-size
/// limit), kept in another writable place until the next start merges them back.
///
/// Each record is a learner file of its own, `<id>.<time>.<n>.json`, created exclusively (never
/// over another file, never through a link), mode 0600, fsynced with its folder. The places are
/// tried in order; the first that takes the file holds it. The learner file format is used as is,
/// so `LearnerStore.readRecord(at:)` (and `cunxue learners restore`) can read it too.
public struct RecoveryStore: Sendable {
    /// The places tried, most preferred first.
    public let folders: [URL]

    /// A store writing to `folders`, tried in order.
    public init(folders: [URL]) {
        self.folders = folders
    }

    /// The usual places: `$XDG_STATE_HOME/cunxue/recovery`, `~/.local/state/cunxue/recovery`,
    /// then `/tmp/cunxue-recovery-<uid>` as a last resort (often a RAM disk when the main disk is
    /// full; a folder of this user's only, mode 0700).
    public static func standard(environment: [String: String]) -> RecoveryStore {
        var folders: [URL] = []
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            folders.append(URL(fileURLWithPath: state).appendingPathComponent("cunxue/recovery", isDirectory: true))
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            folders.append(URL(fileURLWithPath: home).appendingPathComponent(".local/state/cunxue/recovery", isDirectory: true))
        }
        folders.append(URL(fileURLWithPath: "/tmp/cunxue-recovery-\(getuid())", isDirectory: true))
        return RecoveryStore(folders: folders)
    }

    /// A recovery file found in one of the places.
    public struct File: Sendable, Hashable {
        /// Where it is.
        public let url: URL
        /// The learner it belongs to (from its name).
        public let learnerID: String
    }

    /// Writes `record` to the first place that takes it.
    /// - Parameters:
    ///   - record: the learner's record, with the answers that could not be saved.
    ///   - now: the current time (names the file).
    /// - Returns: the file written.
    /// - Throws: the error of the last place tried when none took it.
    public func write(_ record: LearnerRecord, now: Date) throws(StoreError) -> URL {
        let data = try LearnerStore.fileContents(of: record)
        var lastError = StoreError.folderMissing(path: folders.last?.path ?? "/tmp")
        for place in folders {
            do throws(StoreError) {
                let folder = try Self.openPrivate(place)
                let stem = record.id + "." + LearnerStore.stamp(now)
                for number in 1...100 {
                    let name = "\(stem).\(number).json"
                    if try DurableFile.create(data, named: name, in: folder, mode: 0o600) {
                        return place.appendingPathComponent(name)
                    }
                }
                lastError = .ioFailure(path: place.path, operation: "choose name", errno: EEXIST)
            } catch {
                lastError = error
            }
        }
        throw lastError
    }

    /// The recovery files in every place, oldest name first. Only regular files with a valid
    /// learner id in their name are listed; nothing is read yet.
    public func files() -> [File] {
        var found: [File] = []
        for place in folders {
            guard let folder = try? StoreFolder.open(path: place.path, create: false),
                  Self.isPrivate(folder), let names = try? folder.names() else { continue }
            for name in names.sorted() where name.hasSuffix(".json") && folder.entry(name)?.kind == .regular {
                guard let id = name.split(separator: ".").first.map(String.init), LearnerID.isValid(id) else { continue }
                found.append(File(url: place.appendingPathComponent(name), learnerID: id))
            }
        }
        return found
    }

    /// Reads a recovery file as a learner file (checked like any file read from disk).
    /// - Throws: `StoreError` when it cannot be read or is not this learner's file.
    public func read(_ file: File) throws(StoreError) -> LearnerRecord {
        let record = try LearnerStore.readRecord(at: file.url)
        guard record.id == file.learnerID else { throw .damaged(path: file.url.path) }
        return record
    }

    /// Removes a recovery file once its record is safely in the learner's file.
    public func remove(_ file: File) {
        guard let folder = try? StoreFolder.open(path: file.url.deletingLastPathComponent().path, create: false) else { return }
        folder.remove(file.url.lastPathComponent)
        try? folder.sync()
    }

    /// Opens (creating, mode 0700) a place, refusing one that is a link, not this user's, or
    /// writable by others (a folder someone else made in /tmp).
    private static func openPrivate(_ place: URL) throws(StoreError) -> StoreFolder {
        let path = place.path
        let parent = place.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: parent) {
            try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true,
                                                      attributes: [.posixPermissions: 0o700])
        }
        if mkdir(path, 0o700) != 0, errno != EEXIST {
            throw StoreError.from(errno: errno, path: path, folder: parent, operation: "mkdir")
        }
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            throw .notAFolder(path: path, kind: .symbolicLink)
        }
        guard let folder = try StoreFolder.open(path: path, create: false), isPrivate(folder) else {
            throw .readOnly(path: path)
        }
        return folder
    }

    /// Whether `folder` belongs to this user and nobody else may write in it.
    private static func isPrivate(_ folder: StoreFolder) -> Bool {
        var status = stat()
        guard fstat(folder.descriptor, &status) == 0 else { return false }
        return status.st_uid == getuid() && status.st_mode & 0o022 == 0
    }
}
