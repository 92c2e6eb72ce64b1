/// Reads one field (an item of `fields`) and reports what is wrong in it alone; what needs
/// the other fields (duplicate ids, formulas) is `WorksheetValidator`'s.
struct WorksheetFieldReader: Sendable {
    /// Whether the file is a translation: structure keys are ignored there (with a warning).
    var isTranslation: Bool

    static let fieldKeys = ["id", "label", "kind", "hint", "example", "unit", "options", "checks", "formula", "decimals", "round"]
    /// Keys only the original may set.
    private static let structureKeys: Set<String> = ["formula", "decimals", "round"]

    /// Reads a field's `key: value` lines.
    func read(_ entries: [FrontMatter.Entry], at position: SourcePosition, report: inout FileReport) -> ParsedField {
        var field = ParsedField(position: position)
        for entry in entries {
            field.keyPositions[entry.key] = SourcePosition(line: entry.line, column: entry.column)
            if isTranslation && Self.structureKeys.contains(entry.key) {
                report.add(.ignoredInTranslation(key: entry.key), line: entry.line, column: entry.column)
                continue
            }
            readEntry(entry, into: &field, report: &report)
        }
        reportMissingKeys(field, report: &report)
        if !isTranslation, let kind = field.kind {
            reportKeysThatDoNotFit(field, kind: kind, report: &report)
            reportOptions(field, kind: kind, report: &report)
            reportContradictions(field, report: &report)
        }
        return field
    }

    private func readEntry(_ entry: FrontMatter.Entry, into field: inout ParsedField, report: inout FileReport) {
        switch entry.key {
        case "id": readID(entry, into: &field, report: &report)
        case "label":
            let text = report.text(entry) ?? ""
            field.text.label = text
            // A label of the wrong type is reported as such, not again as missing.
            if case .scalar = entry.value { field.hasLabel = !text.trimmed.isEmpty } else { field.hasLabel = true }
        case "kind": readKind(entry, into: &field, report: &report)
        case "hint": field.text.hint = report.text(entry)
        case "example": field.text.example = report.text(entry)
        case "unit": field.text.unit = report.text(entry)
        case "options":
            // Options that are not a list are reported as such (and not again as too few).
            if case .sequence = entry.value { field.hasOptions = true }
            field.options = readTexts(entry, report: &report)
            field.text.options = field.options
        case "checks": WorksheetChecksReader(isTranslation: isTranslation).read(entry, into: &field, report: &report)
        case "formula": readFormula(entry, into: &field, report: &report)
        case "decimals":
            guard let decimals = Self.integer(entry, in: 0...4, expected: .decimals, report: &report) else { return }
            field.decimals = decimals
        case "round":
            guard let text = report.text(entry) else { return }
            if let rounding = WorksheetField.Rounding(rawValue: text) {
                field.rounding = rounding
            } else {
                report.add(.worksheet(.invalidValue(key: entry.key, value: text, expected: .rounding)), line: entry.line, column: entry.column)
            }
        default:
            report.unknownKey(entry, known: Self.fieldKeys)
        }
    }

    private func readID(_ entry: FrontMatter.Entry, into field: inout ParsedField, report: inout FileReport) {
        guard let text = report.text(entry) else { return }
        if Self.isFieldID(text) {
            field.id = text
        } else {
            report.add(.worksheet(.invalidValue(key: entry.key, value: text, expected: .fieldID)), line: entry.line, column: entry.column)
        }
    }

    private func readKind(_ entry: FrontMatter.Entry, into field: inout ParsedField, report: inout FileReport) {
        guard let text = report.text(entry) else { return }
        if let kind = WorksheetField.Kind(rawValue: text) {
            field.kind = kind
        } else {
            let suggestion = KeySuggestion(knownKeys: WorksheetField.Kind.allCases.map(\.rawValue)).nearest(to: text)
            report.add(.worksheet(.unknownKind(value: text, suggestion: suggestion)), line: entry.line, column: entry.column)
        }
    }

    private func readFormula(_ entry: FrontMatter.Entry, into field: inout ParsedField, report: inout FileReport) {
        field.hasFormula = true
        guard let text = report.text(entry) else {
            if entry.value.isNull { report.add(.worksheet(.formulaSyntax(.empty)), line: entry.line, column: entry.column) }
            return
        }
        var (line, column) = entry.value.position
        if case .scalar(_, false, _, _) = entry.value { column += 1 }  // after the opening quote
        field.formulaStart = SourcePosition(line: line, column: column)
        switch FormulaParser.parse(text) {
        case .success(let expression):
            field.formula = WorksheetFormula(source: text, expression: expression)
        case .failure(let error):
            report.add(.worksheet(.formulaSyntax(error.kind)), line: line, column: column + error.offset)
        }
    }

