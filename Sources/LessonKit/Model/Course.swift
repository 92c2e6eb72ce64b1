/// Everything loaded from one or more lesson folders: the usable modules, every finding, and
/// the files that could not be used.
public struct Course: Sendable, Equatable {
    /// The modules that loaded, in the order of the paths given, then by folder name.
    public var modules: [Module]
    /// Every finding, errors and warnings: in the order of the paths given, then by file path
    /// (byte order), line and column.
    public var diagnostics: [Diagnostic]
    /// Files (and module folders) left out because of an error, with the errors.
    public var skippedFiles: [SkippedFile]

    /// Creates a course.
    /// - Parameters:
    ///   - modules: the usable modules.
    ///   - diagnostics: all findings.
    ///   - skippedFiles: what was left out and why.
    public init(modules: [Module] = [], diagnostics: [Diagnostic] = [], skippedFiles: [SkippedFile] = []) {
        self.modules = modules
        self.diagnostics = diagnostics
        self.skippedFiles = skippedFiles
    }

    /// The module with this id, if it loaded.
    /// - Parameter id: a module id; ids compare in canonical form (`Shop-Data` is `shop-data`).
    public func module(id: String) -> Module? {
        if let module = modules.first(where: { $0.id == id }) { return module }
        let canonical = ModuleID.canonical(id)
        return canonical == id ? nil : modules.first { $0.id == canonical }
    }

    /// The number of lessons in all modules.
    public var lessonCount: Int {
        modules.reduce(0) { $0 + $1.lessons.count }
    }

    /// The number of usable questions in all quizzes (module quizzes and lesson checks).
    public var questionCount: Int {
        modules.reduce(0) { total, module in
            total + (module.quiz?.questions.count ?? 0)
                + module.lessons.reduce(0) { $0 + ($1.check?.questions.count ?? 0) }
        }
    }

    /// The findings that are errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The findings that are warnings.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// A file, folder or question left out of the course, and the errors that made it unusable.
public struct SkippedFile: Sendable, Equatable {
    /// The path as reported in diagnostics (relative to what was passed in).
    public var path: String
    /// For a question left out of a quiz that otherwise loaded: its heading; `nil` when the
    /// whole file (or, for `module.md`, the whole module) was left out.
    public var questionHeading: String?
    /// The errors found (at least one).
    public var reasons: [Diagnostic]

    /// Creates a record of something skipped.
    /// - Parameters:
    ///   - path: the path as reported.
    ///   - questionHeading: the heading of a skipped question, or `nil` for a whole file.
    ///   - reasons: the errors.
    public init(path: String, questionHeading: String? = nil, reasons: [Diagnostic]) {
        self.path = path
        self.questionHeading = questionHeading
        self.reasons = reasons
    }
}
