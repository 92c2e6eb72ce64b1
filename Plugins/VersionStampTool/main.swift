// cunxue-version-stamp VERSION-FILE OUTPUT-FILE
// Reads the one-line version (a Debian native version: a digit first, then digits, letters,
// `.`, `+` and `~`) and writes `enum CunxueVersion { static let string = "…" }` for `cunxue`.
// No Foundation: the tool is built for every build, so it is kept to the C library.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fails the build with a message naming the file.
func fail(_ message: String) -> Never {
    let line = Array("cunxue-version-stamp: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}

/// The whole file as text, or nil when it cannot be read.
func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 256)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count == 0 { break }
        bytes += buffer[0..<count]
        if bytes.count > 4096 { return nil }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Whether `version` is a Debian native version that also reads well after `cunxue --version`.
func isValid(_ version: String) -> Bool {
    guard let first = version.unicodeScalars.first, ("0"..."9").contains(first), version.count <= 40 else {
        return false
    }
    return version.unicodeScalars.allSatisfy { scalar in
        ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || scalar == "." || scalar == "+" || scalar == "~"
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: cunxue-version-stamp VERSION-FILE OUTPUT-FILE") }
guard let text = readFile(arguments[1]) else { fail("cannot read \(arguments[1])") }
let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
guard lines.count == 1, let version = lines.first.map(String.init), isValid(version) else {
    fail("\(arguments[1]) must hold one line such as 1.2.0 (a digit first; digits, letters, . + ~)")
}
let source = """
    // Generated from VERSION by the VersionStamp plugin; do not edit.

    /// Cunxue's version, from the package's `VERSION` file.
    enum CunxueVersion {
        /// The version, as `cunxue --version` prints it and the .deb is numbered.
        static let string = "\(version)"
    }

    """
guard let out = fopen(arguments[2], "w"), fputs(source, out) >= 0, fclose(out) == 0 else {
    fail("cannot write \(arguments[2])")
}
