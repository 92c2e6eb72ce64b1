/// The course the app and `cunxue report` show, loaded in layers: the bundled course, then the
/// modules imported into the data directory's `lessons/`, then the `--lessons` folders.
///
/// A module whose id appears in a later layer is *replaced* by it (no duplicate-id error across
/// layers; the replacement takes the replaced module's place in the list). Ids compare in
/// canonical form (`ModuleID`); a module whose id only looks like an earlier layer's is an error
/// and is left out. Within one layer the
/// loader's rules hold: two modules with one id are errors there. `requires` may name a module of
/// any layer. The findings of every layer are kept, replaced modules' included.
public struct CourseLibrary: Sendable, Equatable {
    /// Where a layer comes from.
    public enum Source: String, Sendable, Equatable, CaseIterable {
        /// The course that ships with Cunxue.
        case bundled
        /// The data directory's `lessons/`, filled by `cunxue import`.
        case imported
        /// Folders given with `--lessons`.
        case extra
    }

    /// One layer that was loaded.
    public struct Layer: Sendable, Equatable {
        /// Where it comes from.
        public var source: Source
        /// Its folders, as given.
        public var paths: [String]
        /// The ids of the modules it loaded, in order (replaced ones included).
        public var moduleIDs: [String]
    }

    /// A module of an earlier layer that a later layer replaced.
    public struct Replacement: Sendable, Equatable {
        /// The id both modules have.
        public var moduleID: String
        /// The replaced module's layer and folder (as reported).
        public var replacedSource: Source
        /// The replaced module's folder, as reported.
        public var replacedPath: String
        /// The replacing module's layer.
        public var source: Source
        /// The replacing module's folder, as reported.
        public var path: String
    }

    /// The modules in effect, every finding of every layer, and what was skipped.
    public var course: Course
    /// The layers loaded, in order (a missing or empty imported folder is no layer).
    public var layers: [Layer]
    /// The modules replaced by a later layer, in the order it happened.
    public var replacements: [Replacement]
    /// Which layer each module in `course` comes from.
    public var sourceOfModule: [String: Source]

    /// Loads the layered course.
    /// - Parameters:
    ///   - bundled: the bundled course folder (`nil` when none was found).
    ///   - imported: the data directory's `lessons/` folder; a missing or empty one is no layer.
    ///   - extra: `--lessons` folders, loaded together as one layer.
    ///   - workingDirectory: the folder relative paths are resolved against (`nil`: the current one).
    ///   - mode: `.index` leaves lesson bodies on disk (the app); `.full` reads everything.
    /// - Returns: the library; its `course` holds the modules in effect.
    public static func load(bundled: String?, imported: String?, extra: [String],
                            workingDirectory: String? = nil, mode: CourseLoader.Mode = .full) -> CourseLibrary {
        var loader = CourseLoader(workingDirectory: workingDirectory)
        loader.mode = mode
        var planned: [(source: Source, paths: [String])] = []
        if let bundled { planned.append((.bundled, [bundled])) }
        if let imported { planned.append((.imported, [imported])) }
        if !extra.isEmpty { planned.append((.extra, extra)) }
        // Every layer is read before any is checked, so that `requires` may name a module in
        // another layer; a missing or empty imported folder is no layer.
        let prepared = planned.map { loader.prepare($0.paths) }
            .enumerated().filter { planned[$0.offset].source != .imported || $0.element.hasModulesOrFindings }
        let entries = prepared.map(\.element.moduleEntries)  // (each id made once)
        loader.knownModuleIDs = Set(entries.joined().map(\.id))

        var library = CourseLibrary(course: Course(), layers: [], replacements: [], sourceOfModule: [:])
        for ((index, layer), layerEntries) in zip(prepared, entries) {
            let loaded = loader.finish(layer)
            library.add(loaded, source: planned[index].source, paths: planned[index].paths)
            // A later layer replaces a module by its very id; one that only looks like it is an error.
            for entry in layerEntries where loader.existingModules[entry.id] == nil {
                loader.existingModules[entry.id] = FolderScanner.join(entry.displayPath, "module.md")
            }
        }
        return library
    }

    /// Loads one more layer's course on top of the ones before.
    private mutating func add(_ loaded: Course, source: Source, paths: [String]) {
        layers.append(Layer(source: source, paths: paths, moduleIDs: loaded.modules.map(\.id)))
        course.diagnostics += loaded.diagnostics
        course.skippedFiles += loaded.skippedFiles
        for module in loaded.modules {
            if let index = course.modules.firstIndex(where: { $0.id == module.id }) {
                let old = course.modules[index]
                replacements.append(Replacement(moduleID: module.id, replacedSource: sourceOfModule[module.id] ?? source,
                                                replacedPath: old.path, source: source, path: module.path))
                course.modules[index] = module
            } else {
                course.modules.append(module)
            }
            sourceOfModule[module.id] = source
        }
    }
}
