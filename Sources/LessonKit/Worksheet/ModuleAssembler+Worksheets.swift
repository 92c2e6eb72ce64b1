extension ModuleAssembler {
    /// The worksheets whose original loaded, each with the translations that match it (those
    /// that do not are reported and left out).
    mutating func assembleWorksheets() -> [Worksheet] {
        let language = moduleFile?.language ?? .simplifiedChinese
        var worksheets: [Worksheet] = []
        for index in files.indices {
            guard case .worksheet(let name) = files[index].role.kind, files[index].role.language == nil,
                  case .worksheet(let original)? = files[index].content else { continue }
            let originalContent = WorksheetContent(
                title: original.title ?? name, summary: original.summary, introduction: original.introduction,
                fields: original.fields.map(\.text), sourcePath: files[index].report.file)
            let check = WorksheetTranslationCheck(original: original)
            var translations: [LanguageTag: WorksheetContent] = [:]
            for other in files.indices where files[other].role.kind == .worksheet(name: name) {
                guard let tag = files[other].role.language, case .worksheet(let translated)? = files[other].content else { continue }
                let mismatches = translated.isReadable ? check.mismatches(of: translated) : []
                for found in mismatches {
                    files[other].report.add(.worksheet(.translationMismatch(found.mismatch)),
                                            line: found.position.line, column: found.position.column)
                }
                let content = check.content(of: translated, originalContent: originalContent, sourcePath: files[other].report.file)
                if mismatches.isEmpty {
                    WorksheetExampleCheck(fields: original.fields, texts: content.fields)
                        .report(into: &files[other].report, written: translated.fields)
                }
                if files[other].isUsable { translations[tag] = content }
            }
            guard files[index].isUsable else { continue }
            let fields = original.fields.map { field in
                WorksheetField(id: field.id ?? "", kind: field.kind ?? .text, checks: field.checks, formula: field.formula,
                               options: field.options, decimals: field.decimals, rounding: field.rounding)
            }
            worksheets.append(Worksheet(id: name, moduleID: moduleID, fields: fields,
                                        content: Localized(originalLanguage: language, original: originalContent,
                                                           translations: translations)))
        }
        return worksheets
    }
}
