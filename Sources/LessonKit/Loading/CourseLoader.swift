/// Loads lesson folders into a `Course`, checking them as it goes.
///
/// A folder holding a `module.md` is one module; any other folder is a course whose subfolders
/// (not hidden, holding at least one `.md` file) are modules. Files are read without following
/// links, at most 1 MiB each, and must be UTF-8. A file with an error is skipped (and listed in
/// `Course.skippedFiles`); everything else still loads. Files are parsed in parallel.
public struct CourseLoader: Sendable {
    /// The folder relative paths are resolved against (`nil`: the process's current directory).
    public var workingDirectory: String?

    /// Creates a loader.
    /// - Parameter workingDirectory: the folder relative paths are resolved against; `nil` for
    ///   the current directory. Diagnostics always show paths as given.
    public init(workingDirectory: String? = nil) {
        self.workingDirectory = workingDirectory
    }

    /// Loads one or more lesson folders together (ids must be unique across all of them, and
    /// `requires` may name a module in any of them).
    /// - Parameter paths: folders as the user gave them; findings name files relative to these.
    /// - Returns: the usable modules, all findings, and what was skipped.
    public func load(_ paths: [String]) -> Course {
        Course()
    }

    /// Loads one lesson folder.
    /// - Parameter path: a course or module folder, as the user gave it.
    /// - Returns: the usable modules, all findings, and what was skipped.
    public func load(_ path: String) -> Course {
        load([path])
    }
}
