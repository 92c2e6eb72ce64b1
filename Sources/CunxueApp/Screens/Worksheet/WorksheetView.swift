import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// A worksheet: the form with the open field's label, hint, example and typed text, each
/// field's message beside it; or, when finished, the whole sheet as one page.
enum WorksheetView {
    static func render(_ sheet: WorksheetState, _ context: ScreenContext, into screen: inout Screen) {
        guard let worksheet = sheet.worksheet(context) else { return }
        let title = LineWrapper.truncate(clean(worksheet.title.value(for: context.contentLanguage)), width: 40, ambiguous: context.ambiguous)
        Chrome(title: title, trailing: context.record?.learner.displayName, hints: hints(sheet, context, width: screen.size.width))
            .render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        let check = WorksheetChecker(worksheet: worksheet).check(sheet.answers(context))
        let (lines, focus) = sheet.showsPage
            ? (pageLines(sheet, worksheet, check, context, width: content.width), 0)
            : formLines(sheet, worksheet, check, context, width: content.width)
        let top = max(0, min(focus - 1, lines.count - content.height))
        for (i, line) in lines.dropFirst(top).prefix(content.height).enumerated() {
            screen.put(line.text, x: content.x, y: content.y + i, clip: content)
            if let cursor = line.cursor { screen.cursor = Point(x: content.x + cursor, y: content.y + i) }
        }
    }

    /// The worksheet's keys. On the form, below 70 columns ↑↓ gives way (Enter goes on to the
    /// next field, ▶ marks the open one) and Esc's label is shorter in English, so that reading
    /// aloud stays in view beside the way out and the key that erases (those two stay whatever
    /// the width, see `Chrome`).
    static func hints(_ sheet: WorksheetState, _ context: ScreenContext, width: Int) -> [KeyHintBar.Hint] {
        let s = context.strings
        if sheet.showsPage {
            return [.init("Esc", s.keyBack), .init("Enter", s.keyEditSheet), .init("?", s.keyHelp), .init("L", s.keyLanguage)]
        }
        let narrow = width < 70
        let arrows: [KeyHintBar.Hint] = narrow ? [] : [.init("↑↓", s.keySelect)]
        return arrows + [.init("Enter", s.keyNextField), .init("Esc", narrow ? s.keySaveAndLeaveShort : s.keySaveAndLeave),
                         .init("F3", context.isReadingAloud ? s.keyStopReading : s.keyReadAloud), .init(s.backspaceKey, s.keyBackspace)]
    }

    /// One drawn line, with the cursor's column when the typed text ends on it.
    struct Line {
        var text: StyledLine
        var cursor: Int? = nil
    }

    /// The form's lines and the line where the open field starts.
    static func formLines(_ sheet: WorksheetState, _ worksheet: Worksheet, _ check: WorksheetCheck, _ context: ScreenContext,
                          width: Int) -> ([Line], Int) {
        let answers = sheet.answers(context)
        var lines: [Line] = []
        var focus = 0
        for (index, field) in worksheet.fields.enumerated() {
            let texts = fieldText(worksheet, index, context)
            let result = check.fields[index]
            if index == sheet.current {
                focus = lines.count
                lines += openField(field, texts, answers[field.id] ?? "", context, width: width)
            } else {
                lines += closedField(field, texts, result, answers[field.id] ?? "", context, width: width)
            }
            let showsMissing = sheet.left.contains(field.id) || index == sheet.current && !(answers[field.id] ?? "").isEmpty
            let messages = result.isMissing && !showsMissing ? [] : result.messages
            for message in messages {
                let wrapped = LineWrapper.wrap(StyledLine(clean(message.text(in: context.contentLanguage)), style: Theme.warning),
                                               width: width - 4, ambiguous: context.ambiguous)
                lines += wrapped.enumerated().map { Line(text: $1.prefixed(by: [Span($0 == 0 ? "  ! " : "    ", style: Theme.warning)])) }
            }
        }
        return (lines, focus)
    }

    private static func openField(_ field: WorksheetField, _ texts: WorksheetFieldText, _ typed: String, _ context: ScreenContext,
                                  width: Int) -> [Line] {
        let s = context.strings
        var lines = [Line(text: StyledLine(context.glyphs.pointer + " " + clean(texts.label), style: Theme.emphasis))]
        var notes: [String] = []
        if let hint = texts.hint { notes.append(s.sheetHint + clean(hint)) }
        if let example = texts.example { notes.append(s.sheetExample + clean(example)) }
        if field.kind == .choice {
            let options = field.options.indices.map { "\($0 + 1) " + clean(optionText(field, texts, $0)) }
            notes.append(s.sheetChoice(field.options.count) + s.sheetColon + options.joined(separator: "  "))
        }
        for note in notes {
            lines += LineWrapper.wrap(StyledLine(note, style: Theme.muted), width: width - 2, ambiguous: context.ambiguous).map { Line(text: $0.prefixed(by: [Span("  ")])) }
        }
        let shown = field.kind == .choice ? choiceText(field, texts, typed) : clean(typed)
        let unit = texts.unit.map { " " + clean($0) } ?? ""
        let wrapped = LineWrapper.wrap(StyledLine(shown, style: Theme.emphasis), width: max(1, width - 4 - DisplayWidth.of(unit, ambiguous: context.ambiguous)), ambiguous: context.ambiguous)
        for (i, piece) in wrapped.enumerated() {
            let last = i == wrapped.count - 1
            var line = piece.prefixed(by: [Span(i == 0 ? "  > " : "    ")])
            if last { line = StyledLine(line.spans + [Span(unit, style: Theme.muted)]) }
            lines.append(Line(text: line, cursor: last ? 4 + piece.width(ambiguous: context.ambiguous) : nil))
        }
        return lines
    }

