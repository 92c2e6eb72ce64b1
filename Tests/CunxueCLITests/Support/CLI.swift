import Foundation
import Testing

/// The `cunxue` binary built beside this test bundle.
let cunxueBinary: URL = {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = exe.deletingLastPathComponent()
    // Swift Testing may run from inside an .xctest bundle folder.
    while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("cunxue").path), folder.path != "/" {
        folder = folder.deletingLastPathComponent()
    }
    return folder.appendingPathComponent("cunxue")
}()

/// The package's root folder (for the bundled `Lessons/`).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// What a finished command printed.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
}

/// Runs `executable` with `arguments`, standard input from /dev/null, and waits.
func runCommand(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                stdin: FileHandle? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin ?? FileHandle(forReadingAtPath: "/dev/null")
    let start = Date()
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self),
                         seconds: Date().timeIntervalSince(start))
}

/// A new empty folder under the temporary directory, removed by the caller.
func makeTemporaryFolder(_ name: String = "cunxue-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Adds the learners `names` to the data folder `data` with `cunxue learners add`; a failure
/// ends the test with what the command printed.
func addLearners(_ names: [String], data: URL, environment: [String: String]? = nil,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
    let added = try runCommand(cunxueBinary, ["learners", "add"] + names + ["--data-dir", data.path], environment: environment)
    try #require(added.status == 0, "\(added.stderr)", sourceLocation: sourceLocation)
}
