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

extension WorksheetState {
    /// The open field read aloud (F3): its label, its hint and example, the choices of a choice
    /// field, and what is typed so far (or that nothing is).
    func speakable(context: ScreenContext) -> Speakable? {
        guard !showsPage, let sheet = worksheet(context), sheet.fields.indices.contains(current) else { return nil }
        let s = context.strings
        let field = sheet.fields[current]
        let texts = WorksheetView.fieldText(sheet, current, context)
        var parts = [WorksheetView.clean(texts.label)]
        if let hint = texts.hint { parts.append(s.sheetHint + WorksheetView.clean(hint)) }
        if let example = texts.example { parts.append(s.sheetExample + WorksheetView.clean(example)) }
        if field.kind == .choice {
            let separator = context.language == .zh ? "：" : ": "
            for index in field.options.indices {
                let option = index < texts.options.count ? texts.options[index] : field.options[index]
                parts.append(SpokenText.option(index + 1, language: context.language) + separator + WorksheetView.clean(option))
            }
        }
        let typed = answers(context)[field.id] ?? ""
        let shown = WorksheetView.shownValue(field, texts, typed)
        parts.append(shown.trimmingCharacters(in: .whitespaces).isEmpty ? s.sheetNothingTyped : s.sheetTypedSoFar + shown)
        return Speakable(text: parts.joined(separator: "\n"), source: .page)
    }
}
