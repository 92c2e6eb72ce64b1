import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// A learner's worksheets: the list, one sheet's page, exporting them.
extension InstructorState {
    mutating func sheetsKey(_ key: Key, id: String, selection: Int, context: inout ScreenContext) -> [Effect] {
        let rows = LearnerSheetRow.rows(member(id)?.record, context.library)
        var selection = selection
        switch ListKeys.apply(key, to: &selection, count: rows.count, page: Chrome.contentRect(for: context.size).height) {
        case .chose(let index):
            page = .sheet(id: id, sheetID: rows[index].id, scroll: 0)
        case .moved:
            page = .sheets(id: id, selection: selection)
        case .ignored:
            switch key {
            case .escape: page = .learner(id: id, scroll: 0)
            case .character("e"), .character("E"): return startExport(id, context: &context)
            default: break
            }
        }
        return []
    }

    mutating func sheetKey(_ key: Key, id: String, sheetID: String, scroll: Int, context: inout ScreenContext) -> [Effect] {
        switch key {
        case .up: page = .sheet(id: id, sheetID: sheetID, scroll: max(0, scroll - 1))
        case .down: page = .sheet(id: id, sheetID: sheetID, scroll: scroll + 1)
        case .pageUp: page = .sheet(id: id, sheetID: sheetID, scroll: max(0, scroll - 10))
        case .pageDown: page = .sheet(id: id, sheetID: sheetID, scroll: scroll + 10)
        case .home: page = .sheet(id: id, sheetID: sheetID, scroll: 0)
        case .end: page = .sheet(id: id, sheetID: sheetID, scroll: Int.max / 2)
        case .character("e"), .character("E"): return startExport(id, context: &context)
        case .escape:
            let rows = LearnerSheetRow.rows(member(id)?.record, context.library)
            page = .sheets(id: id, selection: rows.firstIndex { $0.id == sheetID } ?? 0)
        default: break
        }
        return []
    }

    /// E: the folder page, empty until the suggested folder comes back; a learner who filled in
    /// nothing is told at once.
    private mutating func startExport(_ id: String, context: inout ScreenContext) -> [Effect] {
        guard let found = member(id), let record = found.record, !SheetExporter.filled(record).isEmpty else {
            let name = member(id)?.summary.name ?? id
            context.notice = Notice(.warning, zh: "\(name) 还没有填过实操单，没有可以导出的。",
                                    en: "\(name) has not filled in a worksheet yet: nothing to export.")
            return []
        }
        page = .exportPath(id: id, text: "")
        return [.suggestExportFolder]
    }

    /// The suggested folder fills the box unless the instructor has typed already.
    mutating func exportFolderSuggested(_ folder: String) {
        if case .exportPath(let id, "") = page { page = .exportPath(id: id, text: folder) }
    }

    mutating func exportPathKey(_ key: Key, id: String, text: String, context: ScreenContext) -> [Effect] {
        var text = text
        switch key {
        case .character(let c): text.append(c)
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .enter:
            let folder = text.trimmingCharacters(in: .whitespaces)
            return folder.isEmpty ? [] : [.exportSheets(learnerID: id, folder: folder, language: context.language)]
        case .escape:
            page = .sheets(id: id, selection: 0)
            return []
        default: break
        }
        page = .exportPath(id: id, text: text)
        return []
    }

    /// A learner's detail and a sheet's page scroll no further than their last line, so ↑ moves
    /// at once after ↓ was held down.
    mutating func keepScrollInRange(_ context: ScreenContext) {
        let content = Chrome.contentRect(for: context.size)
        switch page {
        case .learner(let id, let scroll):
            let count = LearnerDetailView.lines(member(id), standing(id), context, width: content.width).count
            page = .learner(id: id, scroll: min(scroll, max(0, count - content.height)))
        case .sheet(let id, let sheetID, let scroll):
            let row = LearnerSheetRow.rows(member(id)?.record, context.library).first { $0.id == sheetID }
            let count = SheetsView.pageLines(row, context, width: content.width).count
            page = .sheet(id: id, sheetID: sheetID, scroll: min(scroll, max(0, count - content.height)))
        default:
            break
        }
    }
}
