import Glibc

/// Copies a course or module folder into the data directory's `lessons/`, all or nothing.
///
/// 1. The folder is looked through without following anything (`ImportWalker`): links, FIFOs,
///    devices, names with `..` or control characters, Markdown files over 1 MiB, more than
///    2,000 entries refuse it; hidden files and files that are not Markdown are left out and listed.
/// 2. The folder is checked where it is, as `cunxue validate` checks it (module ids that look
///    like an existing module's are errors); any error refuses it before anything is written.
/// 3. Its module folders' Markdown files are copied into a hidden folder inside `lessons/`
///    (`.import-<pid>-<token>`), each file fsynced, and the *copy* is checked again (it is what
///    the app will read); any error refuses it and the copy is removed.
/// 4. A module id already imported or bundled refuses it unless `replace` is set.
/// 5. Each module folder is renamed into place (an earlier import of the same module is first
///    renamed aside, and removed only once the new one is in place); on failure every step is
///    undone. Nothing is ever written outside the data directory.
///
/// Imports are serialized by a lock on `lessons/.import.lock`; folders left by an import that
/// was killed are removed by the next one.
public struct LessonImporter: Sendable {
    /// The data directory (its `lessons/` receives the modules).
    public var dataDirectory: String
    /// The bundled course, to find ids that need `replace`; `nil` when there is none.
    public var bundledCourse: String?
    /// The limits.
    public var limits: ImportLimits
    /// The folder relative paths are resolved against (`nil`: the current directory).
    public var workingDirectory: String?

    /// Creates an importer.
    /// - Parameters:
    ///   - dataDirectory: the data directory (created with `lessons/` if missing).
    ///   - bundledCourse: the bundled course folder, if any.
    ///   - limits: the limits; the standard ones by default.
    ///   - workingDirectory: where relative paths start; the current directory by default.
    public init(dataDirectory: String, bundledCourse: String?, limits: ImportLimits = ImportLimits(),
                workingDirectory: String? = nil) {
        self.dataDirectory = dataDirectory
        self.bundledCourse = bundledCourse
        self.limits = limits
        self.workingDirectory = workingDirectory
    }

    /// The data directory's `lessons/` folder.
    public var lessonsFolder: String { FolderScanner.join(dataDirectory, "lessons") }

    /// Imports a course or module folder.
    /// - Parameters:
    ///   - path: the folder, as the user gave it (findings and lists start with it).
    ///   - replace: whether a module already imported or bundled may be replaced.
    /// - Returns: what was imported, skipped and refused; `succeeded` tells whether it went through.
    public func importFolder(_ path: String, replace: Bool) -> ImportResult {
        run(path, replace: replace, install: true)
    }

    /// What `importFolder(path, replace: true)` would do, decided by the same steps (the folder
    /// is looked through, copied into a hidden folder of `lessons/` and validated there), but
    /// nothing is put in place: the copy is removed.
    /// - Parameter path: the folder, as the user gave it.
    /// - Returns: `imported` lists the modules that would be imported (with what each would
    ///   replace), `succeeded` whether importing with `replace` would go through; `skipped`,
    ///   `refusals` and `findings` as for an import.
    public func preview(_ path: String) -> ImportResult {
        run(path, replace: true, install: false)
    }

