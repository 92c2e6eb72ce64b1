import Glibc

/// Writes kept ids into the importer's staged copy of a module folder (never into the folder
/// being imported, never into learner files): `id:` in `module.md`'s and a lesson's front
/// matter, and an options block with `id:` under a question's heading. The app then reads the
/// copy with the ids its learners' history is stored under.
struct StagedIDWriter {
    /// The staged module folder.
    var folder: DirectoryHandle
    /// The largest file to rewrite.
    var limit: Int

    /// Puts `id: VALUE` at the top of a file's front matter (adding front matter if it has none).
    func pinFrontMatter(of fileName: String, id: String) -> Result<Void, Errno> {
        rewrite(fileName) { lines in
            let line = "id: " + Self.quoted(id)
            if let first = lines.first, FrontMatter.isDelimiter(Substring(first), allowingDots: false) {
                Self.setID(line, inBlockOpeningAt: 0, of: &lines)
            } else {
                lines.insert(contentsOf: ["---", line, "---"], at: 0)
            }
            return true
        }
    }

    /// Gives the question whose ATX heading is on `line` the id `id`: a line in its options
    /// block, or a new options block right under the heading. Returns `false` (nothing written)
    /// when `line` holds no ATX heading (a setext heading cannot carry an options block).
    func pinQuestion(in fileName: String, headingLine line: Int, id: String) -> Result<Bool, Errno> {
        var pinned = false
        let result = rewrite(fileName) { lines in
            guard line >= 1, line <= lines.count, QuizPreprocessor.isATXHeading(lines[line - 1]) else { return false }
            var next = line
            while next < lines.count, lines[next].allSatisfy({ $0 == " " || $0 == "\t" }) { next += 1 }
            let entry = "id: " + Self.quoted(id)
            if next < lines.count, FrontMatter.isDelimiter(Substring(lines[next]), allowingDots: false) {
                Self.setID(entry, inBlockOpeningAt: next, of: &lines)
            } else {
                lines.insert(contentsOf: ["---", entry, "---"], at: line)
            }
            pinned = true
            return true
        }
        return result.map { pinned }
    }

    /// Puts `line` (`id: …`) in the YAML block that opens with the `---` at `opening`: in place
    /// of its `id:` line if it has one (an `id:` equal to the default), else as its first line.
    static func setID(_ line: String, inBlockOpeningAt opening: Int, of lines: inout [String]) {
        var index = opening + 1
        while index < lines.count, !FrontMatter.isDelimiter(Substring(lines[index]), allowingDots: true) {
            if lines[index].hasPrefix("id:") {
                lines[index] = line
                return
            }
            index += 1
        }
        lines.insert(line, at: opening + 1)
    }

    /// The name of the original file (no language part) with `kind` in the folder, if any.
    func originalFile(_ kind: FileRole.Kind) -> String? {
        guard case .success(let names) = folder.names() else { return nil }
        return names.compactMap(\.text).sorted().first { name in
            FileRole(fileName: name).map { $0.kind == kind && $0.language == nil } ?? false
        }
    }

    /// A YAML double-quoted scalar for `text`; `&` and `*` are escaped too, so the front
    /// matter guard never takes them for an anchor or alias.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "&": result += "\\x26"
            case "*": result += "\\x2A"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The lines of `text` (CR LF and CR end lines too; a byte-order mark is dropped).
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == 0 && scalar == "\u{FEFF}" { continue }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }

    /// Reads `name`, lets `edit` change its lines, and replaces it (a new file renamed over it).
    private func rewrite(_ name: String, _ edit: (inout [String]) -> Bool) -> Result<Void, Errno> {
        let info: DirectoryHandle.Info
        switch folder.info(name) {
        case .success(let found): info = found
        case .failure(let error): return .failure(error)
        }
        let bytes: [UInt8]
        switch folder.read(name, expected: info, limit: limit) {
        case .success(let read): bytes = read
        case .failure(.system(let error)): return .failure(error)
        case .failure: return .failure(Errno(EIO))
        }
        var lines = Self.lines(of: String(decoding: bytes, as: UTF8.self))
        guard edit(&lines) else { return .success(()) }
        let temporary = ".id-\(getpid())-\(name)"
        folder.removeTree(temporary)
        if case .failure(let error) = folder.write(temporary, bytes: Array(lines.joined(separator: "\n").utf8)) {
            return .failure(error)
        }
        return folder.rename(temporary, to: folder, as: name).flatMap { folder.sync() }
    }
}
