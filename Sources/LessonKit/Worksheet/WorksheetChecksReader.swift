/// Reads a field's `checks` (`required`, `minLength`, `maxLength`, `min`, `max`, `forbidden`).
/// In a translation only `forbidden` is read, for its reasons.
struct WorksheetChecksReader: Sendable {
    var isTranslation: Bool

    static let checkKeys = ["required", "minLength", "maxLength", "min", "max", "forbidden"]

    /// Reads `checks` into `field`, recording where each check is written.
    func read(_ entry: FrontMatter.Entry, into field: inout ParsedField, report: inout FileReport) {
        guard case .mapping(let entries, _, _) = entry.value else {
            if !entry.value.isNull {
                report.add(.worksheet(.invalidValue(key: entry.key, value: WorksheetParser.shown(entry.value, report: &report),
                                                    expected: .checks)), line: entry.line, column: entry.column)
            }
            return
        }
        for check in entries {
            guard Self.checkKeys.contains(check.key) else {
                report.unknownKey(check, known: Self.checkKeys)
                continue
            }
            field.keyPositions[check.key] = SourcePosition(line: check.line, column: check.column)
            if isTranslation && check.key != "forbidden" {
                report.add(.ignoredInTranslation(key: check.key), line: check.line, column: check.column)
                continue
            }
            readCheck(check, into: &field, report: &report)
        }
    }

    private func readCheck(_ check: FrontMatter.Entry, into field: inout ParsedField, report: inout FileReport) {
        switch check.key {
        case "required":
            field.checks.required = report.boolean(check) ?? false
        case "minLength":
            field.checks.minLength = WorksheetFieldReader.integer(check, in: 0...Int(Int32.max), expected: .count, report: &report)
        case "maxLength":
            field.checks.maxLength = WorksheetFieldReader.integer(check, in: 0...Int(Int32.max), expected: .count, report: &report)
        case "min":
            field.checks.min = number(check, report: &report)
        case "max":
            field.checks.max = number(check, report: &report)
        default:
            readForbidden(check, into: &field, report: &report)
        }
    }

    /// A number such as `0`, `-5` or `12.5` (at most 4 digits after the point).
    private func number(_ check: FrontMatter.Entry, report: inout FileReport) -> WorksheetNumber? {
        if check.value.isNull { return nil }
        if case .scalar(let text, true, _, _) = check.value,
           case .success(let number) = TypedNumber.read(text, kind: .number, scale: 4, units: []) {
            return number
        }
        report.add(.worksheet(.invalidValue(key: check.key, value: WorksheetParser.shown(check.value, report: &report), expected: .number)),
                   line: check.line, column: check.column)
        return nil
    }

    private func readForbidden(_ check: FrontMatter.Entry, into field: inout ParsedField, report: inout FileReport) {
        guard case .sequence(let items, _, _) = check.value else {
            report.add(.worksheet(.invalidValue(key: check.key, value: WorksheetParser.shown(check.value, report: &report),
                                                expected: .forbiddenList)), line: check.line, column: check.column)
            return
        }
        field.hasForbidden = true
        if items.isEmpty {
            report.add(.worksheet(.emptyForbiddenList), line: check.line, column: check.column)
        }
        for item in items {
            let (line, column) = item.position
            var word: String?
            var reason: String?
            switch item {
            case .mapping(let entries, _, _):
                for entry in entries {
                    switch entry.key {
                    case "word": word = report.text(entry)?.trimmed
                    case "reason": reason = report.text(entry)?.trimmed
                    default: report.unknownKey(entry, known: ["word", "reason"])
                    }
                }
            case .scalar(let text, _, _, _):
                word = report.sanitized(text.trimmed, line: line, column: column)
            case .sequence:
                break
            }
            for (key, value) in [("word", word), ("reason", reason)] where value?.isEmpty ?? true {
                report.add(.worksheet(.missingKey(key: key, place: .forbiddenWord)), line: line, column: column)
            }
            field.checks.forbidden.append(word ?? "")
            field.text.reasons.append(reason ?? "")
        }
    }
}
