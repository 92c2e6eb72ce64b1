/// What a worksheet file (original or translation) says, with the positions findings need.
struct WorksheetFile: Sendable, Equatable {
    var title: String?
    var summary: String?
    var introduction = Document()
    var fields: [ParsedField] = []
    /// Whether the front matter could be read (a translation that could not is not compared).
    var isReadable = true
}

/// A line and column in a file.
struct SourcePosition: Sendable, Equatable {
    var line: Int
    var column: Int
}

/// One field as written in a worksheet file.
struct ParsedField: Sendable, Equatable {
    var id: String?
    var kind: WorksheetField.Kind?
    /// The texts; `label` is empty when not given (`hasLabel` false).
    var text = WorksheetFieldText(label: "")
    var hasLabel = false
    /// Whether the field gives `options` / forbidden reasons (a translation falls back to the
    /// original's where it does not).
    var hasOptions = false
    var hasForbidden = false
    var checks = WorksheetChecks()
    var formula: WorksheetFormula?
    /// Whether a `formula` key is written (even one that could not be read).
    var hasFormula = false
    var options: [String] = []
    var decimals = 0
    var rounding = WorksheetField.Rounding.halfUp
    /// Where the field starts (its first key).
    var position: SourcePosition
    /// Where each key of the field and of its checks is written, by key.
    var keyPositions: [String: SourcePosition] = [:]
    /// Where the formula's text starts (the first character inside any quotes).
    var formulaStart: SourcePosition?

    /// Where `key` is written, else where the field starts.
    func position(of key: String) -> SourcePosition {
        keyPositions[key] ?? position
    }

    /// Whether the field is computed (its kind holds a number and it has a formula key).
    var isComputed: Bool { hasFormula && (kind?.isNumeric ?? false) }
}
