import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists USB sticks and their folders for the import picker, never following a link: only real
/// folders are listed, and a folder asked for must be inside one of the roots (its real path),
/// so the picker cannot be led out of the sticks.
public struct FolderBrowser: Sendable {
    /// Where sticks are mounted (`/media/$USER`, `/run/media/$USER`); injectable for tests.
    public let roots: [String]
    /// The most folders listed in one folder.
    public static let limit = 500

    /// A browser over `roots`.
    public init(roots: [String]) {
        self.roots = roots
    }

    /// The mount folders of the person's USB sticks: `/media/$USER` and `/run/media/$USER`, with
    /// `USER` taken from `environment` and used only when it is a plain name.
    public static func roots(environment: [String: String]) -> [String] {
        guard let user = environment["USER"] ?? environment["LOGNAME"], isPlainName(user) else { return [] }
        return ["/media/" + user, "/run/media/" + user]
    }

    /// The sticks (nil) or the subfolders of `path`.
    public func list(_ path: String?) -> FolderListing {
        guard let path else {
            let sticks = roots.flatMap { root in subfolders(of: root).names.map { root + "/" + $0 } }
            return FolderListing(path: nil, folders: sticks)
        }
        guard isInsideRoots(path), isRealFolder(path) else { return FolderListing(path: path, folders: [], failed: true) }
        let (names, truncated) = subfolders(of: path)
        let hasLessons = isRegularFile(path + "/module.md") || names.prefix(50).contains { isRegularFile(path + "/" + $0 + "/module.md") }
        return FolderListing(path: path, folders: names, hasLessons: hasLessons, truncated: truncated)
    }

    /// Real subfolders of `path` (no links, no hidden ones), sorted.
    private func subfolders(of path: String) -> (names: [String], truncated: Bool) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return ([], false) }
        let names = entries.filter { $0.utf8.first != UInt8(ascii: ".") && isRealFolder(path + "/" + $0) }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        return (Array(names.prefix(Self.limit)), names.count > Self.limit)
    }

    private func isInsideRoots(_ path: String) -> Bool {
        guard let real = realPath(path) else { return false }
        return roots.contains { root in
            guard let realRoot = realPath(root) else { return false }
            return real.hasPrefix(realRoot + "/")
        }
    }

    private static func isPlainName(_ user: String) -> Bool {
        !user.isEmpty && user.count <= 64 && user != "." && user != ".."
            && user.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}

private func isRealFolder(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
}

private func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
}

private func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
}
