/// Joins the parsed files of one module folder into a `Module`: originals with translations,
/// lessons with their checks, and reports what does not fit.
struct ModuleAssembler: Sendable {
    var folder: ModuleFolder
    /// The parsed files, in `folder.files` order; findings are added to their reports.
    var files: [ParsedFile]
    /// Findings about the folder itself (a missing `module.md`).
    var folderDiagnostics: [Diagnostic] = []
    /// Questions left out of quizzes that loaded.
    var skippedQuestions: [SkippedFile] = []
    /// Whether lesson bodies and checks were left on disk (an index): lessons then say where to
    /// read their bodies, and their checks are `DeferredQuiz`s.
    let defersLessonBodies: Bool
    /// The indices of `files` of each kind, in `files` order (a module of 50 lessons has some
    /// 125 files; looking each lesson's translations and check up by scanning them all adds up).
    private let filesOfKind: [FileRole.Kind: [Int]]
    /// The index of `module.md`, if present.
    let moduleFileIndex: Int?

    init(folder: ModuleFolder, files: [ParsedFile], defersLessonBodies: Bool = false) {
        self.folder = folder
        self.files = files
        self.defersLessonBodies = defersLessonBodies
        var filesOfKind: [FileRole.Kind: [Int]] = [:]
        for index in files.indices { filesOfKind[files[index].role.kind, default: []].append(index) }
        self.filesOfKind = filesOfKind
        moduleFileIndex = filesOfKind[.module]?.first { files[$0].role.language == nil }
    }

    /// The parsed `module.md`, if it was read.
    var moduleFile: ModuleFile? {
        guard let index = moduleFileIndex, case .module(let module)? = files[index].content else { return nil }
        return module
    }

    /// The module's id: `id` from `module.md`, else the folder name without its leading `NN-`, lower-cased.
    var moduleID: String {
        moduleFile?.id?.value ?? Self.defaultID(folderName: folder.folderName)
    }

    /// Where the id is declared (its `id` line, else line 1 of `module.md`).
    var idPosition: (line: Int, column: Int) {
        if let id = moduleFile?.id { return (id.line, id.column) }
        return (1, 1)
    }

    /// The path of `module.md` as reported (as it is spelt, `Module.md` say, when there is one).
    var moduleFilePath: String {
        moduleFileIndex.map { files[$0].report.file } ?? FolderScanner.join(folder.displayPath, "module.md")
    }

    /// The default id for a folder: `01-platform-registration` gives `platform-registration`
    /// (in canonical form, see `ModuleID`).
    static func defaultID(folderName: String) -> String {
        let digits = folderName.prefix { $0.isASCII && $0.isNumber }
        var name = Substring(folderName)
        if !digits.isEmpty, folderName.dropFirst(digits.count).first == "-" {
            name = folderName.dropFirst(digits.count + 1)
        }
        return ModuleID.canonical(String(name))
    }

    /// Adds a finding to `module.md`'s report.
    mutating func addToModuleFile(_ problem: Diagnostic.Problem, line: Int, column: Int) {
        guard let index = moduleFileIndex else { return }
        files[index].report.add(problem, line: line, column: column)
    }

    // MARK: - Assembly

    /// Builds the module, or `nil` when `module.md` is missing or has an error. Call once, after
    /// the course-wide checks have added their findings.
    mutating func assemble() -> Module? {
        guard let moduleIndex = moduleFileIndex else {
            folderDiagnostics.append(Diagnostic(file: moduleFilePath, problem: .missingModuleFile))
            reportOrphans(moduleExists: false)
            return nil
        }
        reportOrphans(moduleExists: true)
        let moduleID = moduleID
        let worksheets = assembleWorksheets()
        let lessons = assembleLessons()
        let quiz = assembleQuiz(translationsOf: .moduleQuiz, id: "\(moduleID)/quiz")
        let scenarios = assembleScenarios()
        guard files[moduleIndex].isUsable, let module = moduleFile, let title = module.title else { return nil }
        let language = module.language ?? .simplifiedChinese
        let original = ModuleContent(title: title, summary: module.summary, introduction: module.introduction,
                                     sourcePath: files[moduleIndex].report.file)
        var translations: [LanguageTag: ModuleContent] = [:]
        for index in filesOfKind[.module] ?? [] where files[index].isUsable {
            guard let tag = files[index].role.language, case .module(let translated)? = files[index].content else { continue }
            translations[tag] = ModuleContent(
                title: translated.title ?? title, summary: translated.summary ?? module.summary,
                introduction: translated.introduction.isEmpty ? module.introduction : translated.introduction,
                sourcePath: files[index].report.file)
        }
        var assembled = Module(
            id: moduleID, folderName: folder.folderName, path: folder.displayPath, level: module.level,
            requires: module.requires.map(\.id), language: language,
            content: Localized(originalLanguage: language, original: original, translations: translations),
            lessons: lessons, quiz: quiz, scenarios: scenarios)
        assembled.worksheets = worksheets
        return assembled
    }

    private var language: LanguageTag { moduleFile?.language ?? .simplifiedChinese }

