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
    /// Findings about names in the folder (unsafe characters, names that are not UTF-8).
    var diagnostics: [Diagnostic] = []

    /// One Markdown file of a module folder.
    struct FileEntry: Sendable {
        var name: String
        var role: FileRole
        var path: String
        var displayPath: String
        /// Whether the folder listing said "regular file" (no `lstat` needed before opening it).
        var isListedAsRegular = false
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
        let entries: [FileReader.DirectoryEntry]
        switch reader.directoryEntries(of: location) {
        case .failure(let failure): return ([], [Diagnostic(file: display, problem: failure.problem)])
        case .success(let list): entries = list
        }
        let folderName = Self.safeName(Self.folderName(of: location))
        if entries.contains(where: { FileRole.isModuleFile($0.name) }) {
            return ([moduleFolder(location: location, display: display, folderName: folderName, entries: entries, rootIndex: rootIndex)], [])
        }
        // Each subfolder is listed (and its files named) on all cores.
        let children = entries.filter { $0.name.utf8.first != UInt8(ascii: ".") }.parallelMap { entry in
            child(entry, of: location, display: display, rootIndex: rootIndex)
        }
        let folders = children.compactMap(\.folder)
        var diagnostics = children.flatMap(\.diagnostics)
        if folders.isEmpty {
            if entries.contains(where: { FileRole(fileName: $0.name) != nil }) {
                // Lessons but no module.md: a module folder that lacks it.
                return ([moduleFolder(location: location, display: display, folderName: folderName, entries: entries, rootIndex: rootIndex)],
                        diagnostics)
            } else if diagnostics.isEmpty {
                diagnostics.append(Diagnostic(file: display, problem: .noModules))
            }
        }
        return (folders, diagnostics)
    }

    /// One entry of a course folder: a module folder (a folder of lessons, or of files that were
    /// meant to be, `01-a.md.txt`), findings about it, or neither.
    private func child(_ entry: FileReader.DirectoryEntry, of location: String, display: String,
                       rootIndex: Int) -> (folder: ModuleFolder?, diagnostics: [Diagnostic]) {
        let reader = FileReader()
        let childLocation = Self.join(location, entry.name)
        let childDisplay = Self.join(display, Self.safeName(entry.name))
        var diagnostics: [Diagnostic] = []
        if let problem = Self.nameProblem(entry) {
            diagnostics.append(Diagnostic(file: childDisplay, problem: problem))
            if !entry.isValidUTF8 { return (nil, diagnostics) }
        }
        switch entry.isListedAsDirectory ? .directory : reader.kind(of: childLocation) {
        case .directory:
            // Not followed if it became a link since it was listed.
            switch reader.directoryEntries(of: childLocation, followingLinks: false) {
            case .success(let childEntries):
                guard childEntries.contains(where: { FileRole(fileName: $0.name) != nil || MisnamedFile.check($0.name) != nil }) else {
                    return (nil, diagnostics)
                }
                let folder = moduleFolder(location: childLocation, display: childDisplay, folderName: Self.safeName(entry.name),
                                          entries: childEntries, rootIndex: rootIndex)
                return (folder, diagnostics)
            case .failure(let failure):
                if case .unreadable = failure.problem, case .symbolicLink = reader.kind(of: childLocation) {
                    return (nil, diagnostics + [Diagnostic(file: childDisplay, problem: .symbolicLink)])
                }
                return (nil, diagnostics + [Diagnostic(file: childDisplay, problem: failure.problem)])
            }
        case .symbolicLink:
            return (nil, diagnostics + [Diagnostic(file: childDisplay, problem: .symbolicLink)])
        default:
            return (nil, diagnostics)
        }
    }

    private func moduleFolder(location: String, display: String, folderName: String, entries: [FileReader.DirectoryEntry],
                              rootIndex: Int) -> ModuleFolder {
        let reader = FileReader()
        var files: [ModuleFolder.FileEntry] = []
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            let safe = Self.safeName(entry.name)
            let path = Self.join(location, entry.name)
            let displayPath = Self.join(display, safe)
            guard let role = FileRole(fileName: safe) else {
                if let miss = MisnamedFile.check(safe), case .regular = reader.kind(of: path) {
                    diagnostics.append(Diagnostic(file: displayPath, problem: .misnamedFile(suggestion: miss.suggestion, reason: miss.reason)))
                }
                continue
            }
            if let problem = Self.nameProblem(entry) {
                diagnostics.append(Diagnostic(file: displayPath, problem: problem))
                if !entry.isValidUTF8 { continue }
            }
            if !entry.isListedAsRegular, case .directory = reader.kind(of: path) { continue }
            files.append(.init(name: safe, role: role, path: path, displayPath: displayPath,
                               isListedAsRegular: entry.isListedAsRegular))
        }
        return ModuleFolder(rootIndex: rootIndex, folderName: folderName, displayPath: display, files: files, diagnostics: diagnostics)
    }

    /// A name made safe to show (see `TextSanitizer`).
    private static func safeName(_ name: String) -> String {
        TextSanitizer().sanitize(name)
    }

    /// What is wrong with a name: not UTF-8 (an error: the file cannot be opened by that name),
    /// or a control or bidirectional character (a warning).
    private static func nameProblem(_ entry: FileReader.DirectoryEntry) -> Diagnostic.Problem? {
        if !entry.isValidUTF8 { return .fileNameNotUTF8 }
        guard let scalar = entry.name.unicodeScalars.first(where: { TextSanitizer.action(for: $0) != nil }) else { return nil }
        switch TextSanitizer.action(for: scalar) {
        case .remove: return .controlCharacter(scalar: scalar.value)
        default: return .bidiCharacter(scalar: scalar.value)
        }
    }

    private func resolved(_ path: String) -> String {
        guard let workingDirectory, !path.hasPrefix("/") else { return path }
        return Self.join(workingDirectory, path)
    }

    /// The path as given, without trailing slashes (`/` stays `/`).
    static func displayRoot(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? "." : safeName(String(trimmed))
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The real name of a folder (so `.` gives the folder's own name).
    private static func folderName(of location: String) -> String {
        var name = ScalarText.lastPathComponent(displayRoot(location))
        if let real = realpath(location, nil) {
            let realName = ScalarText.lastPathComponent(String(cString: real))
            if !realName.isEmpty { name = realName }
            free(real)
        }
        return name
    }
}
