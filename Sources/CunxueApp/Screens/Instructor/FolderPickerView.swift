import Foundation
import ProgressKit
import TerminalKit

/// The USB folder picker: where it is, whether there are lessons here, and the folders.
enum FolderPickerView {
    /// The rows a page of the picker shows at `context`'s size.
    static func listHeight(_ context: ScreenContext) -> Int {
        max(1, Chrome.contentRect(for: context.size).height - 3)
    }

    /// A folder as the instructor knows it: the stick's name, then the path inside it
    /// (`KINGSTON/课程`).
    static func shown(_ path: String, stick: String?) -> String {
        guard let stick, path.hasPrefix(stick) else { return path }
        return (stick as NSString).lastPathComponent + path.dropFirst(stick.count)
    }

    static func render(_ picker: FolderPickerState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        let hints: [KeyHintBar.Hint] = [.init("↑↓", s.keySelect), .init("Enter", s.keyOpen),
                                         .init("←", s.keyPickerUp), .init("T", s.keyPickerType), .init("Esc", s.keyBack)]
        Chrome(title: s.pickerTitle, trailing: nil, hints: hints).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        let heading = picker.path.map { SafeText.clean(shown($0, stick: picker.stick), limit: 1_000) } ?? s.pickerSticks
        screen.put(LineWrapper.truncate(heading, width: content.width, ambiguous: context.ambiguous), x: content.x, y: content.y, style: Theme.heading)
        if picker.isLoading {
            screen.put(s.pickerLooking, x: content.x, y: content.y + 2, style: Theme.emphasis)
            return
        }
        let listing = picker.listing
        var note: String?
        if listing?.hasLessons == true { note = s.pickerHasLessons }
        if listing?.truncated == true { note = (note.map { $0 + " " } ?? "") + s.pickerTooMany(listing?.folders.count ?? 0) }
        if let note { screen.put(LineWrapper.truncate(note, width: content.width, ambiguous: context.ambiguous), x: content.x, y: content.y + 1, style: Theme.good) }
        let rows = picker.rows
        let top = content.y + 2
        if picker.path == nil && rows.isEmpty {
            TextBlock(s.pickerNoSticks, style: Theme.warning)
                .render(in: Rect(x: content.x, y: top, width: content.width, height: content.height - 2), screen: &screen)
            return
        }
        var items = rows.map { row -> SelectList.Item in
            switch row {
            case .useThis: return SelectList.Item(s.pickerUseThis)
            case .folder(let name):
                // A stick by its name, a folder by its name.
                let shown = picker.path == nil ? (name as NSString).lastPathComponent : name
                return SelectList.Item(SafeText.clean(shown, limit: 200) + "/")
            }
        }
        if picker.path != nil && rows.count == 1 { items.append(SelectList.Item(s.pickerEmpty, isEnabled: false)) }
        SelectList(items, selected: picker.selection, numbered: false)
            .render(in: Rect(x: content.x, y: top, width: content.width, height: listHeight(context)), screen: &screen)
    }
}
