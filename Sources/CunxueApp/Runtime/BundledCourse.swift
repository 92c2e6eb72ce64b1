import Foundation

/// Finds the course that ships with Cunxue, without any configuration.
public enum BundledCourse {
    /// The bundled `Lessons` folder: `CUNXUE_LESSONS` if set; else `PREFIX/share/cunxue/Lessons`
    /// beside an installed `PREFIX/bin/cunxue`; else the package's `Lessons/` when the binary runs
    /// from a source tree (`.build/…/cunxue`).
    /// - Parameters:
    ///   - executable: the running binary's path.
    ///   - environment: the process environment.
    ///   - isDirectory: tells whether a path is a folder (injected for tests).
    ///   - isFile: tells whether a path is a file (injected for tests).
    /// - Returns: the folder, or nil when none is found.
    public static func locate(executable: String, environment: [String: String],
                              isDirectory: (String) -> Bool, isFile: (String) -> Bool) -> String? {
        if let override = environment["CUNXUE_LESSONS"], !override.isEmpty { return override }
        let binary = URL(fileURLWithPath: executable).standardizedFileURL
        let binDir = binary.deletingLastPathComponent()
        let installed = binDir.deletingLastPathComponent().appendingPathComponent("share/cunxue/Lessons").path
        if isDirectory(installed) { return installed }
        var folder = binDir
        while folder.path != "/" && !folder.path.isEmpty {
            let candidate = folder.appendingPathComponent("Lessons").path
            if isDirectory(candidate) && isFile(folder.appendingPathComponent("Package.swift").path) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
