import Foundation
import LessonKit
import ProgressKit
import Testing
import TerminalKit
@testable import CunxueApp

/// The app on a course loaded as an index, as it runs: lessons open and read as with the whole
/// course in memory, bodies are kept for a few lessons, and a lesson file that broke since start
/// gives a message on the page instead of a crash.
struct LazyLibraryTests {
    private static let courseFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Course").path

    private static func indexLibrary(_ folder: String = courseFolder, cachedBodies: Int = Library.cachedBodies) -> Library {
        var loader = CourseLoader()
        loader.mode = .index
        return Library(loader.load(folder), cachedBodies: cachedBodies)
    }

    /// 王芳 signed in at 80x24 on `library`.
    private func signedIn(on library: Library, _ language: UILanguage = .zh) -> AppState {
        var state = AppState(size: Size(width: 80, height: 24), language: language, now: testNow, library: library,
                             learners: [LearnerSummary(id: "wangfang01", name: "王芳", hasPIN: false, lastActive: nil)],
                             calendar: utcCalendar, seed: 42)
        _ = state.update(.signedIn(makeRecord(), warnings: []))
        state.language = language
        return state
    }

    private func reader(_ state: AppState) throws -> ReaderState {
        guard case .reader(let reader) = state.route else { throw NotReading() }
        return reader
    }

    private struct NotReading: Error {}

    /// The fixture course loaded in full, bodies in memory.
    private static let fullLibrary = Library(CourseLoader().load(courseFolder))

    @Test func openingALessonReadsItsBodyAsTheFullyLoadedCourseDoes() throws {
        let library = Self.indexLibrary()
        #expect(library.modules.first?.lessons.first?.content.original.isBodyLoaded == false)
        var lazy = signedIn(on: library)
        var full = signedIn(on: Self.fullLibrary)
        lazy.keys(.enter)  // "start here": the first lesson
        full.keys(.enter)
        let opened = try reader(lazy)
        #expect(opened.lines.count > 10)
        #expect(opened.lines == (try reader(full)).lines)
        #expect(renderScreen(lazy).text == renderScreen(full).text)
        // Its body is kept, so laying it out again does not read the file.
        #expect(library.cachedBodyFiles.count == 1)

        // Paging, the other language and a wider window show the same as the full course.
        lazy.keys(.pageDown, .character("L"))
        full.keys(.pageDown, .character("L"))
        _ = lazy.update(.input(.resize(Size(width: 120, height: 40))))
        _ = full.update(.input(.resize(Size(width: 120, height: 40))))
        #expect(renderScreen(lazy).text == renderScreen(full).text)
        #expect(library.cachedBodyFiles.count == 2)  // the English version is its own file
    }

    @Test func readingToTheEndOpensTheCheckAsWithTheFullCourse() throws {
        var state = signedIn(on: Self.indexLibrary())
        state.keys(.enter, .end, .enter)
        #expect(state.quizSession != nil)
    }

    /// Looking a check's question up (the notebook, results) reads that check only; making the
    /// library reads none.
    @Test func aChecksQuestionIsFoundByIdReadingThatCheckOnly() throws {
        let library = Self.indexLibrary()
        let checks = library.modules.flatMap(\.lessons).compactMap(\.deferredCheck)
        #expect(checks.count > 3)
        #expect(checks.allSatisfy { !$0.isRead })
        let wanted = try #require(Self.fullLibrary.modules.flatMap(\.lessons).compactMap(\.check).last)
        let question = try #require(wanted.questions.first)
        let found = try #require(library.index.question(question.id))
        #expect(found.question == question)
        #expect(found.quiz == wanted)
        #expect(library.index.quiz(wanted.id)?.lessonID != nil)
        #expect(checks.filter(\.isRead).map(\.id) == [wanted.id])
        #expect(library.index.question(wanted.id + "#no such question") == nil)
        #expect(library.index.question("no-such-module/01.quiz#q") == nil)
    }

