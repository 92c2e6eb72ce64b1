import Foundation
import Glibc
import Testing

/// `cunxue import` run as a process.
@Suite("cunxue import")
struct ImportCommandTests {
    @Test func goodFolderIsImportedAndShownByReport() throws {
        let folder = try makeTemporaryFolder("cunxue-import")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = try InstructorTools.writeCourse(in: folder)
        let environment = InstructorTools.environment(course: course)
        try InstructorTools.write([
            "new/03-live/module.md": "---\ntitle: 直播\nid: live\nrequires: [shop]\n---\n",
            "new/03-live/01-prepare.md": "# 准备\n\n正文。\n",
            "new/03-live/IMG_0001.JPG": "photo",
            "new/03-live/.DS_Store": "",
        ], in: folder)
        let data = folder.appendingPathComponent("data").path

        let result = try InstructorTools.importFolder("new", in: folder, data: data, environment: environment)

        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == """
            没有复制的文件（2 个）：
              \(folder.path)/new/03-live/.DS_Store：隐藏文件，没有复制
              \(folder.path)/new/03-live/IMG_0001.JPG：不是 Markdown 文件（.md），没有复制
            已导入 1 个单元到 \(data)/lessons：
              live  直播（03-live）

            """)
        #expect(FileManager.default.fileExists(atPath: data + "/lessons/03-live/01-prepare.md"))
        let report = try runCommand(cunxueBinary, ["report", "--data-dir", data, "--lang", "en"], environment: environment)
        #expect(report.stdout.contains("\r\n,live,直播,0,0,,0,0,0,0,0,0\r\n"))  // 模块 table: no station set
    }

    @Test func folderWithLinksFIFOAndBadNamesIsRefusedAndNothingChanges() throws {
        let folder = try makeTemporaryFolder("cunxue-import")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = try InstructorTools.writeCourse(in: folder)
        let environment = InstructorTools.environment(course: course)
        try InstructorTools.write("---\ntitle: 坏\n---\n", to: "bad/module.md", in: folder)
        try InstructorTools.write("# 秘密\n", to: "secret.md", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/bad/01-link.md", withDestinationPath: folder.path + "/secret.md")
        #expect(mkfifo(folder.path + "/bad/02-pipe.md", 0o644) == 0)
        try InstructorTools.write("# 红\n", to: "bad/03-\u{1B}[31m.md", in: folder)
        try InstructorTools.write(String(repeating: "a", count: (1 << 20) + 1), to: "bad/04-big.md", in: folder)
        let data = folder.appendingPathComponent("data").path

        let result = try InstructorTools.run(["import", "--data-dir", data, "bad", "--lang", "en"], in: folder,
                                             environment: environment)

        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            Nothing was imported:
              bad/01-link.md: this is a link (shortcut) and is never followed: copy the real file or folder here
              bad/02-pipe.md: this is a named pipe, not a regular file: delete it
              bad/03-[31m.md: the name contains a control character (U+001B): rename it
              bad/04-big.md: file too large (1048577 bytes, at most 1048576): split it into several lessons

            """)
        #expect(!FileManager.default.fileExists(atPath: data))
    }

    @Test func bundledModuleNeedsReplace() throws {
        let folder = try makeTemporaryFolder("cunxue-import")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = try InstructorTools.writeCourse(in: folder)
        let environment = InstructorTools.environment(course: course)
        try InstructorTools.write("---\ntitle: 开店（本县版）\nid: shop\n---\n", to: "mine/module.md", in: folder)
        let data = folder.appendingPathComponent("data").path
        let refused = try InstructorTools.importFolder("mine", in: folder, data: data, environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("请加上 --replace"))
        let replaced = try InstructorTools.importFolder("mine", in: folder, data: data, options: ["--replace"],
                                                        environment: environment)
        #expect(replaced.status == 0)
        #expect(replaced.stdout.contains("替换了村学自带的同名单元"))
        let report = try runCommand(cunxueBinary, ["report", "--data-dir", data], environment: environment)
        #expect(report.stdout.contains("\r\n,shop,开店（本县版）,0,0,,0,0,0,0,0,0\r\n"))
    }
}
