import Glibc

/// Reads lesson files safely: no links followed, regular files only, a size cap, UTF-8 only.
struct FileReader: Sendable {
    /// The largest file read, in bytes (1 MiB).
    static let sizeLimit = 1 << 20

    /// What kind of directory entry a path is, found with `lstat` (links are not followed).
    enum EntryKind: Equatable {
        case regular(size: Int)
        case directory
        case symbolicLink
        case special(Diagnostic.SpecialFileKind)
        case missing
        case unreadable(reason: String)
    }

    /// Why a file could not be read: a problem and, for bad UTF-8, where.
    struct Failure: Error, Equatable {
        var problem: Diagnostic.Problem
        var line = 1
        var column = 1
    }

    /// The kind of entry at `path`, without following a final link.
    func kind(of path: String, followingLinks: Bool = false) -> EntryKind {
        var info = stat()
        let status = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return .missing }
            return .unreadable(reason: Self.describe(code))
        }
        return Self.kind(mode: info.st_mode, size: Int(info.st_size))
    }

    /// One name in a folder.
    struct DirectoryEntry: Equatable {
        /// The name (invalid UTF-8 repaired with U+FFFD).
        var name: String
        /// Whether the name on disk is valid UTF-8 (else `name` cannot be used to open it).
        var isValidUTF8: Bool
        /// Whether the listing said "regular file" (`d_type`); `false` when it said something
        /// else or nothing (some file systems), and the kind must be asked with `lstat`.
        var isListedAsRegular = false
        /// Whether the listing said "folder" (`d_type`); `false` when it said something else or
        /// nothing, and the kind must be asked with `lstat`.
        var isListedAsDirectory = false
    }

    /// The names in a folder (hidden ones included), sorted by their UTF-8 bytes.
    func entries(of path: String) -> Result<[String], Failure> {
        directoryEntries(of: path).map { $0.map(\.name) }
    }

    /// The entries of a folder (hidden ones included), sorted by their names' UTF-8 bytes.
    /// - Parameters:
    ///   - path: the folder.
    ///   - followingLinks: whether a link at `path` itself is followed; `false` refuses it
    ///     (`O_NOFOLLOW`), for a folder found in a listing that may have been swapped since.
    func directoryEntries(of path: String, followingLinks: Bool = true) -> Result<[DirectoryEntry], Failure> {
        let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            return .failure(Failure(problem: .unreadable(reason: Self.describe(errno))))
        }
        guard let directory = fdopendir(descriptor) else {
            let code = errno
            close(descriptor)
            return .failure(Failure(problem: .unreadable(reason: Self.describe(code))))
        }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            var decoded = withUnsafeBytes(of: entry.pointee.d_name) { raw -> DirectoryEntry in
                let bytes = Array(raw.prefix { $0 != 0 })
                if let name = String(validating: bytes, as: UTF8.self) { return DirectoryEntry(name: name, isValidUTF8: true) }
                return DirectoryEntry(name: String(decoding: bytes, as: UTF8.self), isValidUTF8: false)
            }
            decoded.isListedAsRegular = entry.pointee.d_type == UInt8(DT_REG)
            decoded.isListedAsDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if decoded.name != "." && decoded.name != ".." { entries.append(decoded) }
        }
        return .success(entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) })
    }

    /// Reads a regular file as UTF-8 text.
    ///
    /// Never follows a link (`O_NOFOLLOW`), never blocks on a FIFO (`O_NONBLOCK`, and the file
    /// is checked with `fstat` before reading), never reads more than `sizeLimit` bytes.
    /// - Returns: the text, or why it could not be used.
    func readText(at path: String) -> Result<String, Failure> {
        readFile(at: path).map(\.text)
    }

    /// A file's text and the stamp of the file it came from.
    struct FileText: Sendable {
        /// The whole text.
        var text: String
        /// The file read, as `fstat` described it when it was opened.
        var stamp: FileStamp
    }

    /// Reads a regular file as UTF-8 text, as `readText(at:)` does, with the stamp of the file
    /// read (to notice later that it changed).
    /// - Parameters:
    ///   - path: the file.
    ///   - listedAsRegular: the folder listing said "regular file" (`d_type`), so the `lstat`
    ///     that keeps a device from being opened is skipped (`O_NOFOLLOW`, `O_NONBLOCK` and
    ///     `fstat` after opening still refuse a link, FIFO or device put there since).
    func readFile(at path: String, listedAsRegular: Bool = false) -> Result<FileText, Failure> {
        readFile(at: path, listedAsRegular: listedAsRegular, stoppingAt: nil).map { FileText(text: $0.text, stamp: $0.stamp) }
    }

    /// What `readFile(at:listedAsRegular:stoppingAt:)` read.
    struct FilePart: Sendable {
        /// The text read: the whole file, or its first bytes up to where `stoppingAt` said.
        var text: String
        /// The file read, as `fstat` described it when it was opened.
        var stamp: FileStamp
        /// Whether `text` is the whole file.
        var isWhole: Bool
    }

    /// Where a file's leading part ends, judged from the bytes read so far.
    enum Stop: Equatable {
        /// Keep reading (more bytes are needed to tell).
        case needMore
        /// The part ends after this many bytes: read no more.
        case at(Int)
        /// There is no such part here: read the whole file.
        case readWhole
    }

    /// Reads a regular file as `readFile(at:)` does, but only as far as `stop` asks while the
    /// bytes read are at most `stopLimit`: the checks of the file's kind and size are the same;
    /// UTF-8 is checked over the part read only.
    func readFile(at path: String, listedAsRegular: Bool, stoppingAt stop: (([UInt8]) -> Stop)?,
                  stopLimit: Int = 0) -> Result<FilePart, Failure> {
        if !listedAsRegular, let failure = Self.refusal(kind(of: path)) { return .failure(failure) }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP { return .failure(Failure(problem: .symbolicLink)) }
            return .failure(Failure(problem: .unreadable(reason: Self.describe(code))))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(Failure(problem: .unreadable(reason: Self.describe(errno))))
        }
        switch Self.kind(mode: info.st_mode, size: Int(info.st_size)) {
        case .regular(let size) where size > Self.sizeLimit:
            return .failure(Failure(problem: .fileTooLarge(bytes: size)))
        case .regular:
            break
        case .special(let kind):
            return .failure(Failure(problem: .specialFile(kind)))
        case .directory:
            return .failure(Failure(problem: .unreadable(reason: Self.describe(EISDIR))))
        default:
            return .failure(Failure(problem: .unreadable(reason: Self.describe(EINVAL))))
        }
        let stamp = FileStamp(info)
        return readBytes(descriptor, size: Int(info.st_size), stop: stop, stopLimit: stopLimit).flatMap { bytes, isWhole in
            Self.decodeUTF8(bytes).map { FilePart(text: $0, stamp: stamp, isWhole: isWhole) }
        }
    }

    /// The failure for an entry that is not a regular file within the size limit, if it is not.
    private static func refusal(_ kind: EntryKind) -> Failure? {
        switch kind {
        case .symbolicLink: return Failure(problem: .symbolicLink)
        case .special(let kind): return Failure(problem: .specialFile(kind))
        case .directory: return Failure(problem: .unreadable(reason: describe(EISDIR)))
        case .missing: return Failure(problem: .unreadable(reason: describe(ENOENT)))
        case .unreadable(let reason): return Failure(problem: .unreadable(reason: reason))
        case .regular(let size) where size > sizeLimit: return Failure(problem: .fileTooLarge(bytes: size))
        case .regular: return nil
        }
    }

    /// Reads an open file's bytes (at most `sizeLimit`), stopping early where `stop` says.
    private func readBytes(_ descriptor: Int32, size: Int, stop: (([UInt8]) -> Stop)?,
                           stopLimit: Int) -> Result<(bytes: [UInt8], isWhole: Bool), Failure> {
        var stop = stop
        var bytes: [UInt8] = []
        bytes.reserveCapacity(stop == nil ? size : min(size, stopLimit))
        // A chunk the file's size (and one byte more, to see its end), at most 64 KiB: most
        // lesson files are a few KiB, and a 64 KiB buffer zeroed for each adds up over a course.
        let wholeChunk = min(65_536, max(4_096, size + 1))
        // A front matter is a few lines: 1 KiB first, 4 KiB a read when it is longer.
        var chunk = [UInt8](repeating: 0, count: stop == nil ? wholeChunk : 1_024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(problem: .unreadable(reason: Self.describe(errno))))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > Self.sizeLimit {
                return .failure(Failure(problem: .fileTooLarge(bytes: bytes.count)))
            }
            if let judge = stop {
                switch judge(bytes) {
                case .at(let end) where end <= bytes.count:
                    let isWhole = end == bytes.count && bytes.count == size
                    return .success((Array(bytes[0..<end]), isWhole))
                case .needMore where bytes.count <= stopLimit:
                    if chunk.count < 4_096 { chunk = [UInt8](repeating: 0, count: 4_096) }
                    continue
                default:
                    stop = nil
                    chunk = [UInt8](repeating: 0, count: wholeChunk)
                }
            }
        }
        return .success((bytes, true))
    }

    /// Decodes UTF-8, reporting the line and column of the first invalid byte.
    static func decodeUTF8(_ bytes: [UInt8]) -> Result<String, Failure> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length == 0 { break }
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return .failure(Failure(problem: .notUTF8, line: line, column: column))
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 if it is invalid.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let range = offset == 1 ? lower...upper : 0x80...0xBF
            if !range.contains(byte) { return 0 }
        }
        return length
    }

    private static func kind(mode: mode_t, size: Int) -> EntryKind {
        switch mode & 0o170000 {
        case 0o100000: return .regular(size: size)
        case 0o040000: return .directory
        case 0o120000: return .symbolicLink
        case 0o010000: return .special(.fifo)
        case 0o140000: return .special(.socket)
        default: return .special(.device)
        }
    }

    private static func describe(_ code: Int32) -> String {
        guard let pointer = strerror(code) else { return "errno \(code)" }
        return String(cString: pointer)
    }
}
