/// A worksheet (实操单): a form in a module folder (`NAME.sheet.md`, translations
/// `NAME.sheet.en.md`) that a learner fills in for their own product.
///
/// The fields' structure (ids, kinds, checks, formulas) comes from the original file; what is
/// shown (title, introduction, labels, hints, examples, option texts, reasons) is per language
/// in `content`. `WorksheetChecker` checks a learner's answers against it.
public struct Worksheet: Sendable, Equatable, Identifiable {
    /// The file name without `.sheet.md`, e.g. `03-profit`; answers are kept under
    /// `moduleID` and this id.
    public var id: String
    /// The id of the module the worksheet belongs to.
    public var moduleID: String
    /// The fields, in written order.
    public var fields: [WorksheetField]
    /// What is shown, per language.
    public var content: Localized<WorksheetContent>

    /// Creates a worksheet.
    public init(id: String, moduleID: String, fields: [WorksheetField], content: Localized<WorksheetContent>) {
        self.id = id
        self.moduleID = moduleID
        self.fields = fields
        self.content = content
    }

    /// The worksheet's title per language.
    public var title: Localized<String> { content.map(\.title) }

    /// The field with this id, if there is one.
    public func field(id: String) -> WorksheetField? {
        fields.first { $0.id == id }
    }

    /// The texts of field `id` for a reader of `language` (the original's where a translation
    /// lacks them); `nil` for an unknown id.
    public func text(ofField id: String, in language: LanguageTag) -> WorksheetFieldText? {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return nil }
        let texts = content.value(for: language).fields
        return index < texts.count ? texts[index] : nil
    }
}

/// What a worksheet file says in one language.
public struct WorksheetContent: Sendable, Equatable {
    /// The worksheet's name.
    public var title: String
    /// One line under the title, if given.
    public var summary: String?
    /// The body of the file: what the worksheet is for and how to fill it in.
    public var introduction: Document
    /// The fields' texts, in the same order as `Worksheet.fields`.
    public var fields: [WorksheetFieldText]
    /// The file this came from, as reported in diagnostics.
    public var sourcePath: String

    /// Creates worksheet content.
    public init(title: String, summary: String? = nil, introduction: Document = Document(), fields: [WorksheetFieldText],
                sourcePath: String) {
        self.title = title
        self.summary = summary
        self.introduction = introduction
        self.fields = fields
        self.sourcePath = sourcePath
    }
}

/// What one field shows in one language.
public struct WorksheetFieldText: Sendable, Equatable {
    /// The field's name on the form, e.g. 产地.
    public var label: String
    /// A line that helps to fill it in, if given.
    public var hint: String?
    /// An example answer, if given.
    public var example: String?
    /// A word shown after a number, e.g. 元, %, 单, if given.
    public var unit: String?
    /// For `choice`: the options as shown, at the same index as `WorksheetField.options`.
    public var options: [String]
    /// For each forbidden word (same index as `WorksheetChecks.forbidden`), why it may not be written.
    public var reasons: [String]

    /// Creates a field's texts.
    public init(label: String, hint: String? = nil, example: String? = nil, unit: String? = nil, options: [String] = [],
                reasons: [String] = []) {
        self.label = label
        self.hint = hint
        self.example = example
        self.unit = unit
        self.options = options
        self.reasons = reasons
    }
}
