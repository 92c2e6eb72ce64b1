/// What `LessonImporter.importFolder` did: the modules imported, the files left out, and, when
/// nothing was imported, every reason why.
public struct ImportResult: Sendable, Equatable {
    /// The folder as given (trailing slashes removed), as paths in this result start.
    public var source: String
    /// The modules now in the data directory's `lessons/` (empty when refused).
    public var imported: [ImportedModule]
    /// Files and folders not copied: hidden ones, files that are not Markdown, Markdown outside
    /// a module folder.
    public var skipped: [ImportSkip]
    /// Why nothing was imported (empty when the import went through).
    public var refusals: [ImportRefusal]
    /// What the validator found in the folder (warnings, and the errors that refused it).
    public var findings: [Diagnostic]
    /// For each module that replaces an earlier version (imported or bundled): the learners'
    /// history it keeps although files changed, and the history it detaches. Filled in as soon
    /// as the copy is checked, so a refused import (no `replace`) says it too.
    public var history: [ModuleHistory] = []

    /// Creates a result.
    public init(source: String, imported: [ImportedModule] = [], skipped: [ImportSkip] = [],
                refusals: [ImportRefusal] = [], findings: [Diagnostic] = []) {
        self.source = source
        self.imported = imported
        self.skipped = skipped
        self.refusals = refusals
        self.findings = findings
    }

    /// Whether the import went through (at least one module imported, nothing refused).
    public var succeeded: Bool { refusals.isEmpty && !imported.isEmpty }
}

/// A module copied into the data directory's `lessons/`.
public struct ImportedModule: Sendable, Equatable {
    /// The module's id.
    public var id: String
    /// Its title in its own language.
    public var title: String
    /// Its folder in `lessons/`.
    public var folderName: String
    /// What it replaced, if anything (only with `replace`).
    public var replaced: Replaced?

    /// What an imported module replaced.
    public enum Replaced: Sendable, Equatable {
        /// An earlier import, in this folder of `lessons/` (removed).
        case imported(folderName: String)
        /// A module of the bundled course (which stays, hidden by the import).
        case bundled
    }

    /// Creates a record of an imported module.
    public init(id: String, title: String, folderName: String, replaced: Replaced? = nil) {
        self.id = id
        self.title = title
        self.folderName = folderName
        self.replaced = replaced
    }
}

/// A file or folder the import left out without refusing the folder.
public struct ImportSkip: Sendable, Equatable {
    /// Its path, starting with the folder as given.
    public var path: String
    /// Why it was left out.
    public var reason: Reason
    /// For a name that almost ends in `.md`: the finding that says what to rename it to.
    public var problem: Diagnostic.Problem?

    /// Why something was left out.
    public enum Reason: String, Sendable, Equatable, CaseIterable {
        /// Its name starts with a dot (`.DS_Store`, `.git`): not copied, not looked into.
        case hidden
        /// It is not a Markdown file (a photo, a `.txt` note).
        case notMarkdown
        /// A Markdown file that is not directly in a module folder, so Cunxue would not read it.
        case outsideModule
        /// A name that almost ends in `.md` (`02-二.md.txt`); `problem` says what to rename it to.
        case misnamed
    }

    /// Creates a record of a skipped entry.
    public init(path: String, reason: Reason, problem: Diagnostic.Problem? = nil) {
        self.path = path
        self.reason = reason
        self.problem = problem
    }

    /// Why it was left out, in the reader's language.
    /// - Parameter english: English when true, simplified Chinese otherwise.
    public func message(english: Bool) -> String {
        if let problem { return problem.message(english: english) }
        switch (reason, english) {
        case (.hidden, false): return "隐藏文件，没有复制"
        case (.hidden, true): return "hidden, not copied"
        case (.notMarkdown, false): return "不是 Markdown 文件（.md），没有复制"
        case (.notMarkdown, true): return "not a Markdown file (.md), not copied"
        case (.outsideModule, false): return "不在单元文件夹里，村学不会读它，没有复制"
        case (.outsideModule, true): return "not directly in a module folder, so Cunxue would not read it; not copied"
        case (.misnamed, false): return "名字不是以 .md 结尾，没有复制：如果它是一课，请改名为以 .md 结尾"
        case (.misnamed, true): return "the name does not end in .md, so it was not copied: if it is a lesson, rename it to end in .md"
        }
    }
}
