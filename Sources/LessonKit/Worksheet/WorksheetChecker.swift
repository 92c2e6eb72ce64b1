/// Checks a learner's answers to a worksheet: reads each typed answer as its kind, runs the
/// field's checks, and works out the computed fields.
///
/// Pure and total: it never throws and never traps, whatever is typed and whatever worksheet
/// it is given (a formula naming an unknown field or going round in a circle gives a message).
/// Fast enough for every key press: the order of the formulas is worked out once, in `init`.
public struct WorksheetChecker: Sendable {
    /// The worksheet checked against.
    public let worksheet: Worksheet
    /// Computed fields' indices in an order where every formula comes after those it uses.
    private let evaluationOrder: [Int]
    /// Computed fields whose formula cannot be worked out (unknown field, text field, circle).
    private let brokenFormulas: Set<Int>
    private let chineseTexts: [WorksheetFieldText]
    private let englishTexts: [WorksheetFieldText]
    /// Each field's unit in every language (stripped after a typed number).
    private let units: [[String]]

    /// Prepares checking for `worksheet`.
    public init(worksheet: Worksheet) {
        self.worksheet = worksheet
        let fields = worksheet.fields
        let original = worksheet.content.original.fields
        func texts(_ language: LanguageTag) -> [WorksheetFieldText] {
            let chosen = worksheet.content.value(for: language).fields
            return fields.indices.map { index in
                index < chosen.count ? chosen[index] : (index < original.count ? original[index] : WorksheetFieldText(label: fields[index].id))
            }
        }
        chineseTexts = texts(.simplifiedChinese)
        englishTexts = texts(.english)
        let allContents = [worksheet.content.original] + worksheet.content.translations.values
        units = fields.indices.map { index in
            allContents.compactMap { index < $0.fields.count ? $0.fields[index].unit : nil }
        }
        (evaluationOrder, brokenFormulas) = Self.order(fields)
    }

    /// Checks answers.
    /// - Parameter answers: field id → the text as typed (computed fields' entries are ignored;
    ///   a missing entry is an empty answer).
    /// - Returns: one result per field, in the worksheet's order.
    public func check(_ answers: [String: String]) -> WorksheetCheck {
        let fields = worksheet.fields
        var results: [WorksheetFieldResult] = []
        results.reserveCapacity(fields.count)
        var values: [String: Fraction] = [:]
        for (index, field) in fields.enumerated() {
            guard !field.isComputed else {
                results.append(WorksheetFieldResult(id: field.id))
                continue
            }
            let result = checkTyped(index, answers[field.id] ?? "")
            if case .number(let number)? = result.value { values[field.id] = number.fraction }
            results.append(result)
        }
        for index in evaluationOrder {
            results[index] = compute(index, values: &values)
        }
        for index in brokenFormulas {
            results[index] = WorksheetFieldResult(id: fields[index].id, messages: [.brokenFormula])
        }
        return WorksheetCheck(fields: results)
    }

    /// Checks one typed answer alone (formulas are not worked out).
    /// - Returns: `nil` when the worksheet has no such field or the field is computed.
    public func check(field id: String, answer: String) -> WorksheetFieldResult? {
        guard let index = worksheet.fields.firstIndex(where: { $0.id == id }), !worksheet.fields[index].isComputed else { return nil }
        return checkTyped(index, answer)
    }

    // MARK: - Typed fields

    private func checkTyped(_ index: Int, _ answer: String) -> WorksheetFieldResult {
        let field = worksheet.fields[index]
        let text = answer.trimmed
        if text.isEmpty {
            let required = field.checks.required
            return WorksheetFieldResult(id: field.id, messages: required ? [.required] : [], isMissing: required)
        }
        switch field.kind {
        case .text, .longText:
            return WorksheetFieldResult(id: field.id, value: .text(text), messages: textMessages(index, text))
        case .number, .money:
            switch TypedNumber.read(text, kind: field.kind, scale: field.scale, units: units[index]) {
            case .success(let number):
                return WorksheetFieldResult(id: field.id, value: .number(number), messages: rangeMessages(index, number, computed: false))
            case .failure(let problem):
                return WorksheetFieldResult(id: field.id, messages: [Self.message(for: problem, isMoney: field.kind == .money)])
            }
        case .choice:
            guard let choice = option(index, text) else { return WorksheetFieldResult(id: field.id, messages: [.notAnOption]) }
            return WorksheetFieldResult(id: field.id, value: .choice(choice))
        }
    }

    private func textMessages(_ index: Int, _ text: String) -> [WorksheetMessage] {
        let checks = worksheet.fields[index].checks
        var messages: [WorksheetMessage] = []
        let count = text.count
        if let minimum = checks.minLength, count < minimum { messages.append(.tooShort(minimum: minimum, count: count)) }
        if let maximum = checks.maxLength, count > maximum { messages.append(.tooLong(maximum: maximum, count: count)) }
        if !checks.forbidden.isEmpty {
            let folded = Self.folded(text)
            for (wordIndex, word) in checks.forbidden.enumerated() where !word.isEmpty && folded.contains(Self.folded(word)) {
                messages.append(.forbidden(word: word, chineseReason: reason(chineseTexts, index, wordIndex),
                                           englishReason: reason(englishTexts, index, wordIndex)))
            }
        }
        return messages
    }

