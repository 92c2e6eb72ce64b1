/// What a lesson file in a module folder is, from its name.
///
/// `module.md`, `quiz.md`, `NAME.md`, `NAME.quiz.md`, each optionally with a language part before
/// `.md` (`module.en.md`, `quiz.en.md`, `NAME.en.md`, `NAME.quiz.en.md`). `quiz` is never a language.
/// `module`, `quiz` and `md` are read in any case.
/// `NAME.twee` (`NAME.en.twee`) is a rehearsal scenario.
struct FileRole: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `NAME.sheet.md` (`NAME.sheet.en.md`): a worksheet; `sheet` is never a language.
        case worksheet(name: String)
        /// `module.md`
        case module
        /// `quiz.md`
        case moduleQuiz
        /// `NAME.md`
        case lesson(name: String)
        /// `NAME.quiz.md`
        case check(lessonName: String)
        /// `NAME.twee`
        case scenario(name: String)
    }

    var kind: Kind
    /// The language part, or `nil` for a file in the module's language.
    var language: LanguageTag?

    /// Classifies a file name; `nil` for names that are not lesson files (hidden, or not ending
    /// in `.md` or `.twee`).
    init?(fileName: String) {
        guard fileName.utf8.first != UInt8(ascii: ".") else { return nil }
        // `.none` where the name is not all ASCII (or not stored as UTF-8): read as characters.
        let ascii: (Kind, LanguageTag?)?? = fileName.utf8.withContiguousStorageIfAvailable { bytes -> (Kind, LanguageTag?)?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return .none }
            return .some(Self.classifyASCII(bytes))
        } ?? .none
        let classified = ascii ?? Self.classify(fileName)
        guard let (kind, language) = classified else { return nil }
        self.kind = kind
        self.language = language
    }

    /// What a name says, read as characters (any name); for an ASCII name `init(fileName:)`
    /// reads the bytes instead, to the same result (`FileRoleTests`).
    static func classify(_ fileName: String) -> (Kind, LanguageTag?)? {
        let lowercased = fileName.lowercased()
        let isScenario = fileName.count > 5 && lowercased.hasSuffix(".twee")
        guard isScenario || (fileName.count > 3 && lowercased.hasSuffix(".md")) else { return nil }
        var parts = fileName.dropLast(isScenario ? 5 : 3).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var language: LanguageTag?
        if parts.count >= 2, let last = parts.last, let tag = LanguageTag(last) {
            language = tag
            parts.removeLast()
        }
        // `module` and `quiz` in any case (`Quiz.md`, `01-a.QUIZ.md`), as `.MD` is `.md`.
        let reserved = parts.last?.lowercased()
        let kind: Kind
        if isScenario {
            kind = .scenario(name: parts.joined(separator: "."))
        } else if parts.count == 1, reserved == "module" {
            kind = .module
        } else if parts.count == 1, reserved == "quiz" {
            kind = .moduleQuiz
        } else if parts.count >= 2, reserved == "quiz" {
            kind = .check(lessonName: parts.dropLast().joined(separator: "."))
        } else if parts.count >= 2, parts.last == "sheet" {
            kind = .worksheet(name: parts.dropLast().joined(separator: "."))
        } else {
            kind = .lesson(name: parts.joined(separator: "."))
        }
        return (kind, language)
    }

    /// The same as `classify` for a name of ASCII bytes only (most lesson files), without
    /// making a string for every part: a course of 12,000 files is named at every start.
    private static func classifyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (Kind, LanguageTag?)? {
        let isScenario = bytes.count > 5 && endsWith(bytes, ".twee")
        guard isScenario || (bytes.count > 3 && endsWith(bytes, ".md")) else { return nil }
        let stem = bytes.count - (isScenario ? 5 : 3)
        // The parts between dots, as ranges of `bytes`.
        var parts: [Range<Int>] = []
        var partStart = 0
        for index in 0..<stem where bytes[index] == UInt8(ascii: ".") {
            parts.append(partStart..<index)
            partStart = index + 1
        }
        parts.append(partStart..<stem)
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        var language: LanguageTag?
        if parts.count >= 2, let last = parts.last, mayBeLanguage(bytes, last), let tag = LanguageTag(text(last)) {
            language = tag
            parts.removeLast()
        }
        guard let last = parts.last, let first = parts.first else { return nil }
        let all = first.lowerBound..<last.upperBound
        let beforeLast = first.lowerBound..<max(first.lowerBound, last.lowerBound - 1)
        let kind: Kind
        if isScenario {
            kind = .scenario(name: text(all))
        } else if parts.count == 1, equalsIgnoringCase(bytes, last, "module") {
            kind = .module
        } else if parts.count == 1, equalsIgnoringCase(bytes, last, "quiz") {
            kind = .moduleQuiz
        } else if parts.count >= 2, equalsIgnoringCase(bytes, last, "quiz") {
            kind = .check(lessonName: text(beforeLast))
        } else if parts.count >= 2, text(last) == "sheet" {
            kind = .worksheet(name: text(beforeLast))
        } else {
            kind = .lesson(name: text(all))
        }
        return (kind, language)
    }

    /// Whether `bytes` ends with `suffix` (ASCII letters in any case).
    private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        return equalsIgnoringCase(bytes, (bytes.count - count)..<bytes.count, suffix)
    }

    /// Whether the bytes in `range` are `word` (ASCII letters in any case).
    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            zip(bytes[range], expected).allSatisfy { byte, letter in
                let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
                return lower == letter
            }
        }
    }

    /// Whether a part could be a language tag: its first subtag has 2 or 3 characters (the
    /// rest is `LanguageTag`'s to decide; `quiz`, `sheet` and lesson names end here).
    private static func mayBeLanguage(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let firstSubtag = bytes[range].prefix { $0 != UInt8(ascii: "-") }.count
        return (2...3).contains(firstSubtag)
    }

    /// The name of the original file this one translates (for messages), e.g. `01-a.md`.
    var originalFileName: String {
        switch kind {
        case .worksheet(let name): return name + ".sheet.md"
        case .module: return "module.md"
        case .moduleQuiz: return "quiz.md"
        case .lesson(let name): return name + ".md"
        case .check(let lessonName): return lessonName + ".quiz.md"
        case .scenario(let name): return name + ".twee"
        }
    }

    /// Whether `fileName` is the module file itself (`module.md`, in any case).
    static func isModuleFile(_ fileName: String) -> Bool {
        guard let role = FileRole(fileName: fileName) else { return false }
        return role.kind == .module && role.language == nil
    }
}
