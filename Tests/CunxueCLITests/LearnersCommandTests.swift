import Foundation
import ProgressKit
import Testing

/// `cunxue learners …` run as a process, against a temporary data directory.
struct LearnersCommandTests {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs the built `cunxue` with `arguments` (no `CUNXUE_DATA_DIR` from the environment).
    static func run(_ arguments: [String]) throws -> Output {
        var environment = ProcessInfo.processInfo.environment
        environment["CUNXUE_DATA_DIR"] = nil
        let result = try runCommand(cunxueBinary, arguments, environment: environment)
        return Output(status: result.status, standardOutput: result.stdout, standardError: result.stderr)
    }

    /// A temporary data directory, removed by the caller.
    private struct Folder {
        let url: URL
        var path: String { url.path }
        init() throws { url = try makeTemporaryFolder("cli") }
        func remove() { try? FileManager.default.removeItem(at: url) }
        /// The names in the subfolder `name`, sorted (none when it does not exist).
        func names(in name: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(name).path)) ?? []).sorted()
        }
    }

    @Test func addListAndRemoveInChineseAndEnglish() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let added = try Self.run(["learners", "add", "王芳", "张伟", "--data-dir", folder.path])
        #expect(added.status == 0)
        let lines = added.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("  王芳") && lines[1].hasSuffix("  张伟"))
        let zhangID = String(lines[1].prefix(8))

        let list = try Self.run(["learners", "list", "--data-dir", folder.path])
        #expect(list.status == 0)
        #expect(list.standardOutput.hasPrefix("编号"))
        #expect(list.standardOutput.contains("王芳") && list.standardOutput.contains(zhangID))
        let english = try Self.run(["learners", "list", "--data-dir", folder.path, "--lang", "en"])
        #expect(english.standardOutput.hasPrefix("ID"))
        #expect(english.standardOutput.contains("never"))

        let removed = try Self.run(["learners", "remove", zhangID, "--data-dir", folder.path, "--lang", "en"])
        #expect(removed.status == 0)
        #expect(removed.standardOutput.contains("Moved 张伟 (\(zhangID)) to removed/\(zhangID).json"))
        #expect(folder.names(in: "removed") == ["\(zhangID).json"])
        let missing = try Self.run(["learners", "remove", "张伟", "--data-dir", folder.path])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("没有叫“张伟”的学员"))
    }

    @Test func badNameAddsNobody() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let result = try Self.run(["learners", "add", "好", String(repeating: "长", count: 21), "--data-dir", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("名字太长"))
        #expect(folder.names(in: "learners").isEmpty)
    }

    @Test func ambiguousNameIsRefusedWithTheIDs() throws {
        let folder = try Folder()
        defer { folder.remove() }
        // Two learners of one name (two stations' folders put together): `learners add` refuses the second.
        let store = LearnerStore(directory: DataDirectory(url: URL(fileURLWithPath: folder.path)))
        let ids = try (0..<2).map { _ in try store.add(displayName: "王芳", at: Date(timeIntervalSince1970: 1_750_000_000)).id }
        #expect(ids.count == 2)
        let result = try Self.run(["learners", "remove", "王芳", "--data-dir", folder.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("2 learners are called “王芳”"))
        #expect(ids.allSatisfy { result.standardError.contains($0) })
        #expect(folder.names(in: "learners").count == 2)
    }

    /// Issue 12: a name the same as one already there, or only looking like it, adds nobody.
    @Test func addRefusesNamesThatClashWithOnesAlreadyThere() throws {
        let folder = try Folder()
        defer { folder.remove() }
        #expect(try Self.run(["learners", "add", "admin", "李叔", "--data-dir", folder.path]).status == 0)
        for name in ["admin", "\u{0430}dmin", "ａｄｍｉｎ", "ad\u{200B}min"] {
            let result = try Self.run(["learners", "add", "王芳", name, "--data-dir", folder.path])
            #expect(result.status == 1, "\(name)")
            #expect(result.standardError.contains("admin（东头）"), "\(name)")
            #expect(folder.names(in: "learners").filter { $0.hasSuffix(".json") }.count == 2, "\(name)")
        }
        // Two of one name in one command, and names that are only alike on paper, are fine or not as they should be.
        #expect(try Self.run(["learners", "add", "张伟", "张伟", "--data-dir", folder.path]).status == 1)
        let fine = try Self.run(["learners", "add", "李叔（东头）", "王芳A", "--data-dir", folder.path])
        #expect(fine.status == 0, "\(fine.standardError)")
    }

    @Test func unreadableFileStillListsEveryoneElse() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let added = try Self.run(["learners", "add", "王芳", "李娜", "--data-dir", folder.path])
        let ids = added.standardOutput.split(separator: "\n").map { String($0.prefix(8)) }
        try Data("garbage".utf8).write(to: folder.url.appendingPathComponent("learners/\(ids[0]).json"))
        let result = try Self.run(["learners", "list", "--data-dir", folder.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("李娜"))
        #expect(result.standardOutput.contains(ids[0]))
        #expect(result.standardError.contains("\(ids[0]).json.corrupt-"))
    }
}
