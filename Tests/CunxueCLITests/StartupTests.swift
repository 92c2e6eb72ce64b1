import Foundation
import Testing

/// Started without a terminal, `cunxue` says why on one line and exits 2, quickly.
@Suite("Start without a terminal")
struct StartupTests {
    @Test func standardInputNotATerminal() throws {
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env["LANG"] = "C.UTF-8"
        let result = try runCommand(cunxueBinary, [], environment: env)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("终端"))
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.seconds < 1)
    }

    // `script` gives the app a real pseudo-terminal, so only TERM is wrong.
    @Test("unusable TERM", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs /usr/bin/script"),
          arguments: ["dumb", ""])
    func unusableTerm(term: String) throws {
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = term
        env["LANG"] = "en_US.UTF-8"
        let result = try runCommand(URL(fileURLWithPath: "/usr/bin/script"),
                                    ["-qec", "'\(cunxueBinary.path)' --lang en", "/dev/null"], environment: env)
        #expect(result.status == 2)
        #expect(result.stdout.contains("terminal type cannot be used"))
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.seconds < 1.5)
    }

    @Test func englishMessageWithLangEn() throws {
        let result = try runCommand(cunxueBinary, ["--lang", "en"], environment: ["TERM": "xterm"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("must run in a terminal"))
    }

    @Test func usageErrorExits64() throws {
        let result = try runCommand(cunxueBinary, ["--no-such-option"], environment: ["TERM": "xterm"])
        #expect(result.status == 64)
    }
}
