import Foundation
import Glibc
import Testing
@testable import LessonKit

/// An index reads a titled lesson only as far as the end of its front matter
/// (`FrontMatterHead`); everything else, and every file a full load would refuse for its kind or
/// size, is read as before. What is in the body is checked when the lesson is opened.
struct IndexHeadReadingTests {
    private static let moduleFile = "---\ntitle: 模块\n---\n"

    private func load(_ folder: String, mode: CourseLoader.Mode) -> Course {
        var loader = CourseLoader(workingDirectory: folder)
        loader.mode = mode
        return loader.load(["m"])
    }

    private func end(_ text: String) -> FileReader.Stop {
        FrontMatterHead.end(of: Array(text.utf8))
    }

    // MARK: - Where the front matter ends

    @Test func theFrontMatterEndsAfterItsClosingLine() {
        #expect(end("---\ntitle: 课\n---\n\n# 正文\n") == .at(19))
        #expect(end("---\ntitle: 课\n...\n正文") == .at(19))
        #expect(end("---  \r\ntitle: 课\r\n--- \t\r\n正文") == .at(26))
        #expect(end("\u{FEFF}---\ntitle: 课\n---\n") == .at(22))
    }

    @Test func aFileWithoutFrontMatterOrWithALoneCRIsReadWhole() {
        #expect(end("# 标题\n\n---\n") == .readWhole)
        #expect(end("# 标") == .readWhole)
        #expect(end("----\ntitle: 课\n---\n") == .readWhole)
        #expect(end("---\ntitle: 课\r---\n正文\n") == .readWhole)
    }

    @Test func anUnfinishedFrontMatterNeedsMoreBytes() {
        #expect(end("--") == .needMore)
        #expect(end("---\ntitle: 课\n") == .needMore)
        #expect(end("---\ntitle: 课\n---") == .needMore)
    }

    // MARK: - The same findings as a full load, or found when opened

    @Test func longOrUnclosedFrontMatterGivesTheFullLoadsFindings() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "m/module.md", in: folder)
            try FixturePaths.write("---\ntitle: 好\n", to: "m/01-unclosed.md", in: folder)
            try FixturePaths.write("---\ntitle: 没关\n\n" + String(repeating: "正文。\n", count: 3_000), to: "m/02-unclosed-long.md", in: folder)
            let long = (0..<400).map { "note\($0): \(String(repeating: "长", count: 10))\n" }.joined()
            try FixturePaths.write("---\ntitle: 长\n" + long + "---\n\n正文。\n", to: "m/03-too-long.md", in: folder)
            let filler = (0..<150).map { "x\($0): \(String(repeating: "中", count: 10))\n" }.joined()
            try FixturePaths.write("---\ntitle: 快到上限\n" + filler + "---\n\n正文。\n", to: "m/04-near-limit.md", in: folder)
            try FixturePaths.write("\u{FEFF}---\r\ntitle: 换行\r\nminutes: 4\r\n---\r\n\r\n正文。\r\n", to: "m/05-crlf.md", in: folder)
            try FixturePaths.write("---\ntitle: 控制\u{202E}字\n---\n\n正文。\n", to: "m/06-bidi.md", in: folder)
            let full = load(folder, mode: .full)
            let index = load(folder, mode: .index)
            #expect(index.errors == full.errors)
            #expect(index.skippedFiles == full.skippedFiles)
            #expect(index.modules.first?.lessons.map(\.title.original) == full.modules.first?.lessons.map(\.title.original))
            // Findings about the front matter are the same; about the body, none in the index.
            #expect(index.diagnostics.filter { $0.problem != .emptyLesson } == full.diagnostics.filter { $0.problem != .emptyLesson })
            #expect(full.errors.map(\.file).sorted() == ["m/01-unclosed.md", "m/02-unclosed-long.md", "m/03-too-long.md"])
            #expect(index.modules.first?.lessons.map(\.id) == ["04-near-limit", "05-crlf", "06-bidi"])
        }
    }

    @Test func badUTF8InTheBodyIsFoundWhenTheLessonIsOpened() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "m/module.md", in: folder)
            var gbk = Data(("---\ntitle: 编码\n---\n" + String(repeating: "正文。\n", count: 400) + "好").utf8)
            gbk.append(contentsOf: [0xD6, 0xD0, 0x0A])
            try FixturePaths.write(gbk, to: "m/01-gbk.md", in: folder)
            let full = load(folder, mode: .full)
            let index = load(folder, mode: .index)
            let finding = try #require(full.errors.first)
            #expect(finding.problem == .notUTF8 && finding.line == 404)
            // Listed by its front matter; the body's finding comes when it is opened, as validate gives it.
            let content = try #require(index.modules.first?.lessons.first?.content.original)
            #expect(content.title == "编码")
            #expect(LessonBodyReader().body(of: content) == .failure(.unusable(finding)))
        }
    }

    @Test func controlCharactersInTheBodyAreSanitizedWhenOpened() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "m/module.md", in: folder)
            try FixturePaths.write("---\ntitle: 控制\n---\n\n红\u{1B}[31m字\n", to: "m/01-escape.md", in: folder)
            let full = load(folder, mode: .full)
            let index = load(folder, mode: .index)
            #expect(full.diagnostics.contains { $0.line == 5 })
            #expect(index.diagnostics.isEmpty)
            let content = try #require(index.modules.first?.lessons.first?.content.original)
            let fullContent = try #require(full.modules.first?.lessons.first?.content.original)
            let body = try LessonBodyReader().body(of: content).get()
            #expect(body == fullContent.body)
        }
    }

    // MARK: - Files listed as regular

    @Test func aFileListedAsRegularButNowALinkOrPipeIsRefused() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let link = folder + "/link.md"
            let pipe = folder + "/pipe.md"
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/etc/passwd")
            #expect(mkfifo(pipe, 0o644) == 0)
            let reader = FileReader()
            #expect(reader.readFile(at: link, listedAsRegular: true).failure == FileReader.Failure(problem: .symbolicLink))
            #expect(reader.readFile(at: pipe, listedAsRegular: true).failure == FileReader.Failure(problem: .specialFile(.fifo)))
            #expect(reader.readFile(at: folder, listedAsRegular: true).failure != nil)
        }
    }

    @Test func theListingSaysWhichEntriesAreRegular() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("x", to: "a.md", in: folder)
            try FileManager.default.createDirectory(atPath: folder + "/b.md", withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(atPath: folder + "/c.md", withDestinationPath: folder + "/a.md")
            let entries = try FileReader().directoryEntries(of: folder).get()
            #expect(entries.map(\.name) == ["a.md", "b.md", "c.md"])
            // (A file system that does not say, DT_UNKNOWN, gives `false`, and `lstat` decides.)
            #expect(entries[0].isListedAsRegular)
            #expect(entries[1].isListedAsRegular == false && entries[2].isListedAsRegular == false)
        }
    }
}


private extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
