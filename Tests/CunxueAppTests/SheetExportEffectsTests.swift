import Foundation
import LessonKit
import ProgressKit
import Testing
@testable import CunxueApp

/// The instructor's worksheet export on disk: the default folder, the files, the refusals.
@Suite struct SheetExportEffectsTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private var fixtureCourse: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/Course").path
    }

    /// Saves `record` in the data directory at `url`, under its lock, and lets go of the lock.
    private func save(_ record: LearnerRecord, in url: URL) throws {
        let store = LearnerStore(directory: DataDirectory(url: url))
        _ = try store.prepare(now: testNow)
        let lock = try store.lock(id: record.id, displayName: record.learner.displayName, at: testNow)
        defer { lock.release() }
        try store.save(record, with: lock)
    }

    /// A learner's export folder never starts with a dot (it would be hidden), also when a
    /// combining mark follows the dot; a line break with a mark after it is still a space.
    @Test func aNameStartingWithADotGivesAVisibleFolder() {
        for name in [".王芳", "..王芳", ".\u{301}王芳", "王\n\u{301}芳"] {
            let folder = SheetExporter.learnerFolderName(name: name, id: "wangfang01")
            #expect(folder.unicodeScalars.first != ".", "\(name.debugDescription) gave \(folder.debugDescription)")
            #expect(!folder.unicodeScalars.contains("\n"))
            #expect(folder.hasSuffix("-wangfang01"))
        }
    }

    /// A question whose own part starts with a combining mark is found by its id.
    @Test func aQuestionIDWithACombiningMarkAfterItsHashIsFound() throws {
        let question = Question(id: "m/quiz#\u{301}问", kind: .single, shuffleAnswers: false,
                                content: Localized(originalLanguage: .simplifiedChinese, original: QuestionContent(heading: [.text("\u{301}问")], answers: [])),
                                line: 1)
        let quiz = Quiz(id: "m/quiz", questions: [question], messages: Localized(originalLanguage: .simplifiedChinese, original: QuizMessages()))
        let module = Module(id: "m", folderName: "m", path: "m", level: .basic, requires: [], language: .simplifiedChinese,
                            content: Localized(originalLanguage: .simplifiedChinese,
                                               original: ModuleContent(title: "模块", summary: nil, introduction: Document(), sourcePath: "m/module.md")),
                            lessons: [], quiz: quiz, scenarios: [])
        let found = try #require(CourseIndex(Course(modules: [module])).question(question.id))
        #expect(found.question == question)
    }

    @Test func theDefaultFolderIsAUSBStickWhenOneIsMounted() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        let media = root.appendingPathComponent("media/teacher")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        #expect(InstructorEffects.exportFolder(dataDirectory: data, mediaRoots: [media, root.appendingPathComponent("none")]).path
            == data.appendingPathComponent("exports").path)
        try FileManager.default.createDirectory(at: media.appendingPathComponent("KINGSTON"), withIntermediateDirectories: true)
        #expect(InstructorEffects.exportFolder(dataDirectory: data, mediaRoots: [root.appendingPathComponent("none"), media]).path
            == media.appendingPathComponent("KINGSTON/村学实操单").path)
    }

    @Test func exportWritesTheLearnersSheetsIntoAFolderOfTheirOwn() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        var record = makeRecord(name: "王芳\u{202E}")
        record.saveWorksheet(WorksheetAnswers(id: "listing-products/product-title",
                                              answers: ["origin": "陕西", "name": "猕猴桃", "size": "5斤装", "title": "陕西 猕猴桃 5斤装"],
                                              updatedAt: testNow, finishedAt: testNow))
        record.saveWorksheet(WorksheetAnswers(id: "gone-module/old-sheet", answers: ["x": "y"], updatedAt: testNow))
        try save(record, in: url)
        let effects = InstructorEffects(directory: DataDirectory(url: url), bundledCourse: fixtureCourse, extraLessons: [])
        let out = url.appendingPathComponent("out")
        let events = effects.exportSheets(record.id, into: out.path, language: .zh)
        guard case .sheetsExported(let id, let report)? = events.first else { Issue.record("\(events)"); return }
        #expect(id == record.id)
        #expect(report.folder == out.appendingPathComponent("王芳-wangfang01").path)
        #expect(report.written == ["listing-products--product-title"])
        #expect(report.skipped == ["gone-module--old-sheet"])
        let text = try String(contentsOfFile: report.folder + "/listing-products--product-title.txt", encoding: .utf8)
        #expect(text.contains("陕西 猕猴桃 5斤装"))
        #expect(!text.contains("\u{202E}"))
        #expect(FileManager.default.fileExists(atPath: report.folder + "/listing-products--product-title.md"))
    }

    @Test func nothingFilledAndAnUnwritableFolderSaySo() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let effects = InstructorEffects(directory: DataDirectory(url: url), bundledCourse: fixtureCourse, extraLessons: [])
        var record = makeRecord()
        try save(record, in: url)
        guard case .notice(let empty)? = effects.exportSheets(record.id, into: url.path, language: .zh).first else {
            Issue.record("no message"); return
        }
        #expect(empty.zh.contains("还没有填过实操单") && empty.en.contains("nothing to export"))
        record.saveWorksheet(WorksheetAnswers(id: "listing-products/product-title", answers: ["origin": "陕西"], updatedAt: testNow))
        try save(record, in: url)
        let file = url.appendingPathComponent("a-file")
        try Data().write(to: file)
        guard case .notice(let refused)? = effects.exportSheets(record.id, into: file.path, language: .zh).first else {
            Issue.record("no message"); return
        }
        #expect(refused.kind == .error)
        #expect(refused.zh.contains("不能建文件夹") && refused.zh.contains("换一个文件夹"))
        guard case .notice(let unreadable)? = effects.exportSheets("nobody", into: url.path, language: .en).first else {
            Issue.record("no message"); return
        }
        #expect(unreadable.en.contains("cannot be read"))
    }
}
