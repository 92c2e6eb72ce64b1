import Glibc

/// A module taken out of the data directory's `lessons/` by `cunxue lessons remove`.
public struct RemovedModule: Sendable, Equatable {
    /// The module's id.
    public var id: String
    /// Its title in its own language.
    public var title: String
    /// Its folder in `lessons/` before.
    public var folderName: String
    /// Where the folder was moved, relative to the data directory (`lessons-removed/NAME-TIME`).
    public var keptAt: String
    /// Whether the bundled course has a module with this id (it shows again).
    public var bundledComesBack: Bool
}

/// Why a module could not be removed.
public enum ModuleRemovalError: Error, Sendable, Equatable {
    /// No imported module has this id.
    case notImported(id: String)
    /// The id is a bundled module's, and bundled modules are not removed.
    case bundled(id: String)
    /// Moving the folder failed; `reason` is the system's message.
    case moveFailed(reason: String)

    /// What is wrong and what to do, in the reader's language.
    public func message(english: Bool) -> String {
        switch (self, english) {
        case (.notImported(let id), false):
            return "没有导入过 id 为“\(id)”的单元：用 cunxue validate 数据文件夹/lessons 可以看到导入的单元和它们的 id"
        case (.notImported(let id), true):
            return "no imported module has the id “\(id)”: cunxue validate DATA-DIR/lessons lists the imported modules and their ids"
        case (.bundled(let id), false):
            return "“\(id)”是村学自带的单元，不能删除：只能删除用 cunxue import 导入的单元"
        case (.bundled(let id), true):
            return "“\(id)” comes with Cunxue and cannot be removed: only modules added with cunxue import can"
        case (.moveFailed(let reason), false):
            return "移动单元文件夹失败（\(reason)），什么都没有改：请检查磁盘空间和权限"
        case (.moveFailed(let reason), true):
            return "moving the module folder failed (\(reason)); nothing changed: check disk space and permissions"
        }
    }
}

extension LessonImporter {
    /// The folder imported modules are moved to when removed (in the data directory).
    public static let removedFolderName = "lessons-removed"

    /// The imported module with `id` (compared in canonical form), if there is one.
    public func importedModule(id: String) -> ImportedModule? {
        let canonical = ModuleID.canonical(id)
        let entries = ModuleIDScanner(workingDirectory: nil).scan([lessonsFolder])
        guard let entry = entries.first(where: { $0.id == canonical }) else { return nil }
        return ImportedModule(id: entry.id, title: entry.title ?? entry.id, folderName: entry.folderName,
                              replaced: isBundled(id: entry.id) ? .bundled : nil)
    }

    /// Whether the bundled course has a module with `id` (compared in canonical form).
    public func isBundled(id: String) -> Bool {
        let canonical = ModuleID.canonical(id)
        return bundledCourse.map { ModuleIDScanner(workingDirectory: workingDirectory).scan([$0]) }?
            .contains { $0.id == canonical } ?? false
    }

    /// Takes an imported module out of `lessons/`: its folder is moved (never deleted) to
    /// `lessons-removed/FOLDER-YYYYMMDD-HHMMSS` in the data directory, under the import lock,
    /// and the lessons stamp is renewed so a running app loads the course again. Learner files
    /// are not touched: their history of the module stays in them.
    /// - Parameters:
    ///   - id: the module's id.
    ///   - time: the time for the kept folder's name (seconds since 1970).
    public func removeModule(id: String, at time: Int) -> Result<RemovedModule, ModuleRemovalError> {
        guard let module = importedModule(id: id) else {
            return .failure(isBundled(id: id) ? .bundled(id: ModuleID.canonical(id)) : .notImported(id: ModuleID.canonical(id)))
        }
        let failure = { (error: Errno) in ModuleRemovalError.moveFailed(reason: error.text) }
        let lessons: DirectoryHandle
        let data: DirectoryHandle
        switch DirectoryHandle.open(path: lessonsFolder).flatMap({ l in DirectoryHandle.open(path: dataDirectory).map { (l, $0) } }) {
        case .success(let (opened, folder)):
            lessons = opened
            data = folder
        case .failure(let error): return .failure(failure(error))
        }
        let lock: FileLock
        switch lessons.lockFile(".import.lock") {
        case .success(let taken): lock = taken
        case .failure(let error): return .failure(failure(error))
        }
        defer { withExtendedLifetime(lock) {} }
        let removed: DirectoryHandle
        switch data.contains(Self.removedFolderName) ? data.openFolder(Self.removedFolderName) : data.makeFolder(Self.removedFolderName) {
        case .success(let handle): removed = handle
        case .failure(let error): return .failure(failure(error))
        }
        var name = module.folderName + "-" + Self.timestamp(time)
        var suffix = 2
        while removed.contains(name) {
            name = module.folderName + "-" + Self.timestamp(time) + "-\(suffix)"
            suffix += 1
        }
        if case .failure(let error) = lessons.rename(module.folderName, to: removed, as: name) { return .failure(failure(error)) }
        _ = removed.sync()
        _ = lessons.sync()
        LessonsStamp.write(in: lessons)
        return .success(RemovedModule(id: module.id, title: module.title, folderName: module.folderName,
                                      keptAt: Self.removedFolderName + "/" + name, bundledComesBack: module.replaced == .bundled))
    }

    /// `YYYYMMDD-HHMMSS` in local time.
    private static func timestamp(_ seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        localtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
    }
}
