import Foundation
import ProgressKit
import TerminalKit

/// Everything that can happen to the app: input from the person, the clock, and results of
/// effects coming back.
public enum Event: Sendable, Equatable {
    /// Terminal input: a key, a mouse action, a resize or a signal.
    case input(InputEvent)
    /// The clock: the Runtime sends the time before every other event and now and then when idle.
    /// `steady` is the time by the monotonic clock (the wall time at start plus the time since,
    /// which a wall clock set back or forward never moves); idle time and waits are counted on it.
    /// Without it (tests) they are counted on the wall time.
    case tick(Date, steady: Date? = nil)
    /// The learners on this PC, newest activity first (after start and after changes).
    case learnersLoaded([LearnerSummary])
    /// A learner is signed in (their file loaded and locked), with anything to tell about it.
    case signedIn(LearnerRecord, warnings: [Notice])
    /// A PIN check finished: right, or wrong with the wait before the next try.
    case pinChecked(learnerID: String, correct: Bool, failures: Int, waitUntil: Date?)
    /// A PIN (learner's or instructor's) could not be checked or set, or whether an instructor
    /// PIN exists could not be read: the file could not be read or written, or another copy of
    /// the app holds the learner. The PIN screen stops waiting and shows the message.
    case pinCheckFailed(Notice)
    /// Whether an instructor PIN exists.
    case instructorStatus(hasPIN: Bool)
    /// An instructor PIN check (or setting) finished.
    case instructorPINChecked(correct: Bool, waitUntil: Date?)
    /// Every learner with their progress, for the class table.
    case classLoaded([ClassMember])
    /// What importing a folder would do.
    case importPreviewed(ImportPreview)
    /// The folder a learner's worksheets are exported to unless the instructor types another.
    case exportFolderSuggested(String)
    /// A learner's worksheets were written: where, and which.
    case sheetsExported(learnerID: String, report: SheetExporter.Report)
    /// An import was done: what was imported and what was left out.
    case importFinished(ImportPreview)
    /// The subfolders of a folder on a USB stick, or the sticks.
    case foldersListed(FolderListing)
    /// An instructor PIN change finished: changed, or the current PIN was wrong (with the wait
    /// before the next try).
    case instructorPINChanged(changed: Bool, waitUntil: Date?)
    /// The course after an import.
    case libraryLoaded(Library)
    /// The data directory's lessons changed since the course was loaded (`Effect.checkLessons`).
    case lessonsChanged
    /// Reading aloud ended: spoken to the end, or stopped or failed.
    case speechEnded(spokenToTheEnd: Bool)
    /// An effect failed or has something to tell; shown to the person.
    case notice(Notice)
}

/// A learner as the sign-in list shows them.
public struct LearnerSummary: Sendable, Equatable, Hashable {
    /// Stable id.
    public var id: String
    /// Display name (already sanitized).
    public var name: String
    /// Whether signing in asks for a PIN.
    public var hasPIN: Bool
    /// When they last did anything, nil if never.
    public var lastActive: Date?
    /// The module they read in or answered in last, nil if none.
    public var lastModuleID: String?
    /// The quizzes they have passed (the course knows which are module quizzes).
    public var passedQuizIDs: Set<String>

    /// Creates a summary.
    public init(id: String, name: String, hasPIN: Bool, lastActive: Date?, lastModuleID: String? = nil,
                passedQuizIDs: Set<String> = []) {
        self.id = id
        self.name = name
        self.hasPIN = hasPIN
        self.lastActive = lastActive
        self.lastModuleID = lastModuleID
        self.passedQuizIDs = passedQuizIDs
    }
}

extension LearnerSummary {
    /// A learner's record as the sign-in list shows it.
    init(_ record: LearnerRecord) { self.init(overview: LearnerOverview(record)) }

    /// A learner as the store lists them.
    init(overview: LearnerOverview) {
        self.init(id: overview.id, name: overview.displayName, hasPIN: overview.hasPIN, lastActive: overview.lastActiveAt,
                  lastModuleID: overview.lastModuleID, passedQuizIDs: overview.passedQuizIDs)
    }
}

/// A message for the person, in both languages, chosen when shown.
public struct Notice: Sendable, Equatable, Hashable {
    /// How it is shown.
    public enum Kind: Sendable, Equatable, Hashable { case info, warning, error }
    /// How it is shown.
    public var kind: Kind
    /// Chinese text.
    public var zh: String
    /// English text.
    public var en: String

    /// Creates a notice.
    public init(_ kind: Kind, zh: String, en: String) {
        self.kind = kind
        self.zh = zh
        self.en = en
    }

    /// A notice from ProgressKit's two-language text.
    public init(_ kind: Kind, _ text: BilingualText) {
        self.init(kind, zh: text.zh, en: text.en)
    }

    /// The text in `language`.
    public func text(_ language: UILanguage) -> String { language == .zh ? zh : en }
}
