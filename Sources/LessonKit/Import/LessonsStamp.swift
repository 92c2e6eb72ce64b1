import Glibc

/// `lessons/.stamp`: a token written whenever `cunxue import` or `cunxue lessons remove` changes
/// the data directory's `lessons/`, so a running app can notice the change (it reads the stamp
/// now and then and loads the course again when it differs from the one it loaded with).
public enum LessonsStamp {
    /// The file's name in `lessons/`.
    public static let fileName = ".stamp"

    /// The stamp now in `lessonsFolder`, or `nil` when there is none (nothing imported yet).
    /// - Parameter lessonsFolder: the data directory's `lessons/`.
    public static func read(lessonsFolder: String) -> String? {
        let file = open(lessonsFolder + "/" + fileName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }

    /// Writes a new stamp into the open `lessons/` (a new file renamed over the old one).
    static func write(in lessons: DirectoryHandle) {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        let token = "\(time.tv_sec).\(time.tv_nsec)-\(getpid())-\(UInt64.random(in: 0...UInt64.max))\n"
        let temporary = ".stamp-\(getpid())"
        lessons.removeTree(temporary)
        guard case .success = lessons.write(temporary, bytes: Array(token.utf8)) else { return }
        _ = lessons.rename(temporary, to: lessons, as: fileName)
        _ = lessons.sync()
    }
}
