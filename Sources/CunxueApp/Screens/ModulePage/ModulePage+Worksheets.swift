import LessonKit
import ProgressKit
import TerminalKit

extension ModulePageState {
    /// The row of a module page where its worksheets start (after the lessons, the rehearsals and
    /// the quiz).
    static func firstWorksheetRow(_ module: Module) -> Int {
        module.lessons.count + module.scenarios.count + (module.quiz == nil ? 0 : 1)
    }
}

extension ModulePageView {
    /// One row per worksheet, after the lessons and the quiz: its title and how far it got.
    static func worksheetItems(_ module: Module, _ context: ScreenContext) -> [SelectList.Item] {
        let s = context.strings
        return module.worksheets.map { sheet in
            let saved = context.record?.worksheetAnswers(id: WorksheetAnswers.id(moduleID: module.id, sheetID: sheet.id))
            let detail: StyledLine
            if saved?.isFinished == true {
                detail = StyledLine(s.sheetFinishedMark, style: Theme.good)
            } else if saved.map({ $0.answers.values.contains { !$0.isEmpty } }) == true {
                detail = StyledLine(s.sheetFilledIn, style: Theme.warning)
            } else {
                detail = StyledLine(s.sheetNotStarted, style: Theme.muted)
            }
            let title = WorksheetView.clean(sheet.title.value(for: context.contentLanguage))
            return SelectList.Item(StyledLine("✍ " + s.worksheetMark + "：" + title, style: Theme.emphasis), detail: detail)
        }
    }
}
