/// What `WorksheetChecker` found in a learner's answers: one result per field, in field order.
public struct WorksheetCheck: Sendable, Equatable {
    /// One result per field of the worksheet, in the worksheet's order.
    public var fields: [WorksheetFieldResult]

    /// Creates a check result.
    public init(fields: [WorksheetFieldResult]) {
        self.fields = fields
    }

    /// The result for field `id`, if the worksheet has it.
    public subscript(id: String) -> WorksheetFieldResult? {
        fields.first { $0.id == id }
    }

    /// Whether the sheet is done: nothing to fix, nothing required left empty, every computed
    /// field worked out.
    public var isComplete: Bool { fields.allSatisfy(\.isFine) }

    /// How many fields have something to fix or are still empty though required.
    public var openCount: Int { fields.filter { !$0.isFine }.count }
}

/// The result for one field.
public struct WorksheetFieldResult: Sendable, Equatable {
    /// The field's id.
    public var id: String
    /// What was read (typed fields) or worked out (computed fields); `nil` when the field is
    /// empty, cannot be read as its kind, or cannot be computed yet. A text with a forbidden
    /// word still has its value (and a message).
    public var value: WorksheetValue?
    /// What to fix, in Chinese and English; empty when the answer is fine. For a required
    /// field left empty this holds the "needed" message and `isMissing` is true.
    public var messages: [WorksheetMessage]
    /// A required field with nothing typed yet (a form may hold this message back until the
    /// learner has been to the field).
    public var isMissing: Bool
    /// For a computed field: the fields it uses that have no value yet, in formula order.
    public var waitingFor: [String]

    /// Creates a field result.
    public init(id: String, value: WorksheetValue? = nil, messages: [WorksheetMessage] = [], isMissing: Bool = false,
                waitingFor: [String] = []) {
        self.id = id
        self.value = value
        self.messages = messages
        self.isMissing = isMissing
        self.waitingFor = waitingFor
    }

    /// Nothing to fix and nothing to wait for.
    public var isFine: Bool { messages.isEmpty && waitingFor.isEmpty }
}

/// A value read from an answer or worked out by a formula.
public enum WorksheetValue: Sendable, Equatable, CustomStringConvertible {
    /// A text or longText answer, without blanks around it.
    case text(String)
    /// A number or money answer (money always has 2 digits after the point).
    case number(WorksheetNumber)
    /// A choice answer: the index into `WorksheetField.options`.
    case choice(Int)

    /// The value as text: the text itself, the number with its digits (`32.00`), or the
    /// option's number counted from 1 (a form shows the option's text in the reader's language).
    public var description: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return number.description
        case .choice(let index): return String(index + 1)
        }
    }

    /// The number, for `number` and `money` values.
    public var number: WorksheetNumber? {
        if case .number(let number) = self { return number }
        return nil
    }
}