    /// A list of texts (`options`); anything else is reported.
    private func readTexts(_ entry: FrontMatter.Entry, report: inout FileReport) -> [String] {
        guard case .sequence(let items, _, _) = entry.value else {
            report.add(.worksheet(.invalidValue(key: entry.key, value: WorksheetParser.shown(entry.value, report: &report),
                                                expected: .textList)), line: entry.line, column: entry.column)
            return []
        }
        var texts: [String] = []
        for item in items {
            let (line, column) = item.position
            guard case .scalar(let text, _, _, _) = item, !text.trimmed.isEmpty else {
                report.add(.worksheet(.invalidValue(key: entry.key, value: WorksheetParser.shown(item, report: &report),
                                                    expected: .textList)), line: line, column: column)
                continue
            }
            texts.append(report.sanitized(text.trimmed, line: line, column: column))
        }
        return texts
    }

    // MARK: - Checks on the field as a whole

    /// Reports a missing `id` or `kind` (a translation needs them too, to be matched with the
    /// original) and, in the original, a missing or empty `label`.
    private func reportMissingKeys(_ field: ParsedField, report: inout FileReport) {
        var missing: [String] = []
        if field.keyPositions["id"] == nil { missing.append("id") }
        if !isTranslation && !field.hasLabel { missing.append("label") }
        if field.keyPositions["kind"] == nil { missing.append("kind") }
        for key in missing {
            report.add(.worksheet(.missingKey(key: key, place: .field(field.id))), line: field.position.line, column: field.position.column)
        }
    }

    private func reportKeysThatDoNotFit(_ field: ParsedField, kind: WorksheetField.Kind, report: inout FileReport) {
        let computed = field.isComputed
        for (key, position) in field.keyPositions.sorted(by: { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) }) {
            guard let fits = Self.fits(key, kind: kind, computed: computed), !fits else { continue }
            let blamesFormula = computed && key != "formula" && key != "round" && Self.fits(key, kind: kind, computed: false) == true
            report.add(.worksheet(.doesNotFitKind(key: key, kind: kind, isComputed: blamesFormula)),
                       line: position.line, column: position.column)
        }
    }

    /// Whether `key` fits a field of `kind`; `nil` for keys every field may have.
    static func fits(_ key: String, kind: WorksheetField.Kind, computed: Bool) -> Bool? {
        switch key {
        case "formula": return kind.isNumeric
        case "round": return computed
        case "decimals": return kind == .number
        case "options": return kind == .choice
        case "example", "required": return !computed
        case "minLength", "maxLength", "forbidden": return kind.isText && !computed
        case "min", "max": return kind.isNumeric
        default: return nil
        }
    }

    private func reportOptions(_ field: ParsedField, kind: WorksheetField.Kind, report: inout FileReport) {
        guard kind == .choice else { return }
        let position = field.position(of: "options")
        let optionsAreUnreadable = field.keyPositions["options"] != nil && !field.hasOptions
        if field.options.count < 2 && !optionsAreUnreadable {
            report.add(.worksheet(.choiceWithoutOptions(found: field.options.count)), line: position.line, column: position.column)
        }
        var seen: Set<String> = []
        for option in field.options where !seen.insert(option).inserted {
            report.add(.worksheet(.duplicateOption(option)), line: position.line, column: position.column)
        }
    }

    private func reportContradictions(_ field: ParsedField, report: inout FileReport) {
        let checks = field.checks
        if let lower = checks.minLength, let upper = checks.maxLength, lower > upper {
            let position = field.position(of: "maxLength")
            report.add(.worksheet(.contradictoryChecks(lower: "minLength", upper: "maxLength")), line: position.line, column: position.column)
        }
        if let lower = checks.min, let upper = checks.max, lower > upper {
            let position = field.position(of: "max")
            report.add(.worksheet(.contradictoryChecks(lower: "min", upper: "max")), line: position.line, column: position.column)
        }
    }

    /// A whole number in `range`; anything else is reported as not `expected`.
    static func integer(_ entry: FrontMatter.Entry, in range: ClosedRange<Int>, expected: WorksheetProblem.Expected,
                        report: inout FileReport) -> Int? {
        if entry.value.isNull { return nil }
        if case .scalar(let text, true, _, _) = entry.value, let number = FileReport.integer(text), range.contains(number) {
            return number
        }
        report.add(.worksheet(.invalidValue(key: entry.key, value: WorksheetParser.shown(entry.value, report: &report), expected: expected)),
                   line: entry.line, column: entry.column)
        return nil
    }

    /// Whether `text` is a field id: an ASCII letter, then ASCII letters, digits and `-`, not
    /// ending in `-`.
    static func isFieldID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, FormulaTokenizer.isLetter(first), text.last != "-" else { return false }
        return text.unicodeScalars.allSatisfy { FormulaTokenizer.isLetter($0) || FormulaTokenizer.isDigit($0) || $0 == "-" }
    }
}
