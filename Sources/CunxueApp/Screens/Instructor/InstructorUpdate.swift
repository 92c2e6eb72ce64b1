import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension InstructorState: ScreenState {
    /// The instructor's pages: each key goes to the page shown; the class and import previews
    /// come back as results.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        switch input {
        case .key(let key):
            if let effects = toolKey(key, context: &context) { return effects }
            let effects = handle(key, context: &context)
            keepScrollInRange(context)
            return effects
        case .result(let event) where isToolResult(event):
            return toolResult(event, context: &context)
        case .result(.classLoaded(let loaded)):
            setClass(loaded, context: context)
        case .result(.importPreviewed(let preview)):
            page = .importPreview(preview, scroll: 0)
        case .result(.exportFolderSuggested(let folder)):
            exportFolderSuggested(folder)
        case .result(.sheetsExported(let id, let report)):
            if case .exportPath(id, _) = page { page = .exported(id: id, report: report) }
        case .mouse, .result:
            break
        }
        return []
    }

    private mutating func handle(_ key: Key, context: inout ScreenContext) -> [Effect] {
        switch page {
        case .menu(let item): return menuKey(key, highlighted: item, context: &context)
        case .classTable(let selection): return classTableKey(key, selection: selection, context: context)
        case .learner(let id, let scroll): return learnerKey(key, id: id, scroll: scroll)
        case .rename(let id, let text): return renameKey(key, id: id, text: text)
        case .confirmRemove(let id): return confirmRemoveKey(key, id: id)
        case .importPath(let text): return importPathKey(key, text: text)
        case .importPreview(let preview, let scroll): return importPreviewKey(key, preview: preview, scroll: scroll)
        case .skipped(let scroll):
            if key == .escape { page = .menu(.skipped) } else { page = .skipped(scroll: Self.scrolled(scroll, by: key)) }
            return []
        case .sheets(let id, let selection): return sheetsKey(key, id: id, selection: selection, context: &context)
        case .sheet(let id, let sheetID, let scroll): return sheetKey(key, id: id, sheetID: sheetID, scroll: scroll, context: &context)
        case .exportPath(let id, let text): return exportPathKey(key, id: id, text: text, context: context)
        case .exported(let id, _):
            if key == .escape || key == .enter { page = .sheets(id: id, selection: 0) }
            return []
        case .pickFolder, .importing, .importDone, .changePIN, .confirmResetPIN, .confirmRename:
            return []  // toolKey
        }
    }

    /// ↑↓ move a scrolled page by a line (the view keeps the end in sight).
    static func scrolled(_ scroll: Int, by key: Key) -> Int {
        switch key {
        case .up: return max(0, scroll - 1)
        case .down: return scroll + 1
        case .pageUp: return max(0, scroll - 10)
        case .pageDown: return scroll + 10
        case .home: return 0
        default: return scroll
        }
    }

    // MARK: - Pages

    private mutating func menuKey(_ key: Key, highlighted item: MenuItem, context: inout ScreenContext) -> [Effect] {
        let items = MenuItem.allCases
        var selection = items.firstIndex(of: item) ?? 0
        let outcome = ListKeys.apply(key, to: &selection, count: items.count, page: items.count)
        page = .menu(items[selection])
        switch outcome {
        case .chose(let index): return open(items[index], context: &context)
        case .moved: return []
        case .ignored:
            guard key == .escape else { return [] }
            return open(.back, context: &context)
        }
    }

    private mutating func open(_ item: MenuItem, context: inout ScreenContext) -> [Effect] {
        switch item {
        case .classTable:
            page = .classTable(selection: 0)
            return [.loadClass]
        case .importFolder:
            page = .pickFolder(FolderPickerState())
            return [.listFolders(path: nil)]
        case .changePIN:
            page = .changePIN(InstructorPINChange())
        case .skipped:
            page = .skipped(scroll: 0)
        case .back:
            context.show(.signIn(SignInState()))
            return [.loadLearners]
        case .leave:
            context.quitNow()
            return []
        }
        return []
    }

    private mutating func classTableKey(_ key: Key, selection: Int, context: ScreenContext) -> [Effect] {
        var selection = selection
        let page = InstructorView.classTableHeight(context)
        switch ListKeys.apply(key, to: &selection, count: members.count, page: page, numbered: false) {
        case .chose(let index):
            self.page = .learner(id: members[index].summary.id, scroll: 0)
        case .moved:
            self.page = .classTable(selection: selection)
        case .ignored:
            if key == .escape { self.page = .menu(.classTable) }
            if key == .left || key == .right { moveModuleColumns(key == .right, context: context) }
        }
        return []
    }

    private mutating func learnerKey(_ key: Key, id: String, scroll: Int) -> [Effect] {
        switch key {
        case .character("p"), .character("P"):
            page = .confirmResetPIN(id: id)
        case .character("n"), .character("N"):
            page = .rename(id: id, text: member(id)?.summary.name ?? "")
        case .character("d"), .character("D"):
            page = .confirmRemove(id: id)
        case .character("w"), .character("W"):
            page = .sheets(id: id, selection: 0)
        case .escape:
            page = .classTable(selection: members.firstIndex { $0.summary.id == id } ?? 0)
        default:
            page = .learner(id: id, scroll: Self.scrolled(scroll, by: key))
        }
        return []
    }

    private mutating func renameKey(_ key: Key, id: String, text: String) -> [Effect] {
        var text = text
        switch key {
        case .character(let c): if text.count < 20 { text.append(c) }
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .enter:
            page = .confirmRename(id: id, name: text)
            return []
        case .escape:
            page = .learner(id: id, scroll: 0)
            return []
        default: break
        }
        page = .rename(id: id, text: text)
        return []
    }

    private mutating func confirmRemoveKey(_ key: Key, id: String) -> [Effect] {
        switch key {
        case .character("1"), .character("y"), .character("Y"):
            page = .classTable(selection: 0)
            return [.remove(learnerID: id), .loadClass, .loadLearners]
        case .enter, .escape, .character("n"), .character("N"):
            page = .learner(id: id, scroll: 0)
        default: break
        }
        return []
    }

    private mutating func importPathKey(_ key: Key, text: String) -> [Effect] {
        var text = text
        switch key {
        case .character(let c): text.append(c)
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .enter:
            let path = text.trimmingCharacters(in: .whitespaces)
            pickerBeforePreview = nil  // typed: Esc on the preview comes back to the typing
            return path.isEmpty ? [] : [.previewImport(path: path)]
        case .escape:
            page = .menu(.importFolder)
            return []
        default: break
        }
        page = .importPath(text: text)
        return []
    }

    private mutating func importPreviewKey(_ key: Key, preview: ImportPreview, scroll: Int) -> [Effect] {
        switch key {
        case .enter:
            guard preview.canImport else { return [] }
            page = .importing(path: preview.path)
            return [.runImport(path: preview.path, replace: preview.replaces)]
        case .escape:
            if let picker = pickerBeforePreview { page = .pickFolder(picker) } else { page = .importPath(text: preview.path) }
        default:
            page = .importPreview(preview, scroll: Self.scrolled(scroll, by: key))
        }
        return []
    }
}
