/// Loads lesson folders into a `Course`, checking them as it goes.
///
/// A folder holding a `module.md` is one module; any other folder is a course whose subfolders
/// (not hidden, holding at least one `.md` file) are modules. Files are read without following
/// links, at most 1 MiB each, and must be UTF-8. A file with an error is skipped (and listed in
/// `Course.skippedFiles`); everything else still loads. Files are parsed in parallel.
public struct CourseLoader: Sendable {
    /// How much of each lesson is kept in memory.
    public enum Mode: Sendable, Equatable {
        /// Everything, lesson bodies included, with every finding: what `cunxue validate` and
        /// `cunxue import` need.
        case full
        /// Ids, titles, front matter, module quizzes and counts; lesson bodies stay on disk
        /// (`LessonContent.bodyFile`) and `LessonBodyReader` reads one when it is opened, and a
        /// lesson's check is read the first time it is asked for (`DeferredQuiz`). Every other
        /// file is opened, read and checked as in `.full` (links, special files, size, UTF-8,
        /// front matter), so the same modules, lessons, titles and questions load. Left to the
        /// opening (or to `.full`): the warnings about a lesson's body — empty, looks like a
        /// quiz, a character made by an entity — and every finding about a check. What the app
        /// uses at start.
        case index
    }

    /// The folder relative paths are resolved against (`nil`: the process's current directory).
    public var workingDirectory: String?
    /// Module ids that `requires` may name besides the modules loaded here (those of the other
    /// layers of a `CourseLibrary`); empty by default. Compared in canonical form (`ModuleID`).
    public var knownModuleIDs: Set<String> = []
    /// Modules that exist besides the ones loaded here (the bundled course, imported lessons,
    /// earlier layers): canonical id → its `module.md` as reported. A loaded module whose id looks
    /// like one of these (same UTS #39 skeleton) without being it is an error.
    public var existingModules: [String: String] = [:]
    /// How much of each lesson is kept; `.full` by default.
    public var mode: Mode = .full

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
        finish(prepare(paths))
    }

    /// Scans and parses `paths`: the first half of `load`, before the course-wide checks. The
    /// folders are listed and their files read and parsed on all cores, a module folder a task
    /// (the files of a lone module folder a task each), so the layers of a `CourseLibrary` can
    /// all be read before any is checked: the ids of every layer come from here, not from a
    /// second scan.
    func prepare(_ paths: [String]) -> PreparedLayer {
        let scanner = FolderScanner(workingDirectory: workingDirectory)
        var folders: [ModuleFolder] = []
        var pathDiagnostics: [(root: Int, diagnostic: Diagnostic)] = []
        for (index, path) in paths.enumerated() {
            let scan = scanner.scan(path, rootIndex: index)
            folders += scan.folders
            pathDiagnostics += scan.diagnostics.map { (index, $0) }
        }
        MarkdownParser.registerExtensions()
        var parser = FileParser()
        parser.parsesLessonBodies = mode == .full
        parser.readsChecks = mode == .full
        let defers = mode == .index
        let assemblers: [ModuleAssembler]
        if folders.count == 1, let folder = folders.first {
            let parsed = folder.files.parallelMap { [parser] in parser.parse($0) }
            assemblers = [ModuleAssembler(folder: folder, files: parsed, defersLessonBodies: defers)]
        } else {
            assemblers = folders.parallelMap { [parser] folder in
                ModuleAssembler(folder: folder, files: folder.files.map { parser.parse($0) }, defersLessonBodies: defers)
            }
        }
        return PreparedLayer(assemblers: assemblers, pathDiagnostics: pathDiagnostics)
    }

    /// The second half of `load`: the course-wide checks (ids, `requires`), then each module
    /// assembled (on all cores) and the findings put in report order.
    func finish(_ prepared: PreparedLayer) -> Course {
        var assemblers = prepared.assemblers
        checkModuleIDs(&assemblers)
        let assembled = assemblers.parallelMap { assembler -> (ModuleAssembler, Module?) in
            var assembler = assembler
            let module = assembler.assemble()
            return (assembler, module)
        }
        return course(modules: assembled.compactMap(\.1), assemblers: assembled.map(\.0),
                      pathDiagnostics: prepared.pathDiagnostics)
    }

    /// Treats the modules in `paths` (the bundled course, the data directory's `lessons/`) as
    /// existing: `requires` may name them, and an id that looks like one of theirs without being
    /// it is an error. Only their `module.md` files are read; their findings are not reported.
    /// - Parameter paths: course or module folders; missing ones are ignored.
    public mutating func addExistingModules(in paths: [String]) {
        let scanner = ModuleIDScanner(workingDirectory: workingDirectory)
        for entry in scanner.scan(paths) where existingModules[entry.id] == nil {
            knownModuleIDs.insert(entry.id)
            existingModules[entry.id] = FolderScanner.join(entry.displayPath, "module.md")
        }
    }

    /// Loads one lesson folder.
    /// - Parameter path: a course or module folder, as the user gave it.
    /// - Returns: the usable modules, all findings, and what was skipped.
    public func load(_ path: String) -> Course {
        load([path])
    }

    // MARK: - Course-wide checks

    /// Reports duplicate module ids (against every `module.md` that declares one), ids that mix
    /// scripts or look like another module's, and `requires` naming a module that does not exist.
    private func checkModuleIDs(_ assemblers: inout [ModuleAssembler]) {
        var declaring: [String: [Int]] = [:]
        for index in assemblers.indices where assemblers[index].moduleFile != nil {
            declaring[assemblers[index].moduleID, default: []].append(index)
        }
        for (id, indices) in declaring where indices.count > 1 {
            for index in indices {
                guard let other = indices.first(where: { $0 != index }) else { continue }
                let position = assemblers[index].idPosition
                assemblers[index].addToModuleFile(.duplicateModuleID(id: id, otherFile: assemblers[other].moduleFilePath),
                                                  line: position.line, column: position.column)
            }
        }
        checkLookalikeIDs(&assemblers, declaring: declaring)
        let known = Set(knownModuleIDs.map(ModuleID.canonical))
        for index in assemblers.indices {
            guard let module = assemblers[index].moduleFile else { continue }
            for requirement in module.requires where declaring[requirement.id] == nil && !known.contains(requirement.id) {
                assemblers[index].addToModuleFile(.unknownRequiredModule(id: requirement.id),
                                                  line: requirement.line, column: requirement.column)
            }
        }
    }

    /// Reports ids that mix scripts, and ids whose skeleton is another id's: of a module loaded
    /// here, or of an existing one.
    private func checkLookalikeIDs(_ assemblers: inout [ModuleAssembler], declaring: [String: [Int]]) {
        var bySkeleton: [String: [(id: String, file: String)]] = [:]
        for (id, file) in existingModules.sorted(by: { $0.key < $1.key }) {
            bySkeleton[ModuleID.skeleton(id), default: []].append((ModuleID.canonical(id), file))
        }
        for id in declaring.keys.sorted() where ModuleID.mixedScripts(id) == nil {
            guard let first = declaring[id]?.first else { continue }
            bySkeleton[ModuleID.skeleton(id), default: []].append((id, assemblers[first].moduleFilePath))
        }
        for index in assemblers.indices where assemblers[index].moduleFile != nil {
            let id = assemblers[index].moduleID
            let position = assemblers[index].idPosition
            if let scripts = ModuleID.mixedScripts(id) {
                assemblers[index].addToModuleFile(.mixedScriptModuleID(id: id, scripts: scripts),
                                                  line: position.line, column: position.column)
                continue
            }
            // The very id of an existing module replaces it (import --replace, a later layer).
            if existingModules[id] != nil { continue }
            guard let other = bySkeleton[ModuleID.skeleton(id)]?.first(where: { $0.id != id }) else { continue }
            assemblers[index].addToModuleFile(.confusableModuleID(id: id, other: other.id, otherFile: other.file),
                                              line: position.line, column: position.column)
        }
    }

    // MARK: - Findings and skipped files

    private func course(modules: [Module], assemblers: [ModuleAssembler],
                        pathDiagnostics: [(root: Int, diagnostic: Diagnostic)]) -> Course {
        var tagged = pathDiagnostics
        var skipped: [(root: Int, file: SkippedFile)] = []
        for assembler in assemblers {
            let root = assembler.folder.rootIndex
            tagged += (assembler.folder.diagnostics + assembler.folderDiagnostics).map { (root, $0) }
            for diagnostic in assembler.folder.diagnostics + assembler.folderDiagnostics where diagnostic.severity == .error {
                skipped.append((root, SkippedFile(path: diagnostic.file, reasons: [diagnostic])))
            }
            for index in assembler.files.indices where !assembler.files[index].report.diagnostics.isEmpty {
                tagged += assembler.files[index].report.diagnostics.map { (root, $0) }
            }
            skipped += SkippedFile.left(outOf: assembler.files).map { (root, $0) }
            skipped += assembler.skippedQuestions.map { (root, $0) }
        }
        let ordered = tagged.enumerated().sorted { lhs, rhs in
            if lhs.element.root != rhs.element.root { return lhs.element.root < rhs.element.root }
            let (left, right) = (lhs.element.diagnostic, rhs.element.diagnostic)
            if Diagnostic.reportOrder(left, right) { return true }
            if Diagnostic.reportOrder(right, left) { return false }
            return lhs.offset < rhs.offset
        }
        let orderedSkips = skipped.enumerated().sorted { lhs, rhs in
            if lhs.element.root != rhs.element.root { return lhs.element.root < rhs.element.root }
            if lhs.element.file.path != rhs.element.file.path {
                return lhs.element.file.path.utf8.lexicographicallyPrecedes(rhs.element.file.path.utf8)
            }
            return lhs.offset < rhs.offset
        }
        return Course(modules: modules, diagnostics: ordered.map(\.element.diagnostic),
                      skippedFiles: orderedSkips.map(\.element.file))
    }
}

