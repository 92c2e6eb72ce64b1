import Glibc

/// A module folder found on disk, with the Markdown files in it.
struct ModuleFolder: Sendable {
    /// Which of the paths passed in it came from.
    var rootIndex: Int
    /// The folder's name (for the default id).
    var folderName: String
    /// The folder's path as reported, e.g. `Lessons/01-x`.
    var displayPath: String
    /// The Markdown files, sorted by name.
    var files: [FileEntry]

    /// One Markdown file of a module folder.
    struct FileEntry: Sendable {
        var name: String
        var role: FileRole
        var path: String
        var displayPath: String
    }
}

/// Finds module folders under the paths the user gave.
struct FolderScanner: Sendable {
    var workingDirectory: String?

    /// Scans one path: a module folder (it holds `module.md`) or a course folder.
    /// - Returns: the module folders, and findings about the path itself.
    func scan(_ path: String, rootIndex: Int) -> (folders: [ModuleFolder], diagnostics: [Diagnostic]) {
        let display = Self.displayRoot(path)
        let location = resolved(path)
        let reader = FileReader()
        switch reader.kind(of: location, followingLinks: true) {
        case .missing:
            return ([], [Diagnostic(file: display, problem: .pathNotFound)])
        case .unreadable(let reason):
            return ([], [Diagnostic(file: display, problem: .unreadable(reason: reason))])
        case .regular, .special, .symbolicLink:
            return ([], [Diagnostic(file: display, problem: .notAFolder)])
        case .directory:
            break
        }
        let names: [String]
        switch reader.entries(of: location) {
        case .failure(let failure): return ([], [Diagnostic(file: display, problem: failure.problem)])
        case .success(let list): names = list
        }
        let folderName = Self.folderName(of: location)
        if names.contains("module.md") {
            return ([moduleFolder(location: location, display: display, folderName: folderName, names: names, rootIndex: rootIndex)], [])
        }
        var folders: [ModuleFolder] = []
        var diagnostics: [Diagnostic] = []
        for name in names where !name.hasPrefix(".") {
            let childLocation = Self.join(location, name)
            let childDisplay = Self.join(display, name)
            switch reader.kind(of: childLocation) {
            case .directory:
                let childNames: [String]
                switch reader.entries(of: childLocation) {
                case .success(let list):
                    childNames = list
                case .failure(let failure):
                    diagnostics.append(Diagnostic(file: childDisplay, problem: failure.problem))
                    continue
                }
                if childNames.contains(where: { FileRole(fileName: $0) != nil }) {
                    folders.append(moduleFolder(location: childLocation, display: childDisplay, folderName: name,
                                                names: childNames, rootIndex: rootIndex))
                }
            case .symbolicLink:
                diagnostics.append(Diagnostic(file: childDisplay, problem: .symbolicLink))
            default:
                continue
            }
        }
        if folders.isEmpty {
            if names.contains(where: { FileRole(fileName: $0) != nil }) {
                // Lessons but no module.md: a module folder that lacks it.
                folders.append(moduleFolder(location: location, display: display, folderName: folderName, names: names, rootIndex: rootIndex))
            } else if diagnostics.isEmpty {
                diagnostics.append(Diagnostic(file: display, problem: .noModules))
            }
        }
        return (folders, diagnostics)
    }

    private func moduleFolder(location: String, display: String, folderName: String, names: [String], rootIndex: Int) -> ModuleFolder {
        let reader = FileReader()
        var files: [ModuleFolder.FileEntry] = []
        for name in names {
            guard let role = FileRole(fileName: name) else { continue }
            let path = Self.join(location, name)
            if case .directory = reader.kind(of: path) { continue }
            files.append(.init(name: name, role: role, path: path, displayPath: Self.join(display, name)))
        }
        return ModuleFolder(rootIndex: rootIndex, folderName: folderName, displayPath: display, files: files)
    }

    private func resolved(_ path: String) -> String {
        guard let workingDirectory, !path.hasPrefix("/") else { return path }
        return Self.join(workingDirectory, path)
    }

    /// The path as given, without trailing slashes (`/` stays `/`).
    static func displayRoot(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? "." : String(trimmed)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The real name of a folder (so `.` gives the folder's own name).
    private static func folderName(of location: String) -> String {
        var name = String(displayRoot(location).split(separator: "/").last ?? "")
        if let real = realpath(location, nil) {
            name = String(String(cString: real).split(separator: "/").last ?? Substring(name))
            free(real)
        }
        return name
    }
}