    /// The instructor's list of what was left out names a broken check, as with the whole
    /// course in memory, though the check is read only when the list is asked for.
    @Test func theSkippedListNamesABrokenCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/m", withIntermediateDirectories: true)
        try "---\ntitle: 模块\n---\n".write(toFile: folder + "/m/module.md", atomically: true, encoding: .utf8)
        try "---\ntitle: 一课\n---\n\n正文。\n".write(toFile: folder + "/m/01-a.md", atomically: true, encoding: .utf8)
        try "---\npassingGrade: 200\n---\n\n## 问？\n\n1. [x] 甲\n1. [ ] 乙\n"
            .write(toFile: folder + "/m/01-a.quiz.md", atomically: true, encoding: .utf8)
        let full = Library(CourseLoader().load(folder + "/m"))
        let index = Self.indexLibrary(folder + "/m")
        #expect(full.skippedFiles.count == 1)
        #expect(index.course.skippedFiles.isEmpty)
        #expect(index.skippedFiles == full.skippedFiles)
    }

    @Test func theLastFewBodiesAreKeptAndTheOldestIsDropped() throws {
        let library = Self.indexLibrary(cachedBodies: 2)
        let lessons = Array(try #require(library.modules.first?.lessons).prefix(3))
        #expect(lessons.count == 3)
        for lesson in lessons { _ = library.body(of: lesson, in: .simplifiedChinese) }
        let files = lessons.compactMap(\.content.original.bodyFile)
        #expect(library.cachedBodyFiles == [files[1], files[2]])
        _ = library.body(of: lessons[1], in: .simplifiedChinese)  // used again: now the most recent
        #expect(library.cachedBodyFiles == [files[2], files[1]])
    }

    @Test func aKeptBodyIsShownEvenAfterItsFileGoes() throws {
        try withCopyOfTheCourse { folder in
            let library = Self.indexLibrary(folder)
            let lesson = try #require(library.modules.first?.lessons.first)
            let first = library.body(of: lesson, in: .simplifiedChinese)
            try FileManager.default.removeItem(atPath: folder + "/00-how-to-use/01-keys.md")
            #expect(library.body(of: lesson, in: .simplifiedChinese) == first)
            #expect((try first.get()).isEmpty == false)
        }
    }

    @Test func aLessonWhoseFileWentAwayAfterStartSaysSoAndEscStillLeaves() throws {
        try withCopyOfTheCourse { folder in
            let library = Self.indexLibrary(folder)
            try FileManager.default.removeItem(atPath: folder + "/00-how-to-use/01-keys.md")
            var state = signedIn(on: library)
            state.keys(.enter)
            let screen = renderScreen(state).text
            #expect(screen.contains("这一课现在打不开"))
            #expect(screen.contains("给老师看："))
            #expect((try reader(state)).lines.map(\.text).joined().contains("00-how-to-use/01-keys.md:1:1: error:"))
            state.keys(.escape)
            let backOnTheModulePage = if case .module = state.route { true } else { false }
            #expect(backOnTheModulePage)
        }
    }

    @Test func aLessonWhoseFileChangedAfterStartSaysSo() throws {
        try withCopyOfTheCourse { folder in
            let library = Self.indexLibrary(folder)
            let path = folder + "/00-how-to-use/01-keys.md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try Data((text + "\n新加的一段。\n").utf8).write(to: URL(fileURLWithPath: path))
            var state = signedIn(on: library)
            state.keys(.enter)
            #expect(renderScreen(state).text.contains("这一课的文件在村学打开以后被改过了"))
            #expect(!(try reader(state)).lines.contains { $0.text.contains("新加的一段") })
            // The English version's file did not change: it opens.
            state.keys(.character("L"))
            #expect(!renderScreen(state).text.contains("This lesson's file was changed"))
            #expect(renderScreen(state).text.contains("Keys and mouse"))
        }
    }

    /// Runs `body` with a copy of the fixture course in a temporary folder.
    private func withCopyOfTheCourse(_ body: (String) throws -> Void) throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-lazy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try FileManager.default.copyItem(atPath: Self.courseFolder, toPath: temporary.path)
        try body(temporary.path)
    }
}
