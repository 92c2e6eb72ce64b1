/// Finds the module folders under lesson folders and the id each declares, reading only their
/// `module.md` files (a quick look before the full load, for layering and imports).
struct ModuleIDScanner: Sendable {
    /// One module folder and its id.
    struct Entry: Sendable, Equatable {
        /// The module's id (`id` in `module.md`, else from the folder name).
        var id: String
        /// The folder's name, e.g. `01-platform-registration`.
        var folderName: String
        /// The folder's path as the loader reports it.
        var displayPath: String
        /// The title in `module.md`, if it has one (to recognise a module moved to another folder).
        var title: String? = nil
    }

    /// The folder relative paths are resolved against (`nil`: the current directory).
    var workingDirectory: String?

    /// The module folders under `paths` with their ids, in the loader's order.
    func scan(_ paths: [String]) -> [Entry] {
        let scanner = FolderScanner(workingDirectory: workingDirectory)
        let parser = FileParser()
        MarkdownParser.registerExtensions()
        var entries: [Entry] = []
        for (index, path) in paths.enumerated() {
            for folder in scanner.scan(path, rootIndex: index).folders {
                let moduleFiles = folder.files.filter { $0.role.kind == .module && $0.role.language == nil }
                let parsed = moduleFiles.map {
                    parser.parse(path: $0.path, displayPath: $0.displayPath, name: $0.name, role: $0.role)
                }
                let assembler = ModuleAssembler(folder: folder, files: parsed)
                entries.append(Entry(id: assembler.moduleID, folderName: folder.folderName, displayPath: folder.displayPath,
                                     title: assembler.moduleFile?.title))
            }
        }
        return entries
    }
}
