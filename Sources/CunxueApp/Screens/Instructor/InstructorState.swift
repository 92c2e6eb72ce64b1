import Foundation
import ProgressKit

/// A learner as the instructor's class table shows them.
public struct ClassMember: Sendable, Equatable {
    /// Who.
    public var summary: LearnerSummary
    /// Their progress, nil when the file could not be read.
    public var record: LearnerRecord?

    /// Creates a row.
    public init(summary: LearnerSummary, record: LearnerRecord?) {
        self.summary = summary
        self.record = record
    }
}

/// What importing a folder would do, shown before the instructor confirms.
public struct ImportPreview: Sendable, Equatable {
    /// The folder.
    public var path: String
    /// Module titles that would be imported.
    public var modules: [String]
    /// Ids already present that need replacing.
    public var replaces: [String]
    /// Files that would be skipped (hidden, not Markdown), with the reason.
    public var skipped: [String]
    /// Why the folder cannot be imported at all (links, FIFOs, names, sizes, errors).
    public var refusals: [String]
    /// The validator's findings, one line each.
    public var findings: [String]

    /// Creates a preview.
    public init(path: String, modules: [String], replaces: [String], skipped: [String], refusals: [String], findings: [String]) {
        self.path = path
        self.modules = modules
        self.replaces = replaces
        self.skipped = skipped
        self.refusals = refusals
        self.findings = findings
    }

    /// Whether the import may go ahead.
    public var canImport: Bool { refusals.isEmpty }
}

/// The instructor's PIN prompt: set it the first time, type it afterwards.
public struct InstructorPINState: Sendable, Equatable {
    /// Whether a PIN exists yet (nil until the store has answered).
    public var hasPIN: Bool?
    /// Digits typed.
    public var digits: String = ""
    /// When setting: the first entry, waiting for the confirmation.
    public var firstEntry: String?
    /// No new try before this moment.
    public var waitUntil: Date?
    /// Whether a check is running.
    public var isChecking = false

    /// A fresh prompt.
    public init() {}
}

/// The instructor's pages.
public struct InstructorState: Sendable, Equatable {
    /// Which page is shown.
    public enum Page: Sendable, Equatable {
        case menu(selection: Int)
        case classTable(selection: Int)
        case learner(id: String, scroll: Int)
        case rename(id: String, text: String)
        case confirmRemove(id: String)
        case importPath(text: String)
        case importPreview(ImportPreview, scroll: Int)
        case skipped(scroll: Int)
    }

    /// The page shown.
    public var page: Page = .menu(selection: 0)
    /// The class, neediest first.
    public var members: [ClassMember] = []

    /// The instructor's start page.
    public init() {}
}
