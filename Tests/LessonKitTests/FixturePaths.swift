import Foundation

/// Where the committed fixtures are, and temporary folders for fixtures built by tests.
enum FixturePaths {
    /// The `Fixtures` folder beside the tests.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    /// The bundled course, `Lessons/` at the top of the package.
    static let bundledCourse = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lessons").path

    /// Runs `body` with a new empty temporary folder, removed afterwards.
    static func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lessonkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    /// Writes `text` (UTF-8) to `folder/relativePath`, creating folders on the way.
    static func write(_ text: String, to relativePath: String, in folder: String) throws {
        try write(Data(text.utf8), to: relativePath, in: folder)
    }

    /// Writes bytes to `folder/relativePath`, creating folders on the way.
    static func write(_ data: Data, to relativePath: String, in folder: String) throws {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}
