import Foundation
import ProgressKit
import TerminalKit

/// The mistake notebook: what it is, a round to start, and each question with the day it
/// comes back for review.
enum NotebookView {
    /// Where the list is drawn (for clicks too).
    static func listRect(_ size: Size) -> Rect {
        let content = Chrome.contentRect(for: size)
        return Rect(x: content.x, y: content.y + 4, width: content.width, height: content.height - 4)
    }

    static func items(_ context: ScreenContext) -> [SelectList.Item] {
        let s = context.strings
        let entries = context.notebookEntries
        let due = context.dueReviewEntries.count
        let round = due > 0 ? s.notebookStartReview(due) : s.notebookStartPractice(entries.count)
        var items = [SelectList.Item(StyledLine(round, style: Theme.emphasis))]
        for entry in entries {
            let heading = context.library.index.question(entry.questionID)?.question.content
                .value(for: context.contentLanguage).headingText ?? entry.questionID
            let days = daysUntil(entry.dueAt, context)
            items.append(SelectList.Item(StyledLine(heading),
                                         detail: StyledLine(s.comesBack(inDays: days), style: days <= 0 ? Theme.warning : Theme.muted)))
        }
        return items
    }

    static func render(_ notebook: NotebookState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        Chrome(title: s.notebookTitle, trailing: context.record?.learner.displayName, hints: hints(s)).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        TextBlock(s.notebookExplain, style: Theme.muted)
            .render(in: Rect(x: content.x, y: content.y, width: content.width, height: 3), screen: &screen)
        let list = items(context)
        let rect = listRect(screen.size)
        SelectList(list, selected: min(notebook.selection, list.count - 1)).render(in: rect, screen: &screen)
        let first = SelectList(list, selected: notebook.selection).firstVisible(height: rect.height)
        Chrome.drawScrollMarks(above: first > 0, below: first + rect.height < list.count, beside: rect, screen: &screen)
    }

    static func hints(_ s: Strings) -> [KeyHintBar.Hint] {
        [.init("↑↓", s.keySelect), .init("Enter", s.keyPractise), .init("Esc", s.keyBack), .init("?", s.keyHelp), .init("L", s.keyLanguage)]
    }

    /// Whole days from today to the day `date` falls on, in the notebook's calendar.
    static func daysUntil(_ date: Date, _ context: ScreenContext) -> Int {
        let calendar = context.calendar
        return calendar.dateComponents([.day], from: calendar.startOfDay(for: context.now), to: calendar.startOfDay(for: date)).day ?? 0
    }
}
