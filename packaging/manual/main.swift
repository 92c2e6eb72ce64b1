// cunxue-manual --version V --date YYYY-MM-DD [--tail FILE] < dump.json > cunxue.1
// Turns `cunxue --experimental-dump-help` into one man page. swift-argument-parser's own
// generate-manual drops every non-ASCII character (the Chinese in our help), so we render
// man(7) ourselves from the same JSON. Used by scripts/package; not installed.
import Foundation

/// Fails with a message on standard error.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cunxue-manual: \(message)\n".utf8))
    exit(1)
}

var options: [String: String] = [:]
var rest = CommandLine.arguments.dropFirst()
while let key = rest.popFirst() {
    guard ["--version", "--date", "--tail"].contains(key), let value = rest.popFirst() else {
        fail("usage: cunxue-manual --version V --date YYYY-MM-DD [--tail FILE] < dump.json")
    }
    options[key] = value
}
guard let version = options["--version"], let date = options["--date"] else { fail("--version and --date are needed") }
var tail = ""
if let path = options["--tail"] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    tail = String(decoding: data, as: UTF8.self)
}
let input = FileHandle.standardInput.readDataToEndOfFile()
let tool: ToolInfo
do {
    tool = try JSONDecoder().decode(ToolInfo.self, from: input)
} catch {
    fail("standard input is not --experimental-dump-help JSON: \(error)")
}
let page = ManualPage(tool: tool, version: version, date: date, tail: tail).render()
FileHandle.standardOutput.write(Data(page.utf8))
