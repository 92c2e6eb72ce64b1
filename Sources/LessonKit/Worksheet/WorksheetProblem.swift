/// A finding about a worksheet file (`NAME.sheet.md`), reported as `Diagnostic.Problem.worksheet`.
public enum WorksheetProblem: Sendable, Equatable {
    /// A key that must be there is missing: `title` or `fields` of the sheet; `id`, `label` or
    /// `kind` of a field; `word` or `reason` of a forbidden word.
    case missingKey(key: String, place: Place)
    /// `fields` is an empty list.
    case noFields
    /// More fields than a sheet may have (the rest are not read).
    case tooManyFields(count: Int, limit: Int)
    /// A value of the wrong type or outside what is allowed.
    case invalidValue(key: String, value: String, expected: Expected)
    /// Two fields with the same id; `firstLine` is the first one's.
    case duplicateField(id: String, firstLine: Int)
    /// A `kind` that does not exist, with the nearest one.
    case unknownKind(value: String, suggestion: String?)
    /// A check or key that does not apply to the field's kind (`maxLength` on money, `min` on
    /// text, `options` on a number, `required` on a computed field…).
    case doesNotFitKind(key: String, kind: WorksheetField.Kind, isComputed: Bool)
    /// A choice with fewer than two options.
    case choiceWithoutOptions(found: Int)
    /// The same option twice in one choice.
    case duplicateOption(String)
    /// `forbidden: []`.
    case emptyForbiddenList
    /// A lower limit above its upper limit (`min` > `max`, `minLength` > `maxLength`).
    case contradictoryChecks(lower: String, upper: String)
    /// A formula that cannot be read.
    case formulaSyntax(FormulaSyntaxError.Kind)
    /// A formula naming a field the sheet does not have, with the nearest id.
    case unknownField(id: String, suggestion: String?)
    /// A formula using a field that holds no number.
    case formulaUsesNonNumber(id: String, kind: WorksheetField.Kind)
    /// A formula that uses its own field.
    case formulaNamesItself(id: String)
    /// Formulas that use each other in a circle: `path` from a field back to itself.
    case formulaCycle(path: [String])
    /// A translated sheet whose fields do not match the original's.
    case translationMismatch(WorksheetTranslationMismatch)
    /// A field's example that its own checks would refuse (learners copy examples).
    case exampleFailsCheck(example: String, message: WorksheetMessage)

    /// Where a missing key was expected.
    public enum Place: Sendable, Equatable {
        /// In the sheet's front matter.
        case sheet
        /// In the field with this id (`nil` when the field has none).
        case field(String?)
        /// In an entry of a `forbidden` list.
        case forbiddenWord
    }

    /// What a value should have been.
    public enum Expected: Sendable, Equatable {
        /// A field id: ASCII letters, digits and `-`, starting with a letter.
        case fieldID
        /// A list of fields, each a set of `key: value` lines.
        case fieldList
        /// A `key: value` field (an item of `fields`).
        case field
        /// A list of texts (`options`).
        case textList
        /// The checks, as `key: value` lines.
        case checks
        /// A list of `{word, reason}`.
        case forbiddenList
        /// A whole number from 0 up.
        case count
        /// A number, such as 0 or 12.5.
        case number
        /// A whole number from 0 to 4 (`decimals`).
        case decimals
        /// `half-up`, `up` or `down`.
        case rounding
    }

    /// Error or warning.
    public var severity: Severity {
        switch self {
        case .exampleFailsCheck: return .warning
        default: return .error
        }
    }

    /// The stable code.
    public var code: DiagnosticCode {
        switch self {
        case .missingKey: return .missingKey
        case .noFields: return .noFields
        case .tooManyFields: return .tooManyFields
        case .invalidValue: return .invalidSheetValue
        case .duplicateField: return .duplicateField
        case .unknownKind: return .unknownKind
        case .doesNotFitKind: return .checkDoesNotFit
        case .choiceWithoutOptions: return .choiceWithoutOptions
        case .duplicateOption: return .duplicateOption
        case .emptyForbiddenList: return .emptyForbiddenList
        case .contradictoryChecks: return .contradictoryChecks
        case .formulaSyntax: return .formulaSyntax
        case .unknownField: return .unknownField
        case .formulaUsesNonNumber: return .formulaFieldKind
        case .formulaNamesItself, .formulaCycle: return .formulaCycle
        case .translationMismatch: return .translationMismatch
        case .exampleFailsCheck: return .exampleFailsCheck
        }
    }
}

/// How a translated worksheet's fields differ from the original's.
public enum WorksheetTranslationMismatch: Sendable, Equatable {
    /// The translation has `translation` fields, the original `original`.
    case fieldCount(translation: Int, original: Int)
    /// Field `number` (1-based) has another id.
    case id(number: Int, translation: String, original: String)
    /// Field `number` has another kind.
    case kind(number: Int, translation: WorksheetField.Kind, original: WorksheetField.Kind)
    /// Field `number` has another number of options.
    case optionCount(number: Int, translation: Int, original: Int)
    /// Field `number`'s forbidden words are not the original's, in the same order.
    case forbiddenWords(number: Int)
}
