/// What a Markdown file in a module folder is, from its name.
///
/// `module.md`, `quiz.md`, `NAME.md`, `NAME.quiz.md`, each optionally with a language part before
/// `.md` (`module.en.md`, `quiz.en.md`, `NAME.en.md`, `NAME.quiz.en.md`). `quiz` is never a language.
struct FileRole: Sendable, Equatable {
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
    }

    var kind: Kind
    /// The language part, or `nil` for a file in the module's language.
    var language: LanguageTag?

    /// Classifies a file name; `nil` for names that are not Markdown lesson files
    /// (hidden, or not ending in `.md`).
    init?(fileName: String) {
        guard !fileName.hasPrefix("."), fileName.count > 3, fileName.lowercased().hasSuffix(".md") else { return nil }
        var parts = fileName.dropLast(3).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        language = nil
        if parts.count >= 2, let last = parts.last, let tag = LanguageTag(last) {
            language = tag
            parts.removeLast()
        }
        if parts == ["module"] {
            kind = .module
        } else if parts == ["quiz"] {
            kind = .moduleQuiz
        } else if parts.count >= 2, parts.last == "quiz" {
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
        }
    }

    /// Whether the file is a quiz (a module quiz or a lesson check).
    var isQuiz: Bool {
        switch kind {
        case .worksheet: return false
        case .moduleQuiz, .check: return true
        case .module, .lesson: return false
        }
    }
}
