import LessonKit
import ProgressKit

/// A worksheet (实操单) being filled in: which field is open and which fields the learner has
/// left. The answers themselves live in the signed-in record (saved on every change).
public struct WorksheetState: Sendable, Equatable {
    /// The module the worksheet belongs to.
    public var moduleID: String
    /// The worksheet's id within the module.
    public var sheetID: String
    /// The index (into `Worksheet.fields`) of the open field; always a typed field.
    public var current: Int
    /// Fields the learner has been to and left: only these show "这一项要填".
    public var left: Set<String>
    /// Whether the finished sheet is shown as one page instead of the form.
    public var showsPage: Bool

    /// A form for `sheetID` of `moduleID`, open at field `current`.
    public init(moduleID: String, sheetID: String, current: Int = 0, left: Set<String> = [], showsPage: Bool = false) {
        self.moduleID = moduleID
        self.sheetID = sheetID
        self.current = current
        self.left = left
        self.showsPage = showsPage
    }

    /// The id the answers are kept under: `moduleID/sheetID`.
    public var answersID: String { WorksheetAnswers.id(moduleID: moduleID, sheetID: sheetID) }

    /// Whether letters typed go into a field (the form is shown, not the finished page).
    var isTypingText: Bool { !showsPage }

    /// The learner's answers so far (none when nobody is signed in or the sheet is new).
    func answers(_ context: ScreenContext) -> [String: String] {
        context.record?.worksheetAnswers(id: answersID)?.answers ?? [:]
    }

    /// The worksheet, if the course still has it.
    func worksheet(_ context: ScreenContext) -> Worksheet? {
        context.library.module(moduleID)?.worksheets.first { $0.id == sheetID }
    }
}
