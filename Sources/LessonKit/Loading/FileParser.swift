/// Reads and parses one file of a module folder (Markdown, or a Twee scenario).
struct FileParser: Sendable {
    private static let moduleKeys = ["title", "summary", "id", "level", "requires", "lang"]
    private static let lessonKeys = ["title", "minutes", "id"]

    /// Whether a lesson's Markdown body is parsed and kept. `false` reads a lesson for an index
    /// (`CourseLoader.Mode.index`): the whole file is opened, read and checked as always (kind,
    /// size, UTF-8, characters, front matter), but the body is parsed only when the lesson has
    /// no `title` (for its first heading) and is not kept. Findings about the body itself (an
    /// empty lesson, one that looks like a quiz, a character made by an entity) come when the
    /// lesson is opened (`LessonBodyReader`) or from a full load.
    var parsesLessonBodies = true
    /// Whether a lesson's check (`NAME.quiz.md` and its translations) is read. `false` for an
    /// index: the check is read when it is first asked for (`DeferredQuiz`), and here it is
    /// only named (no content, no findings).
    var readsChecks = true

    /// Reads and parses one file a folder scan found.
    func parse(_ entry: ModuleFolder.FileEntry) -> ParsedFile {
        parse(path: entry.path, displayPath: entry.displayPath, name: entry.name, role: entry.role,
              listedAsRegular: entry.isListedAsRegular)
    }

    /// Reads the file at `path` and parses it according to `role`.
    /// - Parameters:
    ///   - path: where to read it.
    ///   - displayPath: the path shown in findings.
    ///   - name: the file name.
    ///   - role: what the file is.
    ///   - listedAsRegular: the folder listing said "regular file" (see `FileReader.readFile`).
    func parse(path: String, displayPath: String, name: String, role: FileRole, listedAsRegular: Bool = false) -> ParsedFile {
        if !readsChecks, case .check = role.kind {
            return ParsedFile(name: name, role: role, report: FileReport(file: displayPath), content: nil)
        }
        if !parsesLessonBodies, case .lesson = role.kind,
           let parsed = parseFrontMatterOnly(path: path, displayPath: displayPath, name: name, role: role,
                                             listedAsRegular: listedAsRegular) {
            return parsed
        }
        var report = FileReport(file: displayPath)
        switch FileReader().readFile(at: path, listedAsRegular: listedAsRegular) {
        case .failure(let failure):
            report.add(failure.problem, line: failure.line, column: failure.column)
            return ParsedFile(name: name, role: role, report: report, content: nil)
        case .success(let read):
            let content = parse(text: read.text, role: role, report: &report)
            return ParsedFile(name: name, role: role, report: report, content: content, stamp: read.stamp)
        }
    }

    /// Reads a lesson for an index only as far as the end of its front matter (`FrontMatterHead`).
    /// The file's kind and size are checked as always; UTF-8 and characters only in the part
    /// read, the rest when the lesson is opened (`LessonBodyReader` reads and checks it all).
    /// - Returns: the parsed lesson, or `nil` when the whole file is needed: it has no closed
    ///   front matter in its first bytes, or no `title` (its first heading is then the title).
    private func parseFrontMatterOnly(path: String, displayPath: String, name: String, role: FileRole,
                                      listedAsRegular: Bool) -> ParsedFile? {
        var report = FileReport(file: displayPath)
        let read = FileReader().readFile(at: path, listedAsRegular: listedAsRegular, stoppingAt: FrontMatterHead.end,
                                         stopLimit: FrontMatterHead.byteLimit)
        switch read {
        case .failure(let failure):
            report.add(failure.problem, line: failure.line, column: failure.column)
            return ParsedFile(name: name, role: role, report: report, content: nil)
        case .success(let part):
            let content = parse(text: part.text, role: role, report: &report)
            if !part.isWhole, case .lesson(let lesson) = content, lesson.title == nil { return nil }
            return ParsedFile(name: name, role: role, report: report, content: content, stamp: part.stamp)
        }
    }

