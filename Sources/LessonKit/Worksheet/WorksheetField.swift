/// One field of a worksheet: what the learner writes (or what a formula computes), and the
/// checks the answer must pass. Texts shown to the learner (label, hint, example) are per
/// language, in `WorksheetFieldText`.
public struct WorksheetField: Sendable, Equatable, Identifiable {
    /// The field's id (ASCII letters, digits and `-`, starting with a letter): answers are kept
    /// under it and formulas name it.
    public var id: String
    /// What is written in the field.
    public var kind: Kind
    /// The checks a typed answer must pass (for a computed field: only `min` and `max`).
    public var checks: WorksheetChecks
    /// For a computed field, the formula; `nil` for a field the learner fills in.
    public var formula: WorksheetFormula?
    /// For `choice`: the options as written in the original file. A choice answer is one of
    /// these texts (its translations sit at the same index in `WorksheetFieldText.options`).
    public var options: [String]
    /// For `number`: digits allowed after the point (0 to 4; 0 is a whole number). `money`
    /// always has 2.
    public var decimals: Int
    /// For a computed field: how its result is rounded to `decimals` (money: to the fen).
    public var rounding: Rounding

    /// Creates a field.
    public init(
        id: String, kind: Kind, checks: WorksheetChecks = WorksheetChecks(), formula: WorksheetFormula? = nil,
        options: [String] = [], decimals: Int = 0, rounding: Rounding = .halfUp
    ) {
        self.id = id
        self.kind = kind
        self.checks = checks
        self.formula = formula
        self.options = options
        self.decimals = kind == .money ? 2 : decimals
        self.rounding = rounding
    }

    /// Whether a formula fills the field in (the learner does not type it).
    public var isComputed: Bool { formula != nil }

    /// Digits after the point for the field's numbers: 2 for money, `decimals` for a number.
    public var scale: Int { kind == .money ? 2 : decimals }

    /// What a field holds.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A short text on one line (a name, a place).
        case text
        /// A longer text that may have several lines (what to say in a livestream).
        case longText
        /// A number: whole unless `decimals` allows digits after the point.
        case number
        /// An amount of money in yuan, to the fen (2 digits after the point).
        case money
        /// One of a list of options.
        case choice

        /// Whether the field holds a number (and a formula may use it).
        public var isNumeric: Bool { self == .number || self == .money }
        /// Whether the field holds text.
        public var isText: Bool { self == .text || self == .longText }
    }

    /// How a computed result is rounded to the field's digits.
    public enum Rounding: String, Sendable, Equatable, CaseIterable {
        /// To the nearest; halves away from zero (2.345 → 2.35, −2.345 → −2.35). The default.
        case halfUp = "half-up"
        /// Up, towards plus infinity (6.1 orders → 7 orders).
        case up
        /// Down, towards minus infinity (6.9 → 6).
        case down
    }
}

/// The checks of one field. Which checks fit which kind: `required` all typed fields;
/// `minLength`, `maxLength`, `forbidden` text and longText; `min`, `max` number and money
/// (computed fields too).
public struct WorksheetChecks: Sendable, Equatable {
    /// The field must not be left empty.
    public var required: Bool
    /// At least this many characters (grapheme clusters: 一 is one, so is 👍🏽).
    public var minLength: Int?
    /// At most this many characters (grapheme clusters).
    public var maxLength: Int?
    /// The smallest value allowed.
    public var min: WorksheetNumber?
    /// The largest value allowed.
    public var max: WorksheetNumber?
    /// Words the text must not contain, in written order; the reason to show for each is in
    /// `WorksheetFieldText.reasons`, at the same index.
    public var forbidden: [String]

    /// Creates checks (none by default).
    public init(
        required: Bool = false, minLength: Int? = nil, maxLength: Int? = nil, min: WorksheetNumber? = nil,
        max: WorksheetNumber? = nil, forbidden: [String] = []
    ) {
        self.required = required
        self.minLength = minLength
        self.maxLength = maxLength
        self.min = min
        self.max = max
        self.forbidden = forbidden
    }
}