    private func run(_ path: String, replace: Bool, install shouldInstall: Bool) -> ImportResult {
        let display = FolderScanner.displayRoot(path)
        var result = ImportResult(source: display)
        let location = resolved(stripped(path))

        // 1. Look through the folder.
        let root: DirectoryHandle
        switch DirectoryHandle.open(path: location) {
        case .success(let handle): root = handle
        case .failure(let error):
            result.refusals = [ImportRefusal(path: display, reason: Self.openFailure(error, at: location))]
            return result
        }
        let walker = ImportWalker(limits: limits, display: display)
        let plan = walker.plan(root: root)
        result.skipped = plan.skipped
        result.refusals = plan.refusals
        let rootName = Self.realName(of: location)
        if plan.isModuleRoot {
            if rootName.utf8.first == UInt8(ascii: ".") {
                result.refusals.append(ImportRefusal(path: display, reason: .hiddenModuleFolder))
            } else if let problem = ImportWalker.nameProblem(rootName) {
                result.refusals.append(ImportRefusal(path: display, reason: problem))
            }
        }
        guard result.refusals.isEmpty else { return result }

        // 2. Check the folder where it is, before anything is written: a folder the checker
        //    refuses, or one that stopped it, leaves nothing in the data directory.
        let preflight = checker(existing: existingModules().all, workingDirectory: workingDirectory).load(path)
        if !preflight.errors.isEmpty {
            result.findings = preflight.diagnostics
            result.refusals = [ImportRefusal(path: display, reason: .validationErrors(count: preflight.errors.count))]
            return result
        }

        // 3. Copy into a hidden folder of lessons/, under the import lock.
        let lessons: DirectoryHandle
        switch openLessonsFolder() {
        case .success(let handle): lessons = handle
        case .failure(let refusal):
            result.refusals = [refusal]
            return result
        }
        let lock: FileLock
        switch lessons.lockFile(".import.lock") {
        case .success(let taken): lock = taken
        case .failure(let error):
            result.refusals = [ImportRefusal(path: lessonsFolder, reason: .writeFailed(reason: error.text))]
            return result
        }
        defer { withExtendedLifetime(lock) {} }
        removeLeftovers(in: lessons)
        let stagingName = ".import-\(getpid())-\(Self.token())"
        defer {
            lessons.removeTree(stagingName)
            _ = lessons.sync()
        }
        let stagedRoot: DirectoryHandle
        switch copy(plan, from: root, into: lessons, stagingName: stagingName, rootName: rootName, display: display) {
        case .success(let handle): stagedRoot = handle
        case .failure(let refusal):
            result.refusals = [refusal]
            return result
        }

        // 4. Check the copy, as the app will read it.
        let (bundledIDs, importedEntries, existing) = existingModules()
        let stagingFolder = FolderScanner.join(lessonsFolder, stagingName)
        let staged = checker(existing: existing, workingDirectory: stagingFolder).load(rootName)
        result.findings = staged.diagnostics.map { Self.relabel($0, from: rootName, to: display) }
        if !staged.errors.isEmpty {
            result.refusals = [ImportRefusal(path: display, reason: .validationErrors(count: staged.errors.count))]
            return result
        }

        // 4b. Keep learners' history: what is the same as the version it replaces keeps its id.
        let kept: KeptIdentities
        switch keepIdentities(course: staged, stagedRoot: stagedRoot, isModuleRoot: plan.isModuleRoot,
                              bundled: bundledIDs, imported: importedEntries,
                              reload: { checker(existing: existing, workingDirectory: stagingFolder).load(rootName) }) {
        case .success(let found): kept = found
        case .failure(let error):
            result.refusals = [ImportRefusal(path: lessonsFolder, reason: .writeFailed(reason: error.text))]
            return result
        }
        let course = kept.course
        result.history = kept.history
        if !course.errors.isEmpty {
            result.findings = course.diagnostics.map { Self.relabel($0, from: rootName, to: display) }
            result.refusals = [ImportRefusal(path: display, reason: .validationErrors(count: course.errors.count))]
            return result
        }

        // 5. Check ids and folder names against what is there.
        var moves: [Move] = []
        for module in course.modules {
            let folderName = plan.isModuleRoot ? rootName : module.folderName
            let earlier = importedEntries.first { $0.id == module.id }
            var replaced: ImportedModule.Replaced?
            if let recognised = kept.recognised[module.id], !replace {
                result.refusals.append(ImportRefusal(path: Self.relabel(module.path, from: rootName, to: display),
                                                     reason: .recognisedByTitle(id: module.id, title: recognised.title,
                                                                                folderName: recognised.folderName)))
                replaced = earlier.map { .imported(folderName: $0.folderName) } ?? .bundled
            } else if let earlier {
                if !replace {
                    result.refusals.append(ImportRefusal(path: Self.relabel(module.path, from: rootName, to: display),
                                                         reason: .moduleAlreadyImported(id: module.id, folderName: earlier.folderName)))
                }
                replaced = .imported(folderName: earlier.folderName)
            } else if bundledIDs.contains(where: { $0.id == module.id }) {
                if !replace {
                    result.refusals.append(ImportRefusal(path: Self.relabel(module.path, from: rootName, to: display),
                                                         reason: .moduleAlreadyBundled(id: module.id)))
                }
                replaced = .bundled
            }
            if lessons.contains(folderName), earlier?.folderName != folderName {
                result.refusals.append(ImportRefusal(path: Self.relabel(module.path, from: rootName, to: display),
                                                     reason: .folderNameTaken(folderName: folderName)))
            }
            moves.append(Move(folderName: folderName, replacedFolder: earlier?.folderName,
                              imported: ImportedModule(id: module.id, title: module.title.original,
                                                       folderName: folderName, replaced: replaced)))
        }
        guard result.refusals.isEmpty else { return result }
        guard shouldInstall else {
            result.imported = moves.map(\.imported)
            return result
        }

        // 6. Rename into place.
        let stagedModules: DirectoryHandle
        if plan.isModuleRoot {
            switch lessons.openFolder(stagingName) {
            case .success(let handle): stagedModules = handle
            case .failure(let error):
                result.refusals = [ImportRefusal(path: lessonsFolder, reason: .writeFailed(reason: error.text))]
                return result
            }
        } else {
            stagedModules = stagedRoot
        }
        switch install(moves, from: stagedModules, into: lessons) {
        case .success:
            result.imported = moves.map(\.imported)
            LessonsStamp.write(in: lessons)
        case .failure(let error):
            result.refusals = [ImportRefusal(path: lessonsFolder, reason: .writeFailed(reason: error.text))]
        }
        return result
    }

