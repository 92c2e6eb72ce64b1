import Foundation
import LessonKit
import ProgressKit
import TerminalKit
import Testing
@testable import CunxueApp

/// A running app notices an import made from the command line: it looks at the lessons stamp
/// on the sign-in and home screens and loads the course again, never mid-lesson.
struct LessonsReloadTests {
    @Test func theSignInScreenLooksEveryFiveSecondsAndReloadsWithANotice() {
        var state = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow)
        #expect(state.update(.tick(testNow.addingTimeInterval(60))) == [])  // no course loaded yet: nothing to compare
        _ = state.update(.libraryLoaded(bundledLibrary))
        #expect(state.update(.tick(testNow.addingTimeInterval(62))) == [])
        #expect(state.update(.tick(testNow.addingTimeInterval(65))) == [.checkLessons])
        #expect(state.update(.tick(testNow.addingTimeInterval(66))) == [])

        #expect(state.update(.lessonsChanged) == [.loadCourse])
        #expect(state.notice == Notice(.info) { $0.lessonsReloaded })
    }

    @Test func midLessonTheCheckWaitsUntilHome() throws {
        var state = signedInState()
        _ = state.update(.libraryLoaded(bundledLibrary))
        let module = try #require(bundledLibrary.course.modules.first)
        let lesson = try #require(module.lessons.first)
        var context = state.screenContext
        _ = ReaderState.open(moduleID: module.id, lessonID: lesson.id, context: &context)
        guard case .show(let reader)? = context.request else { throw ReloadTestError.noReader }
        state.route = reader
        let later = testNow.addingTimeInterval(30)

        #expect(!state.update(.tick(later)).contains(.checkLessons))
        #expect(state.update(.lessonsChanged) == [])
        #expect(state.notice == nil)

        state.route = .home(HomeState(selection: 2))
        #expect(state.update(.tick(later.addingTimeInterval(1))).contains(.checkLessons))
        #expect(state.update(.lessonsChanged) == [.loadCourse])
        #expect(state.route == .home(HomeState()))
    }

    @Test func thePerformerSeesAStampWrittenByAnImport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-reload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("01-shop")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try Data("---\ntitle: 开网店\n---\n".utf8).write(to: source.appendingPathComponent("module.md"))
        try Data("# 选平台\n\n正文。\n".utf8).write(to: source.appendingPathComponent("01-a.md"))
        let data = DataDirectory(url: folder.appendingPathComponent("data"))
        let effects = InstructorEffects(directory: data, bundledCourse: nil, extraLessons: [])
        #expect(effects.loadLibrary().course.modules.isEmpty)
        #expect(effects.checkLessons() == [])

        // `cunxue import` in another process.
        #expect(LessonImporter(dataDirectory: data.path, bundledCourse: nil).importFolder(source.path, replace: false).succeeded)

        #expect(effects.checkLessons() == [.lessonsChanged])
        let loaded = effects.loadCourse().compactMap { event -> [String]? in
            if case .libraryLoaded(let library) = event { return library.course.modules.map(\.id) }
            return nil
        }
        #expect(loaded == [["shop"]])
        #expect(effects.checkLessons() == [])
    }
}

/// The mistake notebook keeps a question whose heading typo was fixed and re-imported.
struct EditHistoryTests {
    @Test func aHeadingTypoFixedAndReplacedKeepsTheNotebookEntry() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-typo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("01-shop")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try Data("---\ntitle: 开网店\n---\n".utf8).write(to: source.appendingPathComponent("module.md"))
        try Data("# 选平台\n\n正文。\n".utf8).write(to: source.appendingPathComponent("01-a.md"))
        let quiz = "## 开淘宝店，第一部要做什么？\n\n1. [ ] 先进货\n1. [x] 实名认证\n"
        try Data(quiz.utf8).write(to: source.appendingPathComponent("quiz.md"))
        let data = DataDirectory(url: folder.appendingPathComponent("data"))
        let importer = LessonImporter(dataDirectory: data.path, bundledCourse: nil)
        let effects = InstructorEffects(directory: data, bundledCourse: nil, extraLessons: [])
        #expect(importer.importFolder(source.path, replace: false).succeeded)
        let question = try #require(effects.loadLibrary().modules.first?.quiz?.questions.first)
        var record = makeRecord()
        record.notebook.record(questionID: question.id, quizID: "shop/quiz", moduleID: "shop", correct: false,
                               at: testNow, calendar: utcCalendar)

        let fixed = quiz.replacingOccurrences(of: "第一部", with: "第一步")
        try Data(fixed.utf8).write(to: source.appendingPathComponent("quiz.md"))
        #expect(importer.importFolder(source.path, replace: true).succeeded)
        var state = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: effects.loadLibrary(),
                             calendar: utcCalendar)
        _ = state.update(.signedIn(record, warnings: []))

        #expect(state.screenContext.notebookEntries.map(\.questionID) == [question.id])
        let now = try #require(state.library.modules.first?.quiz?.questions.first)
        #expect(now.content.original.headingText == "开淘宝店，第一步要做什么？")
    }
}

/// The in-app import preview says what history an edit keeps and detaches before Enter.
struct ImportHistoryPreviewTests {
    @Test func thePreviewPageListsTheHistoryAnEditDetaches() {
        var result = ImportResult(source: "/media/usb/01-shop",
                                  imported: [ImportedModule(id: "shop", title: "开网店", folderName: "01-shop",
                                                            replaced: .imported(folderName: "01-shop"))])
        var history = ModuleHistory(moduleID: "shop", title: "开网店")
        history.removedLessons = [ModuleHistory.LessonItem(id: "02-b", title: "发货", fileName: "02-b")]
        result.history = [history]
        let state = signedInState()

        let lines = InstructorView.previewLines(ImportPreview(path: "/media/usb/01-shop", result: result), state.screenContext,
                                                width: 76).map(\.text)

        let heading = lines.firstIndex(of: "学员的学习记录：")
        #expect(heading != nil)
        #expect(lines.contains { $0.contains("课“发货”（02-b）没有了") })
    }
}

private enum ReloadTestError: Error { case noReader }
