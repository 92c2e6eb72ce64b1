import Foundation
import Glibc
import Testing
@testable import LessonKit

/// Findings that need files git cannot hold (links, FIFOs, bad encodings, big files); the
/// fixtures are built in a temporary folder.
struct FileSafetyTests {
    private static let moduleFile = "---\ntitle: 单元\n---\n"
    private static let lesson = "# 课\n\n正文。\n"

    /// Builds a module folder `m` in a temporary folder, lets `prepare` add to it, loads it.
    private func load(_ prepare: (String) throws -> Void) throws -> Course {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "m/module.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "m/01-good.md", in: folder)
            try prepare(folder + "/m")
            return CourseLoader(workingDirectory: folder).load("m")
        }
    }

    /// A name whose first byte is a dot is hidden, also when a combining mark follows the dot
    /// (one Swift `Character` with it, which is not `.`): such a file or folder is not read.
    @Test func aNameStartingWithADotAndACombiningMarkIsHidden() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "course/01-m/module.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "course/01-m/01-a.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "course/01-m/.\u{301}02-b.md", in: folder)
            try FixturePaths.write(Self.moduleFile, to: "course/.\u{301}02-hidden/module.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "course/.\u{301}02-hidden/01-a.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("course")
            #expect(course.modules.map(\.folderName) == ["01-m"])
            #expect(course.modules.first?.lessons.map(\.id) == ["01-a"])
            #expect(course.diagnostics.isEmpty)
        }
    }

    @Test func fileThatIsNotUTF8IsAnErrorAtTheFirstBadByte() throws {
        let course = try load { module in
            // "第一行\n好" then a GBK-encoded "中" (0xD6 0xD0), invalid as UTF-8.
            var bytes = Data("# 第一行\n好".utf8)
            bytes.append(contentsOf: [0xD6, 0xD0, 0x0A])
            try FixturePaths.write(bytes, to: "02-gbk.md", in: module)
        }
        #expect(course.diagnostics.map { $0.formatted() } == [
            "m/02-gbk.md:2:2: error: 文件不是 UTF-8 编码：请在编辑器里用“UTF-8”格式另存",
        ])
        #expect(course.modules.first?.lessons.map(\.id) == ["01-good"])
        #expect(course.skippedFiles.map(\.path) == ["m/02-gbk.md"])
    }

    @Test func fileLargerThanOneMebibyteIsNotRead() throws {
        let course = try load { module in
            try FixturePaths.write(String(repeating: "a", count: (1 << 20) + 1), to: "02-big.md", in: module)
            try FixturePaths.write(String(repeating: "a", count: 1 << 20), to: "03-limit.md", in: module)
        }
        #expect(course.diagnostics.map { $0.formatted() } == [
            "m/02-big.md:1:1: error: 文件太大（1048577 字节，最多 1 MiB），没有读取：请把它拆成几课",
        ])
        #expect(course.modules.first?.lessons.map(\.id) == ["01-good", "03-limit"])
    }

    @Test func symbolicLinksAreReportedAndNeverFollowed() throws {
        let course = try FixturePaths.withTemporaryFolder { folder -> Course in
            try FixturePaths.write(Self.moduleFile, to: "course/01-m/module.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "outside/secret.md", in: folder)
            try FixturePaths.write(Self.moduleFile, to: "outside/module/module.md", in: folder)
            try FileManager.default.createSymbolicLink(atPath: folder + "/course/01-m/02-link.md",
                                                       withDestinationPath: folder + "/outside/secret.md")
            try FileManager.default.createSymbolicLink(atPath: folder + "/course/02-linked",
                                                       withDestinationPath: folder + "/outside/module")
            return CourseLoader(workingDirectory: folder).load("course")
        }
        #expect(course.diagnostics.map { $0.formatted() } == [
            "course/01-m/02-link.md:1:1: error: 这是一个链接（快捷方式），不会打开：请把真正的文件复制到这里",
            "course/02-linked:1:1: error: 这是一个链接（快捷方式），不会打开：请把真正的文件复制到这里",
        ])
        #expect(course.modules.map(\.id) == ["m"])
        #expect(course.lessonCount == 0)
    }

    /// A module folder is listed without an `lstat` when the listing says "folder"; if a link
    /// was put there since, listing it without following links refuses it.
    @Test func aFolderListedWithoutFollowingLinksRefusesALink() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "outside/module/module.md", in: folder)
            try FileManager.default.createSymbolicLink(atPath: folder + "/linked", withDestinationPath: folder + "/outside/module")
            let reader = FileReader()
            #expect(try reader.directoryEntries(of: folder + "/linked").get().map(\.name) == ["module.md"])
            #expect(throws: (any Error).self) { try reader.directoryEntries(of: folder + "/linked", followingLinks: false).get() }
            #expect(try reader.directoryEntries(of: folder + "/outside/module", followingLinks: false).get().map(\.name) == ["module.md"])
        }
    }

    @Test func fifoIsNeverOpened() throws {
        let course = try load { module in
            #expect(mkfifo(module + "/02-pipe.md", 0o644) == 0)
        }
        // Opening a FIFO for reading would block this test forever.
        #expect(course.diagnostics.map { $0.formatted() } == [
            "m/02-pipe.md:1:1: error: 这是管道，不是普通文件，不会打开：请删除它或换成普通文件",
        ])
        #expect(course.diagnostics.first?.code == .specialFile)
    }

    @Test func missingPathIsAFindingNotACrash() {
        let course = CourseLoader(workingDirectory: FixturePaths.root).load(["no-such-folder", "GoodCourse"])
        #expect(course.diagnostics.map { $0.formatted(in: .english) } == [
            "no-such-folder:1:1: error: no such file or folder: check the name",
        ])
        #expect(course.modules.count == 2)
    }

    @Test func fileGivenInsteadOfFolder() {
        let course = CourseLoader(workingDirectory: FixturePaths.root).load("GoodCourse/02-listing-products/01-titles.md")
        #expect(course.diagnostics.map { $0.formatted() } == [
            "GoodCourse/02-listing-products/01-titles.md:1:1: error: 这是一个文件，不是文件夹：请给出课程文件夹或单元文件夹",
        ])
    }

    @Test func unreadablePathIsReported() {
        let name = String(repeating: "长", count: 2000)
        let course = CourseLoader(workingDirectory: FixturePaths.root).load(name)
        #expect(course.diagnostics.map(\.code) == [.unreadable])
        #expect(course.diagnostics.first?.message(in: .english).hasPrefix("cannot read it (File name too long)") == true)
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
        let course = try load { module in
            try FixturePaths.write("\u{FEFF}---\r\ntitle: 记事本写的\r\nminutes: 3\r\n---\r\n\r\n正文。\r\n", to: "02-notepad.md", in: module)
        }
        #expect(course.diagnostics.isEmpty)
        let lesson = try #require(course.modules.first?.lessons.last)
        #expect(lesson.title.original == "记事本写的")
        #expect(lesson.content.original.minutes == 3)
        #expect(lesson.body.original.blocks == [Block(.paragraph([.text("正文。")]), line: 6)])
    }

    @Test func unsafeFileNamesAreShownSafelyAndReported() throws {
        let course = try load { module in
            try FixturePaths.write(Self.lesson, to: "02-\u{1B}[31mred.md", in: module)
            try FixturePaths.write(Self.lesson, to: "03-\u{202E}dm.md", in: module)
        }
        #expect(course.diagnostics.map { $0.formatted() } == [
            "m/02-[31mred.md:1:1: warning: 文本里有控制字符 U+001B，已删除：请从文件里删掉它",
            "m/03-\u{FFFD}dm.md:1:1: warning: 文本里有文字方向控制字符 U+202E，已换成 �：请从文件里删掉它",
        ])
        // The files still load, under their safe names.
        #expect(course.modules.first?.lessons.map(\.id) == ["01-good", "02-[31mred", "03-\u{FFFD}dm"])
    }

    @Test func fileNameThatIsNotUTF8IsAnError() throws {
        let course = try load { module in
            // "中.md" with the name in GBK, as a zip made on Chinese Windows unpacks it.
            var path = Array(module.utf8).map { CChar(bitPattern: $0) } + [CChar(bitPattern: 0x2F)]
            path += [0xD6, 0xD0, 0x2E, 0x6D, 0x64, 0x00].map { CChar(bitPattern: $0) }
            let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
            #expect(descriptor >= 0)
            close(descriptor)
        }
        #expect(course.diagnostics.map { $0.formatted(in: .english) } == [
            "m/\u{FFFD}\u{FFFD}.md:1:1: error: the name is not UTF-8 (common in zip files made on Windows) and it was not read: rename it",
        ])
        #expect(course.skippedFiles.map(\.path) == ["m/\u{FFFD}\u{FFFD}.md"])
        #expect(course.modules.first?.lessons.map(\.id) == ["01-good"])
    }
}
