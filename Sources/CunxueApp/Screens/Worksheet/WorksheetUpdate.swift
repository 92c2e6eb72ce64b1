import LessonKit
import ProgressKit
import TerminalKit

extension WorksheetState: ScreenState {
    /// Opens a worksheet where the learner left it: the finished page for a finished sheet,
    /// else the first field still to fill in or fix.
    static func open(moduleID: String, sheetID: String, context: inout ScreenContext) -> [Effect] {
        var state = WorksheetState(moduleID: moduleID, sheetID: sheetID)
        guard let sheet = state.worksheet(context) else {
            context.say(.warning) { $0.sheetMissing }
            return []
        }
        let saved = context.record?.worksheetAnswers(id: state.answersID)
        let check = WorksheetChecker(worksheet: sheet).check(saved?.answers ?? [:])
        let typed = sheet.fields.indices.filter { !sheet.fields[$0].isComputed }
        state.current = typed.first { !check.fields[$0].isFine } ?? typed.first ?? 0
        if saved != nil { state.left = Set(sheet.fields.prefix(state.current).map(\.id)) }
        state.showsPage = saved?.isFinished == true
        context.show(.worksheet(state))
        return []
    }

    /// Typing into the open field, moving between fields, finishing and leaving.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        guard case .key(let key) = input else { return [] }
        guard let sheet = worksheet(context), sheet.fields.indices.contains(current) else {
            leave(context: &context)
            return []
        }
        return showsPage ? pageKey(key, sheet, context: &context) : formKey(key, sheet, context: &context)
    }

    private mutating func pageKey(_ key: Key, _ sheet: Worksheet, context: inout ScreenContext) -> [Effect] {
        switch key {
        case .escape, .backspace: leave(context: &context)
        case .enter, .character("e"), .character("E"): showsPage = false
        default: break
        }
        return []
    }

    private mutating func formKey(_ key: Key, _ sheet: Worksheet, context: inout ScreenContext) -> [Effect] {
        let field = sheet.fields[current]
        var text = answers(context)[field.id] ?? ""
        switch key {
        case .escape:
            leave(context: &context)
            context.say(.info) { $0.sheetSaved }
            return []
        case .up, .backTab: move(by: -1, sheet)
        case .down, .tab: move(by: 1, sheet)
        case .enter: return enter(sheet, context: &context)
        case .backspace:
            guard !text.isEmpty else { return [] }
            text.removeLast()
            return save(field.id, text, context: &context)
        case .character(let c) where field.kind == .choice:
            guard let n = c.wholeNumberValue, n >= 1, n <= field.options.count else { return [] }
            return save(field.id, field.options[n - 1], context: &context)
        case .character(let c) where Self.isTypable(c):
            let limit = field.kind == .longText ? 2000 : 200
            guard text.count < limit else { return [] }
            text.append(c)
            return save(field.id, text, context: &context)
        default: break
        }
        return []
    }

    /// Enter: the next field, or on the last field the finished page when every check passes.
    private mutating func enter(_ sheet: Worksheet, context: inout ScreenContext) -> [Effect] {
        let typed = sheet.fields.indices.filter { !sheet.fields[$0].isComputed }
        if current != typed.last {
            move(by: 1, sheet)
            return []
        }
        left.insert(sheet.fields[current].id)
        let check = WorksheetChecker(worksheet: sheet).check(answers(context))
        guard check.isComplete else {
            left.formUnion(sheet.fields.map(\.id))
            let open = check.openCount
            context.say(.warning) { $0.sheetStillOpen(open) }
            current = typed.first { !check.fields[$0].isFine } ?? current
            return []
        }
        showsPage = true
        var saved = context.record?.worksheetAnswers(id: answersID)
            ?? WorksheetAnswers(id: answersID, updatedAt: context.now)
        saved.finishedAt = context.now
        return context.changeRecord { $0.saveWorksheet(saved) }
    }

    /// Moves to the next (`step` 1) or previous (−1) typed field, noting the one left.
    private mutating func move(by step: Int, _ sheet: Worksheet) {
        let typed = sheet.fields.indices.filter { !sheet.fields[$0].isComputed }
        guard let position = typed.firstIndex(of: current) else { return }
        let next = position + step
        guard typed.indices.contains(next) else { return }
        left.insert(sheet.fields[current].id)
        current = typed[next]
    }

    /// Keeps `text` as the answer to `fieldID` in the record (the save effect goes with it);
    /// a changed sheet is no longer marked finished.
    private func save(_ fieldID: String, _ text: String, context: inout ScreenContext) -> [Effect] {
        var saved = context.record?.worksheetAnswers(id: answersID) ?? WorksheetAnswers(id: answersID, updatedAt: context.now)
        saved.answers[fieldID] = text
        saved.updatedAt = context.now
        saved.finishedAt = nil
        return context.changeRecord { $0.saveWorksheet(saved) }
    }

    private func leave(context: inout ScreenContext) {
        guard let module = context.library.module(moduleID) else {
            context.show(.home(HomeState()))
            return
        }
        let row = ModulePageState.firstWorksheetRow(module) + (module.worksheets.firstIndex { $0.id == sheetID } ?? 0)
        context.show(.module(ModulePageState(moduleID: moduleID, selection: row)))
    }

    /// Whether a typed character may go into an answer: no control, format (bidi) or
    /// line-separator characters.
    static func isTypable(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse: return false
            default: return true
            }
        }
    }
}