    private mutating func assembleLessons() -> [Lesson] {
        var lessons: [Lesson] = []
        let moduleID = moduleID  // (made once: without `id:` it is the folder name in NFKC, case-folded)
        reportDuplicateLessonIDs()
        for index in files.indices {
            guard case .lesson(let name) = files[index].role.kind, files[index].role.language == nil,
                  files[index].isUsable, case .lesson(let lesson)? = files[index].content else { continue }
            let title = lesson.title ?? lesson.firstHeadingText ?? name
            let original = LessonContent(title: title, minutes: lesson.minutes, body: lesson.body, sourcePath: files[index].report.file,
                                         bodyFile: bodyFile(of: index, name: name))
            var translations: [LanguageTag: LessonContent] = [:]
            for fileIndex in filesOfKind[.lesson(name: name)] ?? [] where files[fileIndex].isUsable {
                let file = files[fileIndex]
                guard let tag = file.role.language, case .lesson(let translated)? = file.content else { continue }
                translations[tag] = LessonContent(
                    title: translated.title ?? translated.firstHeadingText ?? title,
                    minutes: translated.minutes ?? lesson.minutes, body: translated.body, sourcePath: file.report.file,
                    bodyFile: bodyFile(of: fileIndex, name: name))
            }
            // The lesson's `id:` keeps its history (and its check's) when the file is renamed.
            let lessonID = lesson.id ?? name
            let checkID = "\(moduleID)/\(lessonID).quiz"
            let content = Localized(originalLanguage: language, original: original, translations: translations)
            if defersLessonBodies, let check = deferredCheck(named: name, id: checkID) {
                lessons.append(Lesson(id: lessonID, moduleID: moduleID, content: content, deferredCheck: check))
            } else {
                lessons.append(Lesson(id: lessonID, moduleID: moduleID, content: content,
                                      check: assembleQuiz(translationsOf: .check(lessonName: name), id: checkID)))
            }
        }
        return lessons
    }

    /// Reports a lesson whose id (`id:`, else its file name) another lesson of the module has.
    private mutating func reportDuplicateLessonIDs() {
        var firstFile: [String: String] = [:]
        for index in files.indices {
            guard case .lesson(let name) = files[index].role.kind, files[index].role.language == nil,
                  case .lesson(let lesson)? = files[index].content else { continue }
            let id = lesson.id ?? name
            if let other = firstFile[id] {
                files[index].report.add(.duplicateID(id: id, other: .file(other)))
            } else {
                firstFile[id] = files[index].report.file
            }
        }
    }

    /// The check of lesson `name` as a `DeferredQuiz` (an index does not read checks), when the
    /// folder has its original file.
    private func deferredCheck(named name: String, id: String) -> DeferredQuiz? {
        let indices = filesOfKind[.check(lessonName: name)] ?? []
        guard indices.contains(where: { files[$0].role.language == nil }) else { return nil }
        let originalFirst = indices.filter { files[$0].role.language == nil } + indices.filter { files[$0].role.language != nil }
        return DeferredQuiz(id: id, files: originalFirst.map { folder.files[$0] }, language: language)
    }

    /// Where the body of the lesson file at `index` is read on demand; `nil` when it was parsed.
    private func bodyFile(of index: Int, name: String) -> LessonBodyFile? {
        guard defersLessonBodies, let stamp = files[index].stamp else { return nil }
        return LessonBodyFile(path: folder.files[index].path, stamp: stamp, role: files[index].role)
    }

    /// The quiz of `kind` (a module quiz, or a lesson's check) assembled from its original and
    /// translations (`QuizAssembler`), their findings written back to their reports.
    private mutating func assembleQuiz(translationsOf kind: FileRole.Kind, id: String) -> Quiz? {
        let indices = filesOfKind[kind] ?? []
        var assembler = QuizAssembler(files: indices.map { files[$0] }, language: language)
        let quiz = assembler.assemble(id: id)
        for (offset, index) in indices.enumerated() { files[index].report = assembler.files[offset].report }
        skippedQuestions += assembler.skippedQuestions
        return quiz
    }

    /// The scenarios whose original loaded, each with the translations that match it (those
    /// that do not are reported and left out).
    private mutating func assembleScenarios() -> [Scenario] {
        var scenarios: [Scenario] = []
        for index in files.indices {
            guard case .scenario(let name) = files[index].role.kind, files[index].role.language == nil,
                  case .scenario(let original)? = files[index].content else { continue }
            let check = ScenarioTranslationCheck(original: original)
            var translations: [LanguageTag: ScenarioStory] = [:]
            for other in files.indices where files[other].role.kind == .scenario(name: name) {
                guard let tag = files[other].role.language, case .scenario(let translated)? = files[other].content else { continue }
                for found in check.mismatches(of: translated) {
                    files[other].report.add(.scenario(.translationMismatch(found.mismatch)), line: found.line)
                }
                if files[other].isUsable { translations[tag] = translated.story }
            }
            guard files[index].isUsable else { continue }
            scenarios.append(Scenario(id: name, moduleID: moduleID,
                                      content: Localized(originalLanguage: language, original: original.story,
                                                         translations: translations)))
        }
        return scenarios
    }

    /// Warns about translations without their original and checks without their lesson.
    private mutating func reportOrphans(moduleExists: Bool) {
        let originals = Set(filesOfKind.keys.filter { kind in filesOfKind[kind]?.contains { files[$0].role.language == nil } ?? false })
        for index in files.indices {
            let role = files[index].role
            if role.language != nil, !originals.contains(role.kind), !(role.kind == .module && !moduleExists) {
                files[index].report.add(.translationWithoutOriginal(original: role.originalFileName))
            } else if role.language == nil, case .check(let lessonName) = role.kind, !originals.contains(.lesson(name: lessonName)) {
                files[index].report.add(.checkWithoutLesson(lesson: lessonName + ".md"))
            }
        }
    }
}