    /// Parses a lesson file's text (in any language) with its body, as a full load does.
    /// - Parameters:
    ///   - text: the file's text.
    ///   - role: the file's role (a lesson's, in any language).
    ///   - report: where findings go.
    func parseLesson(text: String, role: FileRole, report: inout FileReport) -> LessonFile {
        var parser = self
        parser.parsesLessonBodies = true
        guard case .lesson(let lesson) = parser.parse(text: text, role: role, report: &report) else { return LessonFile() }
        return lesson
    }

    /// Parses a file's text according to its role.
    func parse(text raw: String, role: FileRole, report: inout FileReport) -> ParsedFile.Content {
        let text = SourceText.prepare(raw, report: &report)
        if case .scenario(let name) = role.kind {
            return .scenario(ScenarioParser().parse(text, name: name, report: &report))
        }
        return markdown(text: text, role: role, report: &report)
    }

    /// Parses a Markdown file (front matter, then the body) according to its role.
    private func markdown(text: String, role: FileRole, report: inout FileReport) -> ParsedFile.Content {
        let split = FrontMatter.locate(text)
        var frontMatter = FrontMatter()
        var frontMatterIsReadable = true
        if split.isUnclosed {
            report.add(.unclosedFrontMatter)
            frontMatterIsReadable = false
        } else if let yaml = split.yaml {
            do {
                frontMatter = try FrontMatter.parse(yaml, firstLine: 2)
            } catch {
                report.add(error)
                frontMatterIsReadable = false
            }
        }
        switch role.kind {
        case .module:
            // A missing title is only reported when the front matter could be read and has no
            // `title` key at all (a title of the wrong type has its own finding).
            let needsTitle = role.language == nil && frontMatterIsReadable
                && !frontMatter.entries.contains { $0.key == "title" && !$0.value.isNull }
            return .module(module(frontMatter: frontMatter, body: split.body, isTranslation: role.language != nil,
                                  reportsMissingTitle: needsTitle, report: &report))
        case .lesson(let name):
            return .lesson(lesson(name: name, frontMatter: frontMatter, body: { split.body }, isTranslation: role.language != nil,
                                  report: &report))
        case .scenario:  // (a scenario never gets here: `parse(text:)` reads it)
            return .lesson(lesson(name: "", frontMatter: frontMatter, body: { split.body }, report: &report))
        case .moduleQuiz, .check:
            let parser = QuizParser(isTranslation: role.language != nil)
            return .quiz(parser.parse(frontMatter: frontMatter, body: split.body, report: &report))
        case .worksheet:
            let parser = WorksheetParser(isTranslation: role.language != nil)
            return .worksheet(parser.parse(frontMatter: frontMatter, introduction: markdown(split.body, report: &report),
                                           frontMatterIsReadable: frontMatterIsReadable, report: &report))
        }
    }

    // MARK: - module.md

    private func module(frontMatter: FrontMatter, body: String, isTranslation: Bool, reportsMissingTitle: Bool,
                        report: inout FileReport) -> ModuleFile {
        var module = ModuleFile()
        for entry in frontMatter.entries {
            switch entry.key {
            case "title":
                module.title = report.text(entry)
            case "summary":
                module.summary = report.text(entry)
            case let key where isTranslation && ["id", "level", "requires", "lang"].contains(key):
                report.add(.ignoredInTranslation(key: entry.key), line: entry.line, column: entry.column)
            case "id":
                readID(entry, into: &module, report: &report)
            case "level":
                guard let text = report.text(entry) else { continue }
                if let level = Level(rawValue: text) {
                    module.level = level
                } else {
                    report.add(.invalidValue(key: entry.key, value: text, expected: .level), line: entry.line, column: entry.column)
                }
            case "requires":
                readRequires(entry, into: &module, report: &report)
            case "lang":
                guard let text = report.text(entry) else { continue }
                if let tag = LanguageTag(text) {
                    module.language = tag
                } else {
                    report.add(.invalidValue(key: entry.key, value: text, expected: .languageTag), line: entry.line, column: entry.column)
                }
            default:
                report.unknownKey(entry, known: Self.moduleKeys)
            }
        }
        if module.title?.trimmed.isEmpty ?? true {
            module.title = nil
            if reportsMissingTitle { report.add(.missingTitle) }
        }
        module.introduction = markdown(body, report: &report)
        return module
    }

