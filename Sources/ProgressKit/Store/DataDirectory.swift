import Foundation

/// The folder that holds learners' progress and imported lessons.
///
/// Resolved from `--data-dir`, else `CUNXUE_DATA_DIR`, else `XDG_DATA_HOME/cunxue`, else
/// `~/.local/share/cunxue`.
public struct DataDirectory: Sendable, Hashable {
    /// The folder itself.
    public let url: URL

    /// A data directory at `url`.
    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// The folder's path.
    public var path: String { url.path }
    /// `learners/`: one JSON file per learner, their backups and lock files.
    public var learnersFolder: URL { url.appendingPathComponent("learners", isDirectory: true) }
    /// `removed/`: learner files taken off the list (never deleted).
    public var removedFolder: URL { url.appendingPathComponent("removed", isDirectory: true) }
    /// `lessons/`: imported lesson folders.
    public var lessonsFolder: URL { url.appendingPathComponent("lessons", isDirectory: true) }

    /// Finds the data directory.
    /// - Parameters:
    ///   - explicit: the `--data-dir` value, if given (relative paths are taken from `currentDirectory`).
    ///   - environment: the process environment (`CUNXUE_DATA_DIR`, `XDG_DATA_HOME`, `HOME`).
    ///   - currentDirectory: where relative paths start; the process's by default.
    /// - Throws: `StoreError.noDataDirectory` when nothing gives a folder (no `HOME`).
    public static func resolve(explicit: String?, environment: [String: String],
                               currentDirectory: String = FileManager.default.currentDirectoryPath) throws(StoreError) -> DataDirectory {
        func absolute(_ path: String) -> URL {
            let expanded = expandTilde(path, home: environment["HOME"])
            if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded, isDirectory: true) }
            return URL(fileURLWithPath: currentDirectory, isDirectory: true)
                .appendingPathComponent(expanded, isDirectory: true)
        }
        if let explicit, !explicit.isEmpty { return DataDirectory(url: absolute(explicit)) }
        if let value = environment["CUNXUE_DATA_DIR"], !value.isEmpty { return DataDirectory(url: absolute(value)) }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let value = environment["XDG_DATA_HOME"], value.hasPrefix("/") {
            return DataDirectory(url: URL(fileURLWithPath: value, isDirectory: true).appendingPathComponent("cunxue", isDirectory: true))
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return DataDirectory(url: URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/share/cunxue", isDirectory: true))
        }
        throw .noDataDirectory
    }
}

private func expandTilde(_ path: String, home: String?) -> String {
    guard let home, path == "~" || path.hasPrefix("~/") else { return path }
    return home + path.dropFirst()
}
