import Foundation
import Testing

/// `cunxue help X` for every command and subcommand: the overview starts in Chinese (English
/// follows). Commands are found from the help itself, so a new one is checked too.
@Suite("Help in Chinese first")
struct HelpInChineseTests {
    /// Commands left out of the check (none: every command has Chinese help).
    private static let elsewhere: Set<String> = []

    private func help(_ path: [String]) throws -> String {
        let result = try runCommand(cunxueBinary, ["help"] + path, environment: ["TERM": "dumb", "COLUMNS": "200"])
        #expect(result.status == 0, "cunxue help \(path.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    /// The names under SUBCOMMANDS: in a help text.
    private func subcommands(_ text: String) -> [String] {
        guard let start = text.range(of: "SUBCOMMANDS:") else { return [] }
        var names: [String] = []
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.isEmpty || !line.hasPrefix("  ") { break }
            if let name = line.split(separator: " ").first, !line.hasPrefix("   ") || names.isEmpty { names.append(String(name)) }
        }
        return names.filter { $0.first?.isLetter == true }
    }

    private func hasChinese(_ line: Substring) -> Bool {
        line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test func everyCommandsOverviewStartsInChinese() throws {
        var queue: [[String]] = [[]]
        var checked: [String] = []
        while !queue.isEmpty {
            let path = queue.removeFirst()
            let text = try help(path)
            let overview = try #require(text.split(separator: "\n").first { $0.hasPrefix("OVERVIEW: ") })
            let name = path.isEmpty ? "cunxue" : path.joined(separator: " ")
            #expect(hasChinese(overview.dropFirst("OVERVIEW: ".count).prefix(12)), "\(name): \(overview)")
            #expect(overview.contains { $0.isASCII && $0.isLetter }, "\(name) has no English after: \(overview)")
            checked.append(name)
            for sub in subcommands(text) where !Self.elsewhere.contains(sub) && sub != "help" {
                queue.append(path + [sub])
            }
        }
        print("help checked:", checked.joined(separator: ", "))
        for expected in ["cunxue", "run", "validate", "learners list", "import", "backup", "restore", "preview",
                         "instructor set-pin", "sheets export"] {
            #expect(checked.contains(expected), "\(expected) not reached")
        }
    }

    @Test func optionsAreExplainedInChineseToo() throws {
        let text = try help(["backup"])
        #expect(text.contains("学习记录的数据文件夹"))
        #expect(text.contains("放备份的文件夹"))
    }
}