    private func readID(_ entry: FrontMatter.Entry, into module: inout ModuleFile, report: inout FileReport) {
        guard let text = report.text(entry) else { return }
        if let id = Self.moduleID(text) {
            module.id = (id, entry.line, entry.column)
        } else {
            report.add(.invalidValue(key: entry.key, value: text, expected: .moduleID), line: entry.line, column: entry.column)
        }
    }

    private func readRequires(_ entry: FrontMatter.Entry, into module: inout ModuleFile, report: inout FileReport) {
        switch entry.value {
        case .sequence(let items, _, _):
            for item in items {
                let (line, column) = item.position
                guard case .scalar(let text, _, _, _) = item, let id = Self.moduleID(text) else {
                    report.add(.invalidValue(key: entry.key, value: report.sanitized(item.displayText, line: line, column: column),
                                             expected: .moduleID), line: line, column: column)
                    continue
                }
                module.requires.append((id, line, column))
            }
        default:
            if entry.value.isNull { return }
            report.add(.wrongType(key: entry.key, expected: .moduleIDList), line: entry.line, column: entry.column)
        }
    }

    /// The canonical id `text` names (`ModuleID.canonical`), or `nil` when it is not a module id
    /// (letters of any script, digits and `-`, at least one character).
    static func moduleID(_ text: String) -> String? {
        let id = ModuleID.canonical(text)
        return ModuleID.isWellFormed(id) ? id : nil
    }

    // MARK: - Lessons

    /// - Parameter body: the body, made only when it is parsed (not for an index's lesson with a title).
    private func lesson(name: String, frontMatter: FrontMatter, body: () -> String, isTranslation: Bool = false,
                        report: inout FileReport) -> LessonFile {
        var lesson = LessonFile()
        for entry in frontMatter.entries {
            switch entry.key {
            case "title":
                lesson.title = report.text(entry)
            case "id" where isTranslation:
                report.add(.ignoredInTranslation(key: entry.key), line: entry.line, column: entry.column)
            case "id":
                guard let text = report.text(entry) else { continue }
                lesson.id = ContentID.parse(text, allowsSlash: false)
                if lesson.id == nil {
                    report.add(.invalidValue(key: entry.key, value: text, expected: .contentID), line: entry.line, column: entry.column)
                }
            case "minutes":
                guard let minutes = report.integer(entry, expected: .minutes) else { continue }
                if minutes >= 0 {
                    lesson.minutes = minutes
                } else {
                    report.add(.invalidValue(key: entry.key, value: String(minutes), expected: .minutes),
                               line: entry.line, column: entry.column)
                }
            default:
                report.unknownKey(entry, known: Self.lessonKeys)
            }
        }
        guard parsesLessonBodies else {
            if lesson.title == nil {
                var ignored = FileReport(file: report.file)
                lesson.firstHeadingText = markdown(body(), report: &ignored).firstHeadingText
            }
            return lesson
        }
        lesson.body = markdown(body(), report: &report)
        lesson.firstHeadingText = lesson.body.firstHeadingText
        let hasText = lesson.body.blocks.contains { block in
            switch block.kind {
            case .heading, .thematicBreak: return false
            default: return true
            }
        }
        if !hasText {
            report.add(.emptyLesson)
        } else if QuizShapedLesson.looksLikeQuiz(lesson.body, name: name) {
            report.add(.lessonLooksLikeQuiz)
        }
        return lesson
    }

    private func markdown(_ body: String, report: inout FileReport) -> Document {
        let parsed = MarkdownParser().parseReportingSanitized(body, sourceIsClean: true)
        for change in parsed.sanitized { report.report(change.scalar, line: change.line, column: 1) }
        return parsed.document
    }
}
