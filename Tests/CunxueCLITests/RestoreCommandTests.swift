import Foundation
import Testing

/// `cunxue restore BACKUP-FOLDER` run as a process, and a backup folder in the data directory.
@Suite("cunxue restore")
struct RestoreCommandTests {
    private let files = FileManager.default

    /// A data directory with 王芳 and 李明, backed up into `usb`; returns the backup folder.
    private func stationWithBackup(in folder: URL, environment: [String: String]) throws -> (data: URL, backup: URL) {
        let data = folder.appendingPathComponent("data")
        let usb = folder.appendingPathComponent("usb")
        try files.createDirectory(at: usb, withIntermediateDirectories: true)
        for name in ["王芳", "李明"] {
            #expect(try runCommand(cunxueBinary, ["learners", "add", name, "--data-dir", data.path], environment: environment).status == 0)
        }
        #expect(try runCommand(cunxueBinary, ["backup", "--data-dir", data.path, usb.path], environment: environment).status == 0)
        let name = try #require(try files.contentsOfDirectory(atPath: usb.path).first)
        return (data, usb.appendingPathComponent(name))
    }

    private func names(_ folder: URL) -> [String] {
        ((try? files.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func restoreKeepsTheCurrentDataAsideAndSaysWhatItRestored() throws {
        let folder = try makeTemporaryFolder("cunxue-restore")
        defer { try? files.removeItem(at: folder) }
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        let (data, backup) = try stationWithBackup(in: folder, environment: environment)
        #expect(names(backup).contains("cunxue-backup.json"))
        // Work done after the backup: a third learner.
        #expect(try runCommand(cunxueBinary, ["learners", "add", "张三", "--data-dir", data.path], environment: environment).status == 0)

        let result = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, backup.path], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("已恢复到 \(data.path)"))
        #expect(result.stdout.contains("学员 2 位：李明、王芳"))
        #expect(result.stdout.contains("导入的课程模块 0 个"))
        #expect(result.stdout.contains("老师设置：备份里没有"))
        let listed = try runCommand(cunxueBinary, ["learners", "list", "--data-dir", data.path], environment: environment)
        #expect(listed.stdout.contains("王芳") && !listed.stdout.contains("张三"))
        // The data that was there is kept beside it, 张三 included.
        let aside = try #require(names(folder).first { $0.hasPrefix("data-before-restore-") })
        #expect(result.stdout.contains(folder.appendingPathComponent(aside).path))
        let kept = try runCommand(cunxueBinary, ["learners", "list", "--data-dir", folder.appendingPathComponent(aside).path],
                                  environment: environment)
        #expect(kept.stdout.contains("张三"))
        #expect(!names(folder).contains { $0.hasPrefix(".") })

        let english = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, backup.path, "--lang", "en"], environment: environment)
        #expect(english.stdout.contains("2 learners: 李明, 王芳"))
    }

    @Test func anOldBackupWithoutManifestIsRecognisedByItsShape() throws {
        let folder = try makeTemporaryFolder("cunxue-restore")
        defer { try? files.removeItem(at: folder) }
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        let (data, backup) = try stationWithBackup(in: folder, environment: environment)
        try files.removeItem(at: backup.appendingPathComponent("cunxue-backup.json"))
        let result = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, backup.path], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("学员 2 位"))
    }

    @Test(arguments: ["empty", "photos", "learners-file"])
    func aFolderThatIsNotABackupIsRefused(kind: String) throws {
        let folder = try makeTemporaryFolder("cunxue-restore")
        defer { try? files.removeItem(at: folder) }
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        let (data, _) = try stationWithBackup(in: folder, environment: environment)
        let other = folder.appendingPathComponent("other")
        try files.createDirectory(at: other, withIntermediateDirectories: true)
        switch kind {
        case "photos": try InstructorTools.write("jpeg", to: "照片.jpg", in: other)
        case "learners-file": try InstructorTools.write("{}", to: "learners", in: other)
        default: break
        }
        let before = names(data.appendingPathComponent("learners"))
        let result = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, other.path], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("不是 cunxue backup 做的备份文件夹"))
        if kind == "photos" { #expect(result.stderr.contains("照片.jpg")) }
        #expect(names(data.appendingPathComponent("learners")) == before)
        #expect(!names(folder).contains { $0.contains("before-restore") || $0.hasPrefix(".") })
    }

    @Test func linksAreNeverFollowed() throws {
        let folder = try makeTemporaryFolder("cunxue-restore")
        defer { try? files.removeItem(at: folder) }
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        let (data, backup) = try stationWithBackup(in: folder, environment: environment)
        // The folder named is a link: refused.
        let link = folder.appendingPathComponent("shortcut")
        try files.createSymbolicLink(atPath: link.path, withDestinationPath: backup.path)
        let refused = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, link.path], environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("是一个链接"))
        #expect(!names(folder).contains { $0.contains("before-restore") })
        // Links inside the backup are left out, never read through.
        try InstructorTools.write("secret", to: "secret.txt", in: folder)
        try files.createSymbolicLink(atPath: backup.appendingPathComponent("learners/zzzzzzzz.json").path,
                                     withDestinationPath: folder.appendingPathComponent("secret.txt").path)
        try files.createSymbolicLink(atPath: backup.appendingPathComponent("lessons").path, withDestinationPath: folder.path)
        let result = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, backup.path], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("lessons"))
        try files.removeItem(at: backup.appendingPathComponent("lessons"))
        let restored = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, backup.path], environment: environment)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stderr.contains("没有恢复 learners/zzzzzzzz.json"))
        #expect(!names(data.appendingPathComponent("learners")).contains("zzzzzzzz.json"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func refusedWhileTheAppRunsThenDoneOnceItIsClosed() throws {
        let folder = try makeTemporaryFolder("cunxue-restore")
        defer { try? files.removeItem(at: folder) }
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        let (data, backup) = try stationWithBackup(in: folder, environment: environment)
        let command = "'\(cunxueBinary.path)' --data-dir '\(data.path)'; printf '\\r\\nEXIT=%s\\r\\n' $?; sleep 30"
        let tmux = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8", "CUNXUE_LESSONS": environment["CUNXUE_LESSONS"] ?? ""])
        #expect(try tmux.waitFor { $0.joined().contains("欢迎来到村学") }.ok)

        let refused = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, backup.path], environment: environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("村学正开着"))
        #expect(!names(folder).contains { $0.contains("before-restore") || $0.hasPrefix(".") })

        try tmux.send("C-c")
        #expect(try tmux.waitFor { $0.joined().contains("EXIT=0") }.ok)
        let done = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, backup.path], environment: environment)
        #expect(done.status == 0, "\(done.stderr)")
    }

    @Test func aBackupFolderInTheDataDirectoryIsExplained() throws {
        let folder = try makeTemporaryFolder("cunxue-restore")
        defer { try? files.removeItem(at: folder) }
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        let (data, backup) = try stationWithBackup(in: folder, environment: environment)
        let dragged = data.appendingPathComponent(backup.lastPathComponent)
        try files.moveItem(at: backup, to: dragged)

        let listed = try runCommand(cunxueBinary, ["learners", "list", "--data-dir", data.path], environment: environment)
        #expect(listed.status == 0)
        #expect(listed.stderr.contains("数据文件夹里有一个备份文件夹：\(dragged.path)"))
        #expect(listed.stderr.contains("cunxue restore"))
        let report = try runCommand(cunxueBinary, ["report", "--data-dir", data.path], environment: environment)
        #expect(report.stderr.contains("数据文件夹里有一个备份文件夹"))
        // Dragged into learners/ it is recognised too; restoring from inside the data directory is refused.
        let deeper = data.appendingPathComponent("learners/" + backup.lastPathComponent)
        try files.moveItem(at: dragged, to: deeper)
        let english = try runCommand(cunxueBinary, ["learners", "list", "--data-dir", data.path, "--lang", "en"], environment: environment)
        #expect(english.stderr.contains("There is a backup folder in the data directory: \(deeper.path)"))
        let inside = try runCommand(cunxueBinary, ["restore", "--data-dir", data.path, deeper.path], environment: environment)
        #expect(inside.status == 1)
        #expect(inside.stderr.contains("一个在另一个里面"))
    }
}