    // MARK: - Steps

    /// One module folder to rename into place.
    private struct Move {
        var folderName: String
        var replacedFolder: String?
        var imported: ImportedModule
    }

    /// The modules of the bundled course and of `lessons/`, and both as existing modules
    /// (canonical id → `module.md`) for the checker.
    private func existingModules() -> (bundled: [ModuleIDScanner.Entry], imported: [ModuleIDScanner.Entry], all: [String: String]) {
        let bundled = bundledCourse.map { ModuleIDScanner(workingDirectory: workingDirectory).scan([$0]) } ?? []
        let imported = ModuleIDScanner(workingDirectory: nil).scan([lessonsFolder])
        var all: [String: String] = [:]
        for entry in bundled + imported where all[entry.id] == nil {
            all[entry.id] = FolderScanner.join(entry.displayPath, "module.md")
        }
        return (bundled, imported, all)
    }

    /// A loader that knows the existing modules (for `requires` and look-alike ids).
    private func checker(existing: [String: String], workingDirectory: String?) -> CourseLoader {
        var loader = CourseLoader(workingDirectory: workingDirectory)
        loader.existingModules = existing
        loader.knownModuleIDs = Set(existing.keys)
        return loader
    }

    /// Creates the data directory and its `lessons/` if missing, and opens `lessons/` (never
    /// through a link).
    private func openLessonsFolder() -> Result<DirectoryHandle, ImportRefusal> {
        if let error = Self.makeFolders(dataDirectory) ?? Self.makeFolders(lessonsFolder) {
            return .failure(ImportRefusal(path: lessonsFolder, reason: .writeFailed(reason: error.text)))
        }
        switch DirectoryHandle.open(path: lessonsFolder) {
        case .success(let handle): return .success(handle)
        case .failure(let error):
            let reason: ImportRefusal.Reason = error.code == ELOOP || error.code == ENOTDIR
                ? .lessonsFolderUnusable : .writeFailed(reason: error.text)
            return .failure(ImportRefusal(path: lessonsFolder, reason: reason))
        }
    }

    /// Copies the planned module folders into `lessons/STAGING/ROOT`, fsyncing every file and
    /// folder. Returns the open `ROOT` copy.
    private func copy(_ plan: ImportPlan, from root: DirectoryHandle, into lessons: DirectoryHandle,
                      stagingName: String, rootName: String, display: String) -> Result<DirectoryHandle, ImportRefusal> {
        let failure = { (error: Errno) in ImportRefusal(path: self.lessonsFolder, reason: .writeFailed(reason: error.text)) }
        let staging: DirectoryHandle
        let stagedRoot: DirectoryHandle
        switch lessons.makeFolder(stagingName).flatMap({ folder in folder.makeFolder(rootName).map { (folder, $0) } }) {
        case .success(let (folder, rootCopy)):
            staging = folder
            stagedRoot = rootCopy
        case .failure(let error): return .failure(failure(error))
        }
        for module in plan.modules {
            var source = root
            var target = stagedRoot
            for name in module.components {
                switch source.openFolder(name) {
                case .success(let next): source = next
                case .failure(let error):
                    let path = display + "/" + module.components.joined(separator: "/")
                    return .failure(ImportRefusal(path: path, reason: error.code == ELOOP ? .changedWhileImporting : .unreadable(reason: error.text)))
                }
                switch target.makeFolder(name) {
                case .success(let next): target = next
                case .failure(let error): return .failure(failure(error))
                }
            }
            for file in module.files {
                let path = display + "/" + (module.components + [file.name]).joined(separator: "/")
                let bytes: [UInt8]
                switch source.read(file.name, expected: file.info, limit: limits.maxFileBytes) {
                case .success(let read): bytes = read
                case .failure(.changed): return .failure(ImportRefusal(path: path, reason: .changedWhileImporting))
                case .failure(.tooLarge(let size)):
                    return .failure(ImportRefusal(path: path, reason: .fileTooLarge(bytes: size, limit: limits.maxFileBytes)))
                case .failure(.system(let error)): return .failure(ImportRefusal(path: path, reason: .unreadable(reason: error.text)))
                }
                if case .failure(let error) = target.write(file.name, bytes: bytes) { return .failure(failure(error)) }
            }
            if case .failure(let error) = target.sync() { return .failure(failure(error)) }
        }
        for folder in [stagedRoot, staging, lessons] {
            if case .failure(let error) = folder.sync() { return .failure(failure(error)) }
        }
        return .success(stagedRoot)
    }

