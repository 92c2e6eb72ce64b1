import Foundation

/// A fresh folder under the system's temporary directory, removed with `remove()`.
struct TemporaryFolder {
    let url: URL

    init(_ label: String = "progresskit") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    func remove() {
        // Undo any chmod a test made so everything can be deleted.
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            for case let name as String in enumerator {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path + "/" + name)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// File names in a subfolder, sorted.
    func names(in subfolder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + subfolder)) ?? []).sorted()
    }
}

/// Fixed times for tests.
enum TestTime {
    /// 2025-06-15T15:06:40Z.
    static let t0 = Date(timeIntervalSince1970: 1_750_000_000)

    static func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    static func days(_ days: Double) -> Date { t0.addingTimeInterval(days * 86_400) }

    /// A Gregorian calendar in UTC.
    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }
}
