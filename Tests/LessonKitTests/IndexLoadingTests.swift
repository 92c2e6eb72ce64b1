import Foundation
import Glibc
import Testing
@testable import LessonKit

/// The index a course is loaded as at start: the same modules, lessons, titles, quizzes and
/// counts as a full load (a lesson's check read when first asked for, `DeferredCheckTests`); lesson bodies read on demand equal the fully loaded ones; a file that
/// changed or broke since start gives a message.
struct IndexLoadingTests {
    /// The course folders compared: the bundled course, the good fixture and every diagnostics fixture.
    static let folders: [String] = {
        let diagnostics = (try? FileManager.default.contentsOfDirectory(atPath: FixturePaths.root + "/Diagnostics")) ?? []
        return [FixturePaths.bundledCourse, FixturePaths.root + "/GoodCourse"]
            + diagnostics.sorted().map { FixturePaths.root + "/Diagnostics/" + $0 }
    }()

    private func load(_ paths: [String], mode: CourseLoader.Mode, workingDirectory: String? = nil) -> Course {
        var loader = CourseLoader(workingDirectory: workingDirectory)
        loader.mode = mode
        return loader.load(paths)
    }

    /// The course with every lesson body (and where to read it) taken out.
    private func withoutBodies(_ course: Course) -> [Module] {
        course.modules.map { module in
            var module = module
            module.lessons = module.lessons.map { lesson in
                var lesson = lesson
                lesson.content = lesson.content.map { content in
                    var content = content
                    content.body = Document()
                    content.bodyFile = nil
                    return content
                }
                return lesson
            }
            return module
        }
    }

    @Test func theFolderListIsNotEmpty() {
        #expect(Self.folders.count > 20)
    }

    @Test(arguments: IndexLoadingTests.folders)
    func sameModulesLessonsTitlesQuizzesAndCountsAsTheFullLoader(folder: String) {
        let full = load([folder], mode: .full)
        let index = load([folder], mode: .index)
        #expect(withoutBodies(index) == withoutBodies(full))
        #expect(index.lessonCount == full.lessonCount)
        #expect(index.questionCount == full.questionCount)
        // Findings about a lesson's check come when it is read (`DeferredQuiz`), or from `validate`.
        let isCheck = { (path: String) in
            if case .check? = FileRole(fileName: String(path.split(separator: "/").last ?? ""))?.kind { return true }
            return false
        }
        #expect(index.errors == full.diagnostics.filter { $0.severity == .error && !isCheck($0.file) })
        #expect(index.skippedFiles == full.skippedFiles.filter { !isCheck($0.path) })
        // Nothing of a body is in memory.
        for lesson in index.modules.flatMap(\.lessons) {
            for content in [lesson.content.original] + Array(lesson.content.translations.values) {
                #expect(content.body.isEmpty && !content.isBodyLoaded, "\(content.sourcePath)")
            }
        }
    }

    @Test(arguments: [FixturePaths.bundledCourse, FixturePaths.root + "/GoodCourse"])
    func bodiesReadWhenOpenedEqualTheFullyLoadedOnes(folder: String) throws {
        let full = load([folder], mode: .full)
        let index = load([folder], mode: .index)
        var compared = 0
        for (module, fullModule) in zip(index.modules, full.modules) {
            for (lesson, fullLesson) in zip(module.lessons, fullModule.lessons) {
                for (language, content) in [(nil, lesson.content.original)] + lesson.content.translations.map({ ($0.key, $0.value) }) {
                    let expected = language.map { fullLesson.content.translations[$0]?.body } ?? fullLesson.content.original.body
                    #expect(LessonBodyReader().body(of: content) == .success(try #require(expected)), "\(content.sourcePath)")
                    compared += 1
                }
            }
        }
        #expect(compared >= full.lessonCount)
        // A fully loaded lesson gives its body without reading anything.
        let loaded = try #require(full.modules.first?.lessons.first?.content.original)
        #expect(loaded.isBodyLoaded)
        #expect(LessonBodyReader().body(of: loaded) == .success(loaded.body))
    }

    // MARK: - Files that change after start

    private static let moduleFile = "---\ntitle: 模块\n---\n"
    private static let lessonText = "---\ntitle: 第一课\nminutes: 3\n---\n\n# 第一课\n\n正文。\n"

