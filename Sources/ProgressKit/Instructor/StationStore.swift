import Foundation

/// The station's name in the data directory: `station.json` (`{"name": "张庄服务站",
/// "schemaVersion": 1}`), its previous generation `station.json.bak`. A file of its own, not
/// part of `instructor.json`, because a county syncs the data directories without the
/// instructor's PIN file but needs every station's name for its report.
///
/// Saves are atomic and durable like learner files (see `DurableFile`). A damaged file falls
/// back to its backup; a name read from a file is cleaned as `StationName.sanitize` cleans a
/// typed one.
public struct StationStore: Sendable {
    /// The file format version this code writes.
    public static let currentSchemaVersion = 1
    /// The most bytes `station.json` may have.
    static let fileSizeLimit = 64 << 10

    /// The data directory.
    public let directory: DataDirectory

    /// A store over `directory` (nothing is touched until a call).
    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// `station.json`.
    public var fileURL: URL { directory.url.appendingPathComponent("station.json") }

    private struct File: Codable {
        var schemaVersion: Int
        var name: String
    }

    /// The station's name, nil when none was set.
    /// - Throws: `StoreError.damaged` (or another read error) when neither the file nor its
    ///   backup can be read, `.newerSchema` for a file of a newer version.
    public func load() throws(StoreError) -> String? {
        guard let folder = try StoreFolder.open(path: directory.path, create: false) else { return nil }
        // Whatever keeps the file from being read, the backup is tried.
        return try folder.readFileOrBackup("station.json", backup: "station.json.bak", limit: Self.fileSizeLimit,
                                           fallsBackOn: { _ in true }) { data, path throws(StoreError) in
            guard let file = try? RecordCoding.makeDecoder().decode(File.self, from: RecordCoding.withoutByteOrderMark(data)) else {
                return nil
            }
            guard file.schemaVersion <= Self.currentSchemaVersion else {
                throw .newerSchema(path: path, found: file.schemaVersion, supported: Self.currentSchemaVersion)
            }
            return try? StationName.sanitize(file.name)
        }
    }

    /// Keeps the station's name (the data directory is created when missing).
    /// - Parameter name: the name, checked with `StationName.sanitize` first (a name that does
    ///   not clean is not kept).
    /// - Throws: `StoreError` when the file cannot be written (the old one is then intact).
    public func save(_ name: String) throws(StoreError) {
        guard let clean = try? StationName.sanitize(name) else { return }
        guard let folder = try StoreFolder.open(path: directory.path, create: true) else {
            throw .folderMissing(path: directory.path)
        }
        let data: Data
        do {
            data = try RecordCoding.makeEncoder().encode(File(schemaVersion: Self.currentSchemaVersion, name: clean)) + Data([0x0A])
        } catch {
            throw .ioFailure(path: fileURL.path, operation: "encode", errno: 22)
        }
        try DurableFile.write(data, to: "station.json", in: folder, keepingBackupAt: "station.json.bak")
    }
}