/// One layer's module folders, scanned and parsed, waiting for the course-wide checks
/// (`CourseLoader.prepare`, then `CourseLoader.finish`).
struct PreparedLayer: Sendable {
    /// One assembler a module folder, in the loader's order.
    var assemblers: [ModuleAssembler]
    /// Findings about the paths themselves, with the index of the path each is about.
    var pathDiagnostics: [(root: Int, diagnostic: Diagnostic)]

    /// The module folders found, with the id each declares (or takes from its folder's name).
    var moduleEntries: [ModuleIDScanner.Entry] {
        assemblers.map {
            ModuleIDScanner.Entry(id: $0.moduleID, folderName: $0.folder.folderName, displayPath: $0.folder.displayPath,
                                  title: $0.moduleFile?.title)
        }
    }

    /// Whether the layer holds a module folder or something to report (an imported layer is
    /// left out, rather than reported, when its folder is missing or empty).
    var hasModulesOrFindings: Bool {
        !assemblers.isEmpty || pathDiagnostics.contains { $0.diagnostic.code != .noModules && $0.diagnostic.code != .pathNotFound }
    }
}

extension SkippedFile {
    /// The files of `files` left out for their errors. An original quiz without an error of the
    /// whole file is not: its questions with errors are left out one by one instead.
    static func left(outOf files: [ParsedFile]) -> [SkippedFile] {
        files.compactMap { file in
            let errors = file.report.diagnostics.filter { $0.severity == .error }
            guard !errors.isEmpty else { return nil }
            if case .quiz(let quiz)? = file.content, !quiz.hasFileError, file.role.language == nil { return nil }
            return SkippedFile(path: file.report.file, reasons: errors)
        }
    }
}
