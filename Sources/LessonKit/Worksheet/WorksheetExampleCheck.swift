/// Warns about examples that their own field's checks would refuse: learners copy examples,
/// so an example with 最 in it, or too long, teaches the wrong thing.
struct WorksheetExampleCheck {
    /// The original's fields (their checks and structure).
    var fields: [ParsedField]
    /// The texts whose examples are checked (the original's, or a translation's), same order.
    var texts: [WorksheetFieldText]

    /// Adds a warning per example that fails, at its `example` line.
    /// - Parameters:
    ///   - report: the report of the file the texts come from.
    ///   - written: that file's fields, when it is a translation: only the examples it writes
    ///     itself are checked, at its own lines.
    func report(into report: inout FileReport, written: [ParsedField]? = nil) {
        let checker = WorksheetChecker(worksheet: worksheet)
        for (index, field) in fields.enumerated() where !field.isComputed && index < texts.count {
            let source = written.map { index < $0.count ? $0[index] : nil } ?? field
            guard let source, source.text.example != nil, let example = texts[index].example, let id = field.id,
                  let result = checker.check(field: id, answer: example), let message = result.messages.first else { continue }
            let position = source.position(of: "example")
            report.add(.worksheet(.exampleFailsCheck(example: example, message: message)), line: position.line, column: position.column)
        }
    }

    /// The fields as a worksheet, with `texts` as its only language (for the checker).
    private var worksheet: Worksheet {
        // A choice's example is one of the options in its own language.
        let structure = fields.enumerated().map { index, field in
            let options = index < texts.count && texts[index].options.count == field.options.count ? texts[index].options : field.options
            return WorksheetField(id: field.id ?? "", kind: field.kind ?? .text, checks: field.checks, formula: field.formula,
                                  options: options, decimals: field.decimals, rounding: field.rounding)
        }
        var shown = texts
        for index in shown.indices where index < fields.count && shown[index].reasons.count < fields[index].text.reasons.count {
            shown[index].reasons = fields[index].text.reasons
        }
        let content = WorksheetContent(title: "", fields: shown, sourcePath: "")
        return Worksheet(id: "", moduleID: "", fields: structure, content: Localized(originalLanguage: .simplifiedChinese, original: content))
    }
}
