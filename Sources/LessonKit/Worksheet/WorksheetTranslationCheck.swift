/// Compares a translated worksheet's fields with the original's: the same ids, kinds and order,
/// the same number of options, the same forbidden words (only their reasons are translated).
struct WorksheetTranslationCheck {
    var original: WorksheetFile

    /// A difference and the line of the translation it is reported at.
    struct Finding: Equatable {
        var mismatch: WorksheetTranslationMismatch
        var position: SourcePosition
    }

    /// The differences, in field order (a different count is the only finding then).
    func mismatches(of translation: WorksheetFile) -> [Finding] {
        guard translation.fields.count == original.fields.count else {
            return [Finding(mismatch: .fieldCount(translation: translation.fields.count, original: original.fields.count),
                            position: SourcePosition(line: 1, column: 1))]
        }
        var findings: [Finding] = []
        for (offset, pair) in zip(translation.fields, original.fields).enumerated() {
            let (mine, theirs) = pair
            let number = offset + 1
            if let id = mine.id, let originalID = theirs.id, id != originalID {
                findings.append(Finding(mismatch: .id(number: number, translation: id, original: originalID), position: mine.position(of: "id")))
            } else if let kind = mine.kind, let originalKind = theirs.kind, kind != originalKind {
                findings.append(Finding(mismatch: .kind(number: number, translation: kind, original: originalKind),
                                        position: mine.position(of: "kind")))
            } else if mine.hasOptions, mine.options.count != theirs.options.count {
                findings.append(Finding(mismatch: .optionCount(number: number, translation: mine.options.count, original: theirs.options.count),
                                        position: mine.position(of: "options")))
            } else if mine.hasForbidden, mine.checks.forbidden != theirs.checks.forbidden {
                findings.append(Finding(mismatch: .forbiddenWords(number: number), position: mine.position(of: "forbidden")))
            }
        }
        return findings
    }

    /// The translation's content, with what it leaves out taken from the original.
    func content(of translation: WorksheetFile, originalContent: WorksheetContent, sourcePath: String) -> WorksheetContent {
        var texts = originalContent.fields
        for index in texts.indices where index < translation.fields.count {
            let mine = translation.fields[index]
            if mine.hasLabel { texts[index].label = mine.text.label }
            if let hint = mine.text.hint { texts[index].hint = hint }
            if let example = mine.text.example { texts[index].example = example }
            if let unit = mine.text.unit { texts[index].unit = unit }
            if mine.hasOptions { texts[index].options = mine.text.options }
            if mine.hasForbidden { texts[index].reasons = mine.text.reasons }
        }
        return WorksheetContent(
            title: translation.title ?? originalContent.title, summary: translation.summary ?? originalContent.summary,
            introduction: translation.introduction.blocks.isEmpty ? originalContent.introduction : translation.introduction,
            fields: texts, sourcePath: sourcePath)
    }
}
