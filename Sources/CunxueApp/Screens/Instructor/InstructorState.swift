import Foundation
import LessonKit
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

/// What importing a folder would do, as the importer itself decided it
/// (`LessonImporter.preview`), shown before the instructor confirms.
public struct ImportPreview: Sendable, Equatable {
    /// The folder, as typed.
    public var path: String
    /// The importer's decision: the modules it would import, the files it would leave out, why
    /// it would refuse, what the validator found.
    public var result: ImportResult

    /// Creates a preview.
    public init(path: String, result: ImportResult) {
        self.path = path
        self.result = result
    }

    /// Whether the import may go ahead.
    public var canImport: Bool { result.succeeded }

    /// Whether it replaces modules already there (so it runs with `replace`).
    public var replaces: Bool { result.imported.contains { $0.replaced != nil } }
}

/// The instructor's pages.
public struct InstructorState: Sendable, Equatable {
    /// The rows of the instructor's menu, top to bottom.
    public enum MenuItem: Sendable, Equatable, CaseIterable {
        /// How the learners are doing.
        case classTable
        /// Import a lesson folder.
        case importFolder
        /// Lesson files that could not be loaded.
        case skipped
        /// Change the instructor PIN.
        case changePIN
        /// Back to the sign-in screen.
        case back
        /// Close Cunxue (the only way out of kiosk mode).
        case leave
    }

    /// Which page is shown.
    public enum Page: Sendable, Equatable {
        /// The menu, with an item highlighted.
        case menu(MenuItem)
        /// The class table, with a learner's row highlighted.
        case classTable(selection: Int)
        /// One learner's progress, quizzes and missed questions.
        case learner(id: String, scroll: Int)
        /// Typing a learner's new name.
        case rename(id: String, text: String)
        /// "Remove this learner?"
        case confirmRemove(id: String)
        /// Typing the folder to import.
        case importPath(text: String)
        /// What importing the folder would do.
        case importPreview(ImportPreview, scroll: Int)
        /// Lesson files that could not be loaded, and why.
        case skipped(scroll: Int)
        /// A learner's worksheets, one highlighted.
        case sheets(id: String, selection: Int)
        /// One worksheet of a learner as the one page the learner sees (`sheetID` is the
        /// answers' id, `moduleID/sheetID`).
        case sheet(id: String, sheetID: String, scroll: Int)
        /// Typing the folder to export a learner's worksheets into.
        case exportPath(id: String, text: String)
        /// Where the exported worksheets went.
        case exported(id: String, report: SheetExporter.Report)
        /// Choosing the folder to import on a USB stick.
        case pickFolder(FolderPickerState)
        /// An import confirmed and running (copying from a USB stick can take a while).
        case importing(path: String)
        /// What an import did, and the files it left out.
        case importDone(ImportPreview, scroll: Int)
        /// Changing the instructor PIN.
        case changePIN(InstructorPINChange)
        /// "Clear this learner's PIN?"
        case confirmResetPIN(id: String)
        /// "Rename this learner to …?"
        case confirmRename(id: String, name: String)
    }

    /// The page shown.
    public var page: Page = .menu(.classTable)
    /// The class, neediest first (see `ClassOrder`).
    public var members: [ClassMember] = []
    /// Where each member stands, in the order of `members`.
    public var standings: [LearnerStanding] = []
    /// The first module column the class table shows (←→ move it).
    public var firstModuleColumn = 0
    /// The USB picker as it was when a folder was chosen in it, so that Esc on the import
    /// preview goes back there (nil when the path was typed).
    var pickerBeforePreview: FolderPickerState?

    /// The instructor's start page.
    public init() {}

    /// Whether the page takes typed text (a name, a path).
    var isTypingText: Bool {
        switch page {
        case .rename, .importPath, .exportPath: return true
        default: return false
        }
    }

    /// The member with learner id `id`.
    func member(_ id: String) -> ClassMember? { members.first { $0.summary.id == id } }

    /// Where the member with learner id `id` stands.
    func standing(_ id: String) -> LearnerStanding? {
        members.firstIndex { $0.summary.id == id }.flatMap { $0 < standings.count ? standings[$0] : nil }
    }
}
