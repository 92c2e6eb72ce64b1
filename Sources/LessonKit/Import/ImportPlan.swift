import Glibc

/// What a look through a folder to import found: the module folders and their Markdown files to
/// copy, what to leave out, and what refuses the import.
struct ImportPlan {
    /// One module folder to copy.
    struct ModuleFolder {
        /// Its path from the folder given, as names (`[]` when the folder given is the module).
        var components: [String]
        /// Its Markdown files, with what they were when looked at.
        var files: [(name: String, info: DirectoryHandle.Info)]
    }

    /// The module folders, in name order.
    var modules: [ModuleFolder] = []
    /// Whether the folder given is itself a module (else a course of module folders).
    var isModuleRoot = false
    /// What is left out.
    var skipped: [ImportSkip] = []
    /// What refuses the import.
    var refusals: [ImportRefusal] = []
}

/// Looks through a folder to import without following anything: every entry is described with
/// `fstatat` and checked against the rules (names, kinds, sizes, counts) before anything is copied.
struct ImportWalker {
    /// The limits.
    var limits: ImportLimits
    /// The folder as shown in messages.
    var display: String

    /// Walks the folder open at `root`.
    func plan(root: DirectoryHandle) -> ImportPlan {
        var state = State()
        visit(root, components: [], state: &state)
        var plan = ImportPlan(skipped: state.skipped, refusals: state.refusals)
        guard !state.stopped else { return plan }

        let rootFiles = state.markdown[[]] ?? []
        var moduleComponents: [[String]]
        if rootFiles.contains(where: { FileRole.isModuleFile($0.name) }) {
            moduleComponents = [[]]
            plan.isModuleRoot = true
        } else {
            moduleComponents = state.folders.filter { $0.count == 1 && !(state.markdown[$0] ?? []).isEmpty }
            if moduleComponents.isEmpty && !rootFiles.isEmpty {
                // Lessons but no module.md: a module that lacks it (the validator says so).
                moduleComponents = [[]]
                plan.isModuleRoot = true
            }
        }
        if moduleComponents.isEmpty && plan.refusals.isEmpty {
            plan.refusals.append(ImportRefusal(path: display, reason: .noModules))
        }
        let modules = Set(moduleComponents)
        for (components, files) in state.markdown where !modules.contains(components) {
            for file in files {
                plan.skipped.append(ImportSkip(path: path(components + [file.name]), reason: .outsideModule))
            }
        }
        plan.skipped.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        plan.modules = moduleComponents.map { ImportPlan.ModuleFolder(components: $0, files: state.markdown[$0] ?? []) }
        return plan
    }

    // MARK: - Walking

    private struct State {
        var count = 0
        var stopped = false
        var skipped: [ImportSkip] = []
        var refusals: [ImportRefusal] = []
        /// Markdown files found, by folder.
        var markdown: [[String]: [(name: String, info: DirectoryHandle.Info)]] = [:]
        /// Every folder walked, in walk order.
        var folders: [[String]] = []
    }

    private func visit(_ folder: DirectoryHandle, components: [String], state: inout State) {
        state.folders.append(components)
        let names: [DirectoryHandle.Name]
        switch folder.names() {
        case .success(let list): names = list
        case .failure(let error):
            state.refusals.append(ImportRefusal(path: path(components), reason: .unreadable(reason: error.text)))
            return
        }
        for name in names {
            if state.stopped { return }
            state.count += 1
            if state.count > limits.maxEntries {
                state.refusals.append(ImportRefusal(path: display, reason: .tooManyFiles(limit: limits.maxEntries)))
                state.stopped = true
                return
            }
            // Names are shown sanitized; past the name checks they are clean, so `here` is
            // both what is shown and what is opened.
            let shown = components + [Self.displayName(name.display)]
            if name.isHidden {
                state.skipped.append(ImportSkip(path: path(shown), reason: .hidden))
                continue
            }
            guard let text = name.text else {
                state.refusals.append(ImportRefusal(path: path(shown), reason: .nameNotUTF8))
                continue
            }
            if let problem = Self.nameProblem(text) {
                state.refusals.append(ImportRefusal(path: path(shown), reason: problem))
                continue
            }
            let here = components + [text]
            let info: DirectoryHandle.Info
            switch folder.info(text) {
            case .success(let found): info = found
            case .failure(let error):
                state.refusals.append(ImportRefusal(path: path(here), reason: .unreadable(reason: error.text)))
                continue
            }
            switch info.kind {
            case .symbolicLink:
                state.refusals.append(ImportRefusal(path: path(here), reason: .symbolicLink))
            case .special(let kind):
                state.refusals.append(ImportRefusal(path: path(here), reason: .specialFile(kind)))
            case .directory:
                guard here.count <= limits.maxDepth else {
                    state.refusals.append(ImportRefusal(path: path(here), reason: .tooDeep(limit: limits.maxDepth)))
                    continue
                }
                switch folder.openFolder(text) {
                case .success(let child): visit(child, components: here, state: &state)
                case .failure(let error):
                    let reason: ImportRefusal.Reason = error.code == ELOOP ? .symbolicLink : .unreadable(reason: error.text)
                    state.refusals.append(ImportRefusal(path: path(here), reason: reason))
                }
            case .regular:
                if let miss = MisnamedFile.check(text) {
                    state.skipped.append(ImportSkip(path: path(here), reason: .misnamed,
                                                    problem: .misnamedFile(suggestion: miss.suggestion, reason: miss.reason)))
                } else if FileRole(fileName: text) == nil {
                    state.skipped.append(ImportSkip(path: path(here), reason: .notMarkdown))
                } else if info.size > limits.maxFileBytes {
                    state.refusals.append(ImportRefusal(path: path(here),
                                                        reason: .fileTooLarge(bytes: info.size, limit: limits.maxFileBytes)))
                } else {
                    state.markdown[components, default: []].append((text, info))
                }
            }
        }
    }

    /// What is wrong with a name, if anything: `..`, a control character (tab and newline
    /// included), a bidirectional formatting character.
    static func nameProblem(_ name: String) -> ImportRefusal.Reason? {
        if name.contains("..") { return .nameWithDots }
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F: return .nameWithControlCharacter(scalar: scalar.value)
            default:
                if TextSanitizer.action(for: scalar) != nil { return .nameWithBidiCharacter(scalar: scalar.value) }
            }
        }
        return nil
    }

    /// A name made safe to show: control characters (tab and newline too) removed,
    /// bidirectional ones replaced (see `TextSanitizer`).
    static func displayName(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: name.unicodeScalars.filter { $0.value != 0x09 && $0.value != 0x0A })
        return TextSanitizer().sanitize(String(scalars))
    }

    /// The display path of an entry.
    func path(_ components: [String]) -> String {
        components.isEmpty ? display : display + "/" + components.joined(separator: "/")
    }
}

/// The importer's limits.
public struct ImportLimits: Sendable, Equatable {
    /// The most files and folders a folder to import may hold, hidden ones included (2,000).
    public var maxEntries: Int
    /// The largest Markdown file, in bytes (1 MiB, as the loader reads).
    public var maxFileBytes: Int
    /// The deepest nesting of folders below the folder given (8).
    public var maxDepth: Int

    /// The standard limits, or others for tests.
    public init(maxEntries: Int = 2_000, maxFileBytes: Int = 1 << 20, maxDepth: Int = 8) {
        self.maxEntries = maxEntries
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
    }
}
