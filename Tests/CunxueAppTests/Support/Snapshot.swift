import Foundation
import Testing
import TerminalKit
@testable import CunxueApp

/// Compares `screen`'s text with `Snapshots/<name>.txt` beside this test target; writes the file
/// instead when `RECORD_SNAPSHOTS` is set. A missing snapshot fails (and says how to record it).
func expectSnapshot(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = screen.text + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("No snapshot \(name).txt; run the tests with RECORD_SNAPSHOTS=1 to record it.", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "Screen differs from Snapshots/\(name).txt", sourceLocation: sourceLocation)
}

/// A fixed moment for tests: 2026-03-01 09:00 UTC.
let testNow = Date(timeIntervalSince1970: 1_772_355_600)

/// Sends key presses to a state, one event each.
extension AppState {
    mutating func press(_ keys: Key...) {
        for key in keys { _ = update(.input(.key(key))) }
    }
}
