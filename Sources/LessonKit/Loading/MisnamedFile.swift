/// Names that almost end in `.md`, so Cunxue would not read the file: what the name should be.
///
/// `02-二.md.txt` (Notepad adds `.txt`), `02-二.markdown`, `02-二．md` (a full-width dot from the
/// input method), `02-二.md ` (a blank after it), and `.txt` or Word files named like lessons
/// (`02-二.txt`, `quiz.docx`). Other files (photos, notes) are not near misses.
enum MisnamedFile {
    private static let markdownExtensions = [".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtext", ".mdtxt", ".mdx"]
    private static let wordExtensions = [".docx", ".doc", ".wps", ".rtf", ".odt"]

    /// The name the file should have and why it was not read, or `nil` when the name is no near
    /// miss (or already a Markdown lesson file name).
    /// - Parameter name: a file name in a module folder.
    static func check(_ name: String) -> (suggestion: String, reason: Diagnostic.MisnamedFileReason)? {
        guard name.utf8.first != UInt8(ascii: "."), FileRole(fileName: name) == nil else { return nil }
        let lower = name.lowercased()
        var trimmed = Substring(name)
        while let last = trimmed.last, last == " " || last == "\t" || last == "\u{3000}" { trimmed = trimmed.dropLast() }
        if trimmed.count < name.count, FileRole(fileName: String(trimmed)) != nil {
            return (String(trimmed), .blanksAfterExtension)
        }
        let halfWidth = name.replacingFullWidthDots().precomposedCompatibility
        if halfWidth != name, FileRole(fileName: halfWidth) != nil {
            return (halfWidth, .fullWidthExtension)
        }
        if let split = lastMarkdownPart(in: name) {
            let (base, extra) = split
            if extra.count <= 9, extra.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
               FileRole(fileName: base) != nil {
                return (base, .extraExtension(extra))
            }
        }
        if let ext = markdownExtensions.first(where: { lower.hasSuffix($0) }), name.count > ext.count {
            return (String(name.dropLast(ext.count)) + ".md", .otherMarkdownExtension)
        }
        if lower.hasSuffix(".txt"), isLessonLike(name.dropLast(4)) {
            return (String(name.dropLast(4)) + ".md", .textFile)
        }
        if let ext = wordExtensions.first(where: { lower.hasSuffix($0) }), isLessonLike(name.dropLast(ext.count)) {
            return (String(name.dropLast(ext.count)) + ".md", .wordDocument)
        }
        return nil
    }

    /// `02-二.md.txt` split after its last `.md`: (`02-二.md`, `.txt`).
    private static func lastMarkdownPart(in name: String) -> (base: String, extra: String)? {
        let characters = Array(name)
        guard characters.count >= 5 else { return nil }
        for start in stride(from: characters.count - 4, through: 1, by: -1) {
            let part = String(characters[start..<(start + 4)]).lowercased()
            if part == ".md." {
                return (String(characters[..<(start + 3)]), String(characters[(start + 3)...]))
            }
        }
        return nil
    }

    /// Whether a name without its extension is named like a lesson or quiz: `02-…`, `module`,
    /// `quiz`, `….quiz`.
    private static func isLessonLike(_ stem: Substring) -> Bool {
        let lower = stem.lowercased()
        if lower == "module" || lower == "quiz" || lower.hasSuffix(".quiz") { return true }
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && stem.dropFirst(digits.count).first == "-"
    }
}

extension String {
    /// The name with full-width and ideographic full stops (`．`, `。`) as `.`.
    fileprivate func replacingFullWidthDots() -> String {
        String(map { $0 == "．" || $0 == "。" ? "." : $0 })
    }

    /// NFKC without Foundation's name for it at every call site.
    fileprivate var precomposedCompatibility: String {
        ModuleID.compatibilityForm(self)
    }
}