    private static func closedField(_ field: WorksheetField, _ texts: WorksheetFieldText, _ result: WorksheetFieldResult,
                                    _ typed: String, _ context: ScreenContext, width: Int) -> [Line] {
        let s = context.strings
        let label = "  " + clean(texts.label) + (field.isComputed ? s.sheetComputed : "") + s.sheetColon
        let unit = texts.unit.map { " " + clean($0) } ?? ""
        let value: StyledLine
        if field.isComputed {
            value = result.value.map { StyledLine($0.description + unit, style: Theme.emphasis) }
                ?? StyledLine(result.waitingFor.isEmpty ? "—" : s.sheetWaiting, style: Theme.muted)
        } else if typed.trimmingCharacters(in: .whitespaces).isEmpty {
            value = StyledLine(s.sheetEmptyAnswer, style: Theme.muted)
        } else {
            let shown = field.kind == .choice ? choiceText(field, texts, typed) : clean(typed)
            value = StyledLine(shown + (field.kind.isNumeric ? unit : ""))
        }
        let mark = result.isFine && (result.value != nil) ? StyledLine(" ✓", style: Theme.good) : StyledLine("")
        let line = StyledLine([Span(label)] + value.spans + mark.spans)
        return [Line(text: LineWrapper.truncate(line, width: width, ambiguous: context.ambiguous))]
    }

    /// The finished sheet as one page: every field's label and answer, wrapped.
    static func pageLines(_ sheet: WorksheetState, _ worksheet: Worksheet, _ check: WorksheetCheck, _ context: ScreenContext,
                          width: Int) -> [Line] {
        pageLines(answers: sheet.answers(context), worksheet, check, context, width: width)
    }

    /// The sheet with `answers` as one page (the instructor sees a learner's sheet this way too),
    /// under `heading` and over `note` (the learner's by default).
    static func pageLines(answers: [String: String], _ worksheet: Worksheet, _ check: WorksheetCheck, _ context: ScreenContext,
                          width: Int, heading: StyledLine? = nil, note: StyledLine? = nil) -> [Line] {
        let s = context.strings
        var lines = [Line(text: heading ?? StyledLine(s.sheetFinishedTitle, style: Theme.good)), Line(text: StyledLine(""))]
        for (index, field) in worksheet.fields.enumerated() {
            let texts = fieldText(worksheet, index, context)
            let unit = texts.unit.map { " " + clean($0) } ?? ""
            let answer: String
            if field.isComputed {
                answer = check.fields[index].value.map { $0.description + unit } ?? "—"
            } else if field.kind == .choice {
                answer = choiceText(field, texts, answers[field.id] ?? "")
            } else {
                answer = clean(answers[field.id] ?? "") + (field.kind.isNumeric ? unit : "")
            }
            let line = StyledLine([Span(clean(texts.label) + s.sheetColon, style: Theme.emphasis), Span(answer)])
            lines += LineWrapper.wrap(line, width: width, ambiguous: context.ambiguous).map { Line(text: $0) }
        }
        lines.append(Line(text: StyledLine("")))
        lines += LineWrapper.wrap(note ?? StyledLine(s.sheetFinishedNote, style: Theme.muted), width: width, ambiguous: context.ambiguous)
            .map { Line(text: $0) }
        return lines
    }

    static func fieldText(_ worksheet: Worksheet, _ index: Int, _ context: ScreenContext) -> WorksheetFieldText {
        worksheet.text(ofField: worksheet.fields[index].id, in: context.contentLanguage) ?? WorksheetFieldText(label: worksheet.fields[index].id)
    }

    private static func optionText(_ field: WorksheetField, _ texts: WorksheetFieldText, _ index: Int) -> String {
        index < texts.options.count ? texts.options[index] : field.options[index]
    }

    /// The open field's value as shown: the option's text for a choice, the typed text else,
    /// with the unit of a number.
    static func shownValue(_ field: WorksheetField, _ texts: WorksheetFieldText, _ typed: String) -> String {
        if field.kind == .choice { return choiceText(field, texts, typed) }
        let unit = texts.unit.map { " " + clean($0) } ?? ""
        return typed.isEmpty ? "" : clean(typed) + (field.kind.isNumeric ? unit : "")
    }

    private static func choiceText(_ field: WorksheetField, _ texts: WorksheetFieldText, _ typed: String) -> String {
        guard let index = field.options.firstIndex(of: typed) else { return clean(typed) }
        return clean(optionText(field, texts, index))
    }

    /// Text from a file or a learner made safe for one line of the terminal.
    static func clean(_ text: String) -> String {
        ScalarText.replacing(["\n", "\t"], in: TextSanitizer().sanitize(text), with: " ")
    }
}