    private func reason(_ texts: [WorksheetFieldText], _ index: Int, _ wordIndex: Int) -> String {
        let reasons = texts[index].reasons
        return wordIndex < reasons.count ? reasons[wordIndex] : ""
    }

    private func rangeMessages(_ index: Int, _ number: WorksheetNumber, computed: Bool) -> [WorksheetMessage] {
        let checks = worksheet.fields[index].checks
        let unit = (Self.unitSuffix(chineseTexts[index].unit), Self.unitSuffix(englishTexts[index].unit))
        if let minimum = checks.min, number < minimum {
            return [computed ? .computedBelowMinimum(number, minimum, unit: unit) : .belowMinimum(minimum, unit: unit)]
        }
        if let maximum = checks.max, number > maximum {
            return [computed ? .computedAboveMaximum(number, maximum, unit: unit) : .aboveMaximum(maximum, unit: unit)]
        }
        return []
    }

    /// The option a choice answer names: an option's text in any language, else its number from 1.
    private func option(_ index: Int, _ text: String) -> Int? {
        let field = worksheet.fields[index]
        if let found = field.options.firstIndex(of: text) { return found }
        for content in worksheet.content.translations.values where index < content.fields.count {
            if let found = content.fields[index].options.firstIndex(of: text), found < field.options.count { return found }
        }
        if let number = Int(text), number >= 1, number <= field.options.count { return number - 1 }
        return nil
    }

    // MARK: - Computed fields

    private func compute(_ index: Int, values: inout [String: Fraction]) -> WorksheetFieldResult {
        let field = worksheet.fields[index]
        guard let formula = field.formula else { return WorksheetFieldResult(id: field.id) }
        let waiting = formula.inputs.filter { values[$0] == nil }
        if !waiting.isEmpty { return WorksheetFieldResult(id: field.id, waitingFor: waiting) }
        switch FormulaEvaluator(values: values).evaluate(formula.expression) {
        case .failure(.divisionByZero(let divisor)):
            let names = divisor.flatMap { id in fieldIndex(id).map { (chineseTexts[$0].label, englishTexts[$0].label) } }
            return WorksheetFieldResult(id: field.id, messages: [.divisionByZero(divisor: names)])
        case .failure(.missingValue(let id)):
            return WorksheetFieldResult(id: field.id, waitingFor: [id])
        case .failure(.tooLarge):
            return WorksheetFieldResult(id: field.id, messages: [.resultTooLarge])
        case .success(let fraction):
            guard let number = fraction.rounded(scale: field.scale, field.rounding) else {
                return WorksheetFieldResult(id: field.id, messages: [.resultTooLarge])
            }
            values[field.id] = number.fraction
            let shown = field.kind == .money ? number : number.normalized
            return WorksheetFieldResult(id: field.id, value: .number(shown), messages: rangeMessages(index, number, computed: true))
        }
    }

    private func fieldIndex(_ id: String) -> Int? {
        worksheet.fields.firstIndex { $0.id == id }
    }

    /// The computed fields in an order where each comes after the computed fields it uses
    /// (Kahn's algorithm), and those that cannot be worked out at all.
    private static func order(_ fields: [WorksheetField]) -> (order: [Int], broken: Set<Int>) {
        var indexOf: [String: Int] = [:]
        for (index, field) in fields.enumerated() where indexOf[field.id] == nil { indexOf[field.id] = index }
        var broken: Set<Int> = []
        var pending: [Int: Set<Int>] = [:]
        for (index, field) in fields.enumerated() {
            guard let formula = field.formula else { continue }
            var uses: Set<Int> = []
            for input in formula.inputs {
                guard let used = indexOf[input], fields[used].kind.isNumeric else { broken.insert(index); break }
                if fields[used].isComputed { uses.insert(used) }
            }
            if !broken.contains(index) { pending[index] = uses }
        }
        var order: [Int] = []
        var done: Set<Int> = []
        while true {
            let ready = pending.filter { $0.value.isSubset(of: done) }.keys.sorted()
            guard !ready.isEmpty else { break }
            for index in ready {
                order.append(index)
                done.insert(index)
                pending[index] = nil
            }
        }
        broken.formUnion(pending.keys)  // in a circle, or using one that is
        return (order, broken)
    }

    // MARK: - Helpers

    private static func message(for problem: TypedNumber.Problem, isMoney: Bool) -> WorksheetMessage {
        switch problem {
        case .notANumber: return .notANumber
        case .tooManyDecimals(let allowed): return .tooManyDecimals(allowed: allowed, isMoney: isMoney)
        case .tooLarge: return .tooLarge
        }
    }

    /// A unit as written after a number in a message: `%` right after it, a word after a space.
    private static func unitSuffix(_ unit: String?) -> String {
        guard let unit = unit?.trimmed, !unit.isEmpty else { return "" }
        return unit == "%" || unit == "％" ? unit : " " + unit
    }

    /// Text for finding forbidden words: full-width letters and digits as ASCII, lower case.
    static func folded(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.map(FormulaTokenizer.fold))
        return String(scalars).lowercased()
    }
}
