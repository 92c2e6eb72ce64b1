import Foundation

/// `cunxue-backup.json`, written last into every backup folder: says the folder is a backup made
/// by `cunxue backup`, when, and what it held. `cunxue restore` checks it (or, for backups made
/// before it existed, the folder's shape), and the app recognises a backup folder dragged into
/// the data directory by it.
public struct BackupManifest: Codable, Sendable, Hashable {
    /// The file's name in a backup folder.
    public static let fileName = "cunxue-backup.json"
    /// What `kind` always says.
    public static let kindValue = "cunxue-backup"
    /// The largest manifest read.
    static let sizeLimit = 64 * 1024

    /// Always `cunxue-backup`.
    public var kind: String
    /// The manifest's format (1).
    public var version: Int
    /// When the backup was made.
    public var createdAt: Date
    /// Learner files copied.
    public var learners: Int
    /// Files copied.
    public var files: Int

    /// A manifest for a backup made at `createdAt`.
    public init(createdAt: Date, learners: Int, files: Int) {
        self.kind = Self.kindValue
        self.version = 1
        self.createdAt = createdAt
        self.learners = learners
        self.files = files
    }

    /// The manifest as JSON.
    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(self)) ?? Data()
    }

    /// The manifest in `data`, or nil when it is not one.
    static func decode(_ data: Data) -> BackupManifest? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let manifest = try? decoder.decode(BackupManifest.self, from: data), manifest.kind == kindValue else { return nil }
        return manifest
    }

    /// The top-level names a backup folder may hold.
    static let backupEntries: Set<String> = ["learners", "removed", "lessons", "instructor.json", "instructor.json.bak", fileName]

    /// Whether `folder` is a backup folder: its manifest says so, or (a backup made before
    /// manifests) it is named `cunxue-backup-…` and holds a `learners` folder.
    static func isBackup(_ folder: StoreFolder, name: String) -> Bool {
        if (try? folder.read(fileName, limit: sizeLimit)).flatMap({ $0 }).flatMap(decode) != nil { return true }
        return name.hasPrefix("cunxue-backup-") && folder.entry("learners")?.kind == .folder
    }

    /// Backup folders found where they do not belong: at the top of the data directory and in its
    /// `learners/` folder (dragged there by mistake). Links are never followed.
    /// - Returns: their paths, sorted.
    public static func misplaced(in directory: DataDirectory) -> [String] {
        guard let data = try? StoreFolder.open(path: directory.path, create: false) else { return [] }
        var found: [String] = []
        var places: [StoreFolder] = [data]
        if let learners = try? data.subfolder("learners", create: false) { places.append(learners) }
        for place in places {
            for name in ((try? place.names()) ?? []).sorted() where name.utf8.first != UInt8(ascii: ".") {
                guard place.entry(name)?.kind == .folder,
                      let candidate = try? place.subfolder(name, create: false),
                      isBackup(candidate, name: name) else { continue }
                found.append(place.path + "/" + name)
            }
        }
        return found
    }

    /// The same, short enough for the app's two-line notice: the folder by its name.
    public static func misplacedBriefMessage(_ path: String) -> BilingualText {
        let name = SafeText.clean((path as NSString).lastPathComponent, limit: 80)
        return BilingualText(
            zh: "数据文件夹里有备份文件夹 \(name)，它的学员不在名单上。请老师把它移出数据文件夹；要恢复它，用 cunxue restore。",
            en: "The backup folder \(name) is in the data directory; its learners are not listed. Move it out of the data directory; to restore it, use cunxue restore.")
    }

    /// What to say about a backup folder found in the data directory.
    public static func misplacedMessage(_ path: String) -> BilingualText {
        let clean = SafeText.clean(path, limit: 1_000)
        return BilingualText(
            zh: "数据文件夹里有一个备份文件夹：\(clean)（是 cunxue backup 做的备份，可能是拖错了地方）。里面的学员不会出现在名单和报表里。要用它恢复，请先关闭村学，把它移出数据文件夹，再运行 cunxue restore 加上它的新位置；不需要的话，把它移到 U 盘或别的文件夹。",
            en: "There is a backup folder in the data directory: \(clean) (made by cunxue backup, probably moved there by mistake). Its learners are not in the list or in reports. To restore from it, close Cunxue, move it out of the data directory and run cunxue restore with its new place; otherwise move it to a USB stick or another folder.")
    }
}