    /// Writes `data` over the file at `path`, in place.
    private func overwrite(_ path: String, with data: Data) throws {
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Loads a one-lesson module as an index in a temporary folder, then lets `change` act on
    /// the lesson file and reads the body.
    private func bodyAfter(_ change: (String) throws -> Void) throws -> Result<Document, LessonBodyError> {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "m/module.md", in: folder)
            try FixturePaths.write(Self.lessonText, to: "m/01-a.md", in: folder)
            let course = load(["m"], mode: .index, workingDirectory: folder)
            let content = try #require(course.modules.first?.lessons.first?.content.original)
            #expect(content.title == "第一课")
            try change(folder + "/m/01-a.md")
            return LessonBodyReader().body(of: content)
        }
    }

    @Test func anUnchangedFileGivesItsBody() throws {
        let body = try bodyAfter { _ in }
        #expect(body == .success(MarkdownParser().parse("\n\n\n\n\n# 第一课\n\n正文。\n")))
    }

    @Test func aFileDeletedAfterStartGivesTheMessage() throws {
        let body = try bodyAfter { path in try FileManager.default.removeItem(atPath: path) }
        #expect(body == .failure(.unusable(Diagnostic(file: "m/01-a.md", problem: .unreadable(reason: "No such file or directory")))))
    }

    @Test func aFileWrittenAfterStartIsChanged() throws {
        let body = try bodyAfter { path in try overwrite(path, with: Data((Self.lessonText + "多一行。\n").utf8)) }
        #expect(body == .failure(.changed(file: "m/01-a.md")))
        #expect(body.failureFile == "m/01-a.md")
    }

    @Test func aFileReplacedByAnotherWithTheSameTextIsChanged() throws {
        let body = try bodyAfter { path in
            try FileManager.default.removeItem(atPath: path)
            try overwrite(path, with: Data(Self.lessonText.utf8))
        }
        #expect(body == .failure(.changed(file: "m/01-a.md")))
    }

    @Test func aFileCorruptedAfterStartGivesTheFinding() throws {
        let body = try bodyAfter { path in
            var bytes = Data("---\ntitle: 第一课\n---\n好".utf8)
            bytes.append(contentsOf: [0xD6, 0xD0, 0x0A])
            try overwrite(path, with: bytes)
        }
        #expect(body == .failure(.unusable(Diagnostic(file: "m/01-a.md", line: 4, column: 2, problem: .notUTF8))))
    }

    @Test func aFileReplacedByALinkOrAPipeAfterStartIsNotOpened() throws {
        let link = try bodyAfter { path in
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/etc/passwd")
        }
        #expect(link == .failure(.unusable(Diagnostic(file: "m/01-a.md", problem: .symbolicLink))))
        let pipe = try bodyAfter { path in
            try FileManager.default.removeItem(atPath: path)
            #expect(mkfifo(path, 0o644) == 0)
        }
        #expect(pipe == .failure(.unusable(Diagnostic(file: "m/01-a.md", problem: .specialFile(.fifo)))))
    }

    @Test func aFileGrownPastTheLimitAfterStartIsNotRead() throws {
        let body = try bodyAfter { path in try overwrite(path, with: Data(String(repeating: "a", count: (1 << 20) + 1).utf8)) }
        #expect(body == .failure(.unusable(Diagnostic(file: "m/01-a.md", problem: .fileTooLarge(bytes: (1 << 20) + 1)))))
    }

    // MARK: - What the index reads of a lesson

    @Test func lessonsWithoutTitleTakeTheirFirstHeadingAsInAFullLoad() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "m/module.md", in: folder)
            try FixturePaths.write(String(repeating: "\n", count: 200) + "# 标题在后面\n\n正文。\n", to: "m/01-heading.md", in: folder)
            try FixturePaths.write("---\nminutes: 2\n---\n\n正文，没有标题。\n", to: "m/02-no-heading.md", in: folder)
            try FixturePaths.write("---\ntitle: 中文\n---\n\n# 中文\n", to: "m/03-translated.md", in: folder)
            try FixturePaths.write("# English heading\n\nText.\n", to: "m/03-translated.en.md", in: folder)
            let full = load(["m"], mode: .full, workingDirectory: folder)
            let index = load(["m"], mode: .index, workingDirectory: folder)
            #expect(withoutBodies(index) == withoutBodies(full))
            #expect(index.modules.first?.lessons.map(\.title.original) == ["标题在后面", "02-no-heading", "中文"])
            let english = try #require(LanguageTag("en"))
            #expect(index.modules.first?.lessons.last?.content.translations[english]?.title == "English heading")
        }
    }

    @Test func hostileFilesAreLeftOutOfTheIndexAsOutOfAFullLoad() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let module = folder + "/m"
            try FixturePaths.write(Self.moduleFile, to: "m/module.md", in: folder)
            try FixturePaths.write(Self.lessonText, to: "m/01-good.md", in: folder)
            try FileManager.default.createSymbolicLink(atPath: module + "/02-link.md", withDestinationPath: "/etc/passwd")
            #expect(mkfifo(module + "/03-pipe.md", 0o644) == 0)
            try FixturePaths.write("---\ntitle: 大\n---\n" + String(repeating: "a", count: 1 << 20), to: "m/04-big.md", in: folder)
            // (Bad UTF-8 in the front matter; in the body it is found when the lesson is opened,
            // `IndexHeadReadingTests`.)
            var gbk = Data("---\ntitle: 编码".utf8)
            gbk.append(contentsOf: [0xD6, 0xD0, 0x0A])
            gbk.append(Data(("---\n" + String(repeating: "正文。\n", count: 400)).utf8))
            try FixturePaths.write(gbk, to: "m/05-gbk.md", in: folder)
            try FixturePaths.write("---\ntitle: [没关\n---\n正文\n", to: "m/06-yaml.md", in: folder)
            let full = load(["m"], mode: .full, workingDirectory: folder)
            let index = load(["m"], mode: .index, workingDirectory: folder)
            #expect(index.modules.first?.lessons.map(\.id) == ["01-good"])
            #expect(withoutBodies(index) == withoutBodies(full))
            #expect(index.errors == full.errors)
            #expect(index.skippedFiles.map(\.path) == ["m/02-link.md", "m/03-pipe.md", "m/04-big.md", "m/05-gbk.md", "m/06-yaml.md"])
        }
    }

    @Test func anEmptyLessonIsReportedWhenOpened() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "m/module.md", in: folder)
            try FixturePaths.write("---\ntitle: 空的\n---\n\n# 空的\n", to: "m/01-empty.md", in: folder)
            let index = load(["m"], mode: .index, workingDirectory: folder)
            let content = try #require(index.modules.first?.lessons.first?.content.original)
            // A warning, not an error: the lesson is listed in both modes, and opens (empty).
            #expect(load(["m"], mode: .full, workingDirectory: folder).diagnostics.map(\.problem) == [.emptyLesson])
            #expect(index.diagnostics.isEmpty)
            #expect(LessonBodyReader().body(of: content).map(\.blocks.count) == .success(1))
        }
    }
}

private extension Result where Failure == LessonBodyError {
    var failureFile: String? {
        if case .failure(let error) = self { return error.file }
        return nil
    }
}
