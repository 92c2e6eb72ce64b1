/// Step 4b of an import: keeping learners' history across edits (see `IdentityMatcher`).
extension LessonImporter {
    /// What the identity step decided.
    struct KeptIdentities {
        /// The staged course, loaded again if ids were written into it.
        var course: Course
        /// Per module that replaces an earlier version: what is kept and detached.
        var history: [ModuleHistory]
        /// Modules taken for an existing one by their title: new module id → (title, earlier folder or nil when bundled).
        var recognised: [String: (title: String, folderName: String?)]
    }

    /// The version a module replaces, found by id, or (for a module without `id:`) by title.
    private struct Earlier {
        var entry: ModuleIDScanner.Entry
        var isBundled: Bool
        var byTitle: Bool
    }

    /// Recognises, in the staged copy, the lessons, questions and modules that are the same as
    /// those they replace, writes their old ids into the copy, and says what history is kept
    /// and what is detached.
    /// - Parameters:
    ///   - course: the staged copy as loaded.
    ///   - stagedRoot: the staged copy of the folder given.
    ///   - isModuleRoot: whether the folder given is itself the module.
    ///   - reload: loads the staged copy again.
    func keepIdentities(course: Course, stagedRoot: DirectoryHandle, isModuleRoot: Bool,
                        bundled: [ModuleIDScanner.Entry], imported: [ModuleIDScanner.Entry],
                        reload: () -> Course) -> Result<KeptIdentities, Errno> {
        let claimed = Set(course.modules.map(\.id))
        var pairs: [(new: Module, old: Module, earlier: Earlier)] = []
        for module in course.modules {
            guard let earlier = Self.earlier(of: module, bundled: bundled, imported: imported, claimed: claimed),
                  let old = loadEarlier(earlier) else { continue }
            pairs.append((module, old, earlier))
        }
        var wrote = false
        var pins: [String: (lessons: [IdentityMatcher.LessonPin], questions: [IdentityMatcher.QuestionPin])] = [:]
        var recognised: [String: (title: String, folderName: String?)] = [:]
        for (new, old, earlier) in pairs {
            let folder: DirectoryHandle
            switch isModuleRoot ? .success(stagedRoot) : stagedRoot.openFolder(new.folderName) {
            case .success(let handle): folder = handle
            case .failure(let error): return .failure(error)
            }
            let writer = StagedIDWriter(folder: folder, limit: limits.maxFileBytes)
            if earlier.byTitle {
                guard let file = writer.originalFile(.module) else { continue }
                if case .failure(let error) = writer.pinFrontMatter(of: file, id: old.id) { return .failure(error) }
                recognised[old.id] = (new.title.original, earlier.isBundled ? nil : earlier.entry.folderName)
                wrote = true
            }
            switch pin(new: new, old: old, writer: writer) {
            case .success(let written):
                pins[old.id] = written
                wrote = wrote || !written.lessons.isEmpty || !written.questions.isEmpty
            case .failure(let error): return .failure(error)
            }
        }
        let final = wrote ? reload() : course
        var history: [ModuleHistory] = []
        for (new, old, earlier) in pairs {
            guard let now = final.modules.first(where: { $0.folderName == new.folderName && $0.path == new.path }) else { continue }
            let recognised: ModuleHistory.Recognised? = earlier.byTitle
                ? (earlier.isBundled ? .bundled : .imported(folderName: earlier.entry.folderName)) : nil
            let entry = ModuleHistory.between(old: old, new: now, lessonPins: pins[old.id]?.lessons ?? [],
                                              questionPins: pins[old.id]?.questions ?? [], recognised: recognised)
            if !entry.isEmpty { history.append(entry) }
        }
        return .success(KeptIdentities(course: final, history: history, recognised: recognised))
    }

    /// Writes the lesson and question pins of one module; returns those written.
    private func pin(new: Module, old: Module, writer: StagedIDWriter)
        -> Result<(lessons: [IdentityMatcher.LessonPin], questions: [IdentityMatcher.QuestionPin]), Errno> {
        let matcher = IdentityMatcher(old: old, new: new)
        let lessonPins = matcher.lessonPins()
        for pin in lessonPins {
            let file = ScalarText.lastPathComponent(pin.sourcePath)
            if case .failure(let error) = writer.pinFrontMatter(of: file, id: pin.id) { return .failure(error) }
        }
        var questionPins: [IdentityMatcher.QuestionPin] = []
        // Bottom-up within a file, so the lines of the questions above stay where they were.
        for pin in matcher.questionPins(after: lessonPins).sorted(by: { $0.line > $1.line }) {
            let kind: FileRole.Kind = pin.lessonFile.map { .check(lessonName: $0) } ?? .moduleQuiz
            guard let file = writer.originalFile(kind) else { continue }
            switch writer.pinQuestion(in: file, headingLine: pin.line, id: pin.id) {
            case .success(true): questionPins.append(pin)
            case .success(false): continue
            case .failure(let error): return .failure(error)
            }
        }
        return .success((lessonPins, questionPins.reversed()))
    }

    /// The earlier version of `module`: an imported or bundled module with its id; else, when
    /// it has no `id:` of its own, the one existing module with its title whose id no module of
    /// this import has (imported ones first).
    private static func earlier(of module: Module, bundled: [ModuleIDScanner.Entry], imported: [ModuleIDScanner.Entry],
                                claimed: Set<String>) -> Earlier? {
        if let entry = imported.first(where: { $0.id == module.id }) { return Earlier(entry: entry, isBundled: false, byTitle: false) }
        if let entry = bundled.first(where: { $0.id == module.id }) { return Earlier(entry: entry, isBundled: true, byTitle: false) }
        guard module.id == ModuleAssembler.defaultID(folderName: module.folderName) else { return nil }
        let title = IdentityMatcher.normalized(module.title.original)
        for (entries, isBundled) in [(imported, false), (bundled, true)] {
            let same = entries.filter { entry in
                !claimed.contains(entry.id) && entry.title.map(IdentityMatcher.normalized) == title
            }
            if same.count == 1, let entry = same.first { return Earlier(entry: entry, isBundled: isBundled, byTitle: true) }
            if same.count > 1 { return nil }
        }
        return nil
    }

    /// Loads the earlier version of a module from where it is.
    private func loadEarlier(_ earlier: Earlier) -> Module? {
        let loader = CourseLoader(workingDirectory: earlier.isBundled ? workingDirectory : nil)
        return loader.load(earlier.entry.displayPath).modules.first
    }
}