    /// Renames each staged module folder into `lessons/`, moving an earlier import aside first;
    /// undoes everything on failure; removes what was moved aside once all are in place.
    private func install(_ moves: [Move], from staged: DirectoryHandle, into lessons: DirectoryHandle) -> Result<Void, Errno> {
        var asides: [(original: String, aside: String)] = []
        var placed: [String] = []
        func undo() {
            for name in placed.reversed() { _ = lessons.rename(name, to: staged, as: name) }
            for entry in asides.reversed() { _ = lessons.rename(entry.aside, to: lessons, as: entry.original) }
            _ = lessons.sync()
        }
        for move in moves {
            if let old = move.replacedFolder {
                // The name keeps the original folder's, so a run killed between the two renames
                // can be undone by the next one (see `removeLeftovers`).
                let aside = ".replaced-\(getpid())-\(Self.token())-\(old)"
                if case .failure(let error) = lessons.rename(old, to: lessons, as: aside) {
                    undo()
                    return .failure(error)
                }
                asides.append((old, aside))
            }
            if case .failure(let error) = staged.rename(move.folderName, to: lessons, as: move.folderName) {
                undo()
                return .failure(error)
            }
            placed.append(move.folderName)
        }
        if case .failure(let error) = lessons.sync() {
            undo()
            return .failure(error)
        }
        for entry in asides { lessons.removeTree(entry.aside) }
        return lessons.sync()
    }

    /// Cleans up after an import that was killed (the caller holds the lock): its copy
    /// (`.import-…`) is removed; an earlier import it had moved aside (`.replaced-PID-TOKEN-NAME`)
    /// is put back when nothing took its place, else removed.
    private func removeLeftovers(in lessons: DirectoryHandle) {
        guard case .success(let names) = lessons.names() else { return }
        for name in names {
            guard let text = name.text else { continue }
            if text.hasPrefix(".import-") {
                lessons.removeTree(text)
            } else if text.hasPrefix(".replaced-") {
                // By scalars: the original's name may start with a combining mark.
                let parts = text.unicodeScalars.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
                let original = parts.count == 4 ? String(String.UnicodeScalarView(parts[3])) : ""
                if !original.isEmpty, original.unicodeScalars.first != ".", !lessons.contains(original),
                   case .success = lessons.rename(text, to: lessons, as: original) {
                    continue
                }
                lessons.removeTree(text)
            }
        }
        _ = lessons.sync()
    }

    // MARK: - Helpers

    private func resolved(_ path: String) -> String {
        guard let workingDirectory, !path.hasPrefix("/") else { return path }
        return FolderScanner.join(workingDirectory, path)
    }

    /// The path without trailing slashes (so a link named last is still seen as a link).
    private func stripped(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? "." : String(trimmed)
    }

    /// Why the folder given could not be opened.
    private static func openFailure(_ error: Errno, at location: String) -> ImportRefusal.Reason {
        switch error.code {
        case ENOENT: return .pathNotFound
        case ELOOP: return .symbolicLink
        case ENOTDIR:
            var status = stat()
            if lstat(location, &status) == 0, status.st_mode & S_IFMT == S_IFLNK { return .symbolicLink }
            return .notAFolder
        default: return .unreadable(reason: error.text)
        }
    }

    /// The folder's own name (so `.` gives the current folder's name).
    private static func realName(of location: String) -> String {
        var name = ScalarText.lastPathComponent(location)
        if name == "." || name == ".." || name.isEmpty, let real = realpath(location, nil) {
            name = ScalarText.lastPathComponent(String(cString: real))
            free(real)
        }
        return name
    }

    /// A diagnostic with its paths starting at the folder given rather than at the copy.
    private static func relabel(_ diagnostic: Diagnostic, from rootName: String, to display: String) -> Diagnostic {
        var copy = diagnostic
        copy.file = relabel(diagnostic.file, from: rootName, to: display)
        if case .duplicateModuleID(let id, let other) = diagnostic.problem {
            copy.problem = .duplicateModuleID(id: id, otherFile: relabel(other, from: rootName, to: display))
        }
        return copy
    }

    private static func relabel(_ path: String, from rootName: String, to display: String) -> String {
        if path == rootName { return display }
        if path.hasPrefix(rootName + "/") { return display + path.dropFirst(rootName.count) }
        return path
    }

    /// Creates a folder and its parents (like `mkdir -p`); returns the error, if any.
    private static func makeFolders(_ path: String) -> Errno? {
        var current = path.hasPrefix("/") ? "" : "."
        for part in ScalarText.split(path, at: "/") where !part.isEmpty {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST { return Errno(errno) }
        }
        return nil
    }

    /// A short random token for hidden folder names.
    private static func token() -> String {
        String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }
}
