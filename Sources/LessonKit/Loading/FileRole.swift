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
        guard !fileName.hasPrefix(".") else { return nil }
        let lowercased = fileName.lowercased()
        let isScenario = fileName.count > 5 && lowercased.hasSuffix(".twee")
        guard isScenario || (fileName.count > 3 && lowercased.hasSuffix(".md")) else { return nil }
        var parts = fileName.dropLast(isScenario ? 5 : 3).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        language = nil
        if parts.count >= 2, let last = parts.last, let tag = LanguageTag(last) {
            language = tag
            parts.removeLast()
        }
        // `module` and `quiz` in any case (`Quiz.md`, `01-a.QUIZ.md`), as `.MD` is `.md`.
        let reserved = parts.last?.lowercased()
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

    /// Whether the file is a quiz (a module quiz or a lesson check).
    var isQuiz: Bool {
        switch kind {
        case .worksheet: return false
        case .moduleQuiz, .check: return true
        case .module, .lesson, .scenario: return false
        }
    }
}
