import Foundation
import Testing
@testable import ProgressKit
#if canImport(Glibc)
import Glibc
#endif

/// The `cunxue` binary given hostile arguments and a hostile data directory: nothing it prints
/// holds a control, escape, bidi or zero-width character, and nothing hangs on a FIFO.
@Suite(.serialized)
struct UntrustedOutputCLITests {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var timedOut: Bool
    }

    static var executable: String? {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("cunxue").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Runs `cunxue arguments`, killed after `timeout` seconds.
    static func run(_ arguments: [String], timeout: TimeInterval = 60) throws -> Output {
        let path = try #require(executable, "the cunxue executable was not built next to the test runner")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CUNXUE_DATA_DIR"] = nil
        process.environment = environment
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cli-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("cli-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      standardOutput: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      standardError: String(decoding: try Data(contentsOf: err), as: UTF8.self),
                      timedOut: timedOut)
    }

    /// Whether `text` holds a character a terminal would act on (or hide), line breaks (CSV's
    /// CRLF too) aside.
    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { SafeText.isRemoved($0) && $0 != "\n" && $0 != "\r" }
    }

    static let hostile = "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{202E}\u{200B}"

    @Test("`learners add` with ESC in a too-long name: the error shows a cleaned name")
    func addNeverEchoesTheNameRaw() throws {
        let folder = try TemporaryFolder("cli-hostile")
        defer { folder.remove() }
        let name = Self.hostile + String(repeating: "长", count: 30)
        let result = try Self.run(["learners", "add", name, "--data-dir", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("名字太长"))
        #expect(result.standardError.contains("]0;PWNED"))          // shown, harmless
        #expect(Self.isClean(result.standardError) && Self.isClean(result.standardOutput))
    }

    @Test("`learners remove` with an unknown name: the error shows a cleaned name")
    func removeNeverEchoesTheNameRaw() throws {
        let folder = try TemporaryFolder("cli-hostile")
        defer { folder.remove() }
        _ = try Self.run(["learners", "add", "王芳", "--data-dir", folder.path])
        let result = try Self.run(["learners", "remove", "x" + Self.hostile, "--data-dir", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("没有叫"))
        #expect(Self.isClean(result.standardError) && Self.isClean(result.standardOutput))
    }

    @Test("a FIFO named x.json and files named with escape sequences: list and report finish and print nothing raw")
    func hostileDataDirectory() throws {
        let folder = try TemporaryFolder("cli-hostile")
        defer { folder.remove() }
        _ = try Self.run(["learners", "add", "王芳", "--data-dir", folder.path])
        let learners = folder.url.appendingPathComponent("learners")
        #expect(mkfifo(learners.appendingPathComponent("xfifo123.json").path, 0o644) == 0)
        try Data("{".utf8).write(to: learners.appendingPathComponent(Self.hostile + ".json"))
        #expect(symlink("/dev/zero", learners.appendingPathComponent("zerolink.json").path) == 0)

        let report = try Self.run(["report", "--data-dir", folder.path, "--format", "csv"], timeout: 60)
        #expect(!report.timedOut, "report hung")
        #expect(report.status == 0)
        #expect(report.standardOutput.contains("\r\n,,,1,0,0,"))  // 王芳 counted (not trained: not in 台账)
        #expect(Self.isClean(report.standardError))
        #expect(report.standardError.contains("]0;PWNED"))
        #expect(report.standardOutput.hasPrefix("\u{FEFF}"))
        #expect(Self.isClean(String(report.standardOutput.dropFirst())))   // after the BOM
        let json = try Self.run(["report", "--data-dir", folder.path, "--format", "json"], timeout: 60)
        #expect(!json.timedOut && json.status == 0 && Self.isClean(json.standardOutput) && Self.isClean(json.standardError))
        #expect(json.standardOutput.contains("\"name\" : \"王芳\""))

        let list = try Self.run(["learners", "list", "--data-dir", folder.path], timeout: 30)
        #expect(!list.timedOut, "learners list hung")
        #expect(list.status == 0)
        #expect(list.standardOutput.contains("王芳"))
        #expect(list.standardError.contains("管道"))
        #expect(Self.isClean(list.standardOutput) && Self.isClean(list.standardError))
    }
}
