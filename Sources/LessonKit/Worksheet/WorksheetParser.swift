/// Reads a worksheet file's front matter (`title`, `summary`, `fields`) and reports what is
/// wrong, FILE:LINE:COL; the original's fields are also checked together (`WorksheetValidator`).
struct WorksheetParser: Sendable {
    /// Whether the file is a translation (only texts are read from it).
    var isTranslation: Bool

    /// The most fields a worksheet may have.
    static let maximumFields = 100
    private static let sheetKeys = ["title", "summary", "fields"]

    /// Parses a worksheet.
    /// - Parameters:
    ///   - frontMatter: the file's front matter entries.
    ///   - introduction: the body, already parsed.
    ///   - frontMatterIsReadable: whether the front matter could be read (missing keys are only
    ///     reported when it could).
    ///   - report: where findings go.
    func parse(frontMatter: FrontMatter, introduction: Document, frontMatterIsReadable: Bool,
               report: inout FileReport) -> WorksheetFile {
        var sheet = WorksheetFile(introduction: introduction, isReadable: frontMatterIsReadable)
        var fieldsEntry: FrontMatter.Entry?
        for entry in frontMatter.entries {
            switch entry.key {
            case "title": sheet.title = report.text(entry)
            case "summary": sheet.summary = report.text(entry)
            case "fields": fieldsEntry = entry
            default: report.unknownKey(entry, known: Self.sheetKeys)
            }
        }
        if sheet.title?.trimmed.isEmpty ?? true {
            sheet.title = nil
            if !isTranslation && frontMatterIsReadable { report.add(.worksheet(.missingKey(key: "title", place: .sheet))) }
        }
        if let fieldsEntry {
            sheet.fields = readFields(fieldsEntry, report: &report)
        } else if !isTranslation && frontMatterIsReadable {
            report.add(.worksheet(.missingKey(key: "fields", place: .sheet)))
        }
        if !isTranslation {
            WorksheetValidator(fields: sheet.fields).validate(report: &report)
        }
        return sheet
    }

    private func readFields(_ entry: FrontMatter.Entry, report: inout FileReport) -> [ParsedField] {
        guard case .sequence(let items, _, _) = entry.value else {
            if !entry.value.isNull || !isTranslation {
                report.add(.worksheet(.invalidValue(key: "fields", value: Self.shown(entry.value, report: &report), expected: .fieldList)),
                           line: entry.line, column: entry.column)
            }
            return []
        }
        if items.isEmpty && !isTranslation {
            report.add(.worksheet(.noFields), line: entry.line, column: entry.column)
        }
        if items.count > Self.maximumFields {
            report.add(.worksheet(.tooManyFields(count: items.count, limit: Self.maximumFields)), line: entry.line, column: entry.column)
        }
        var fields: [ParsedField] = []
        let reader = WorksheetFieldReader(isTranslation: isTranslation)
        for item in items.prefix(Self.maximumFields) {
            let (line, column) = item.position
            guard case .mapping(let keys, _, _) = item, !keys.isEmpty else {
                report.add(.worksheet(.invalidValue(key: "fields", value: Self.shown(item, report: &report), expected: .field)),
                           line: line, column: column)
                continue
            }
            fields.append(reader.read(keys, at: SourcePosition(line: line, column: column), report: &report))
        }
        return fields
    }

    /// A value as written, made safe for a message.
    static func shown(_ value: YAMLValue, report: inout FileReport) -> String {
        let (line, column) = value.position
        return report.sanitized(value.displayText, line: line, column: column)
    }
}
