import Foundation
import TerminalKit

/// The instructor's tools: the USB folder picker, the page after an import, the PIN change and
/// the confirmations before clearing a PIN or renaming.
extension InstructorState {
    /// Handles a key on one of the tools' pages.
    /// - Returns: the effects, or nil when the page is not one of theirs.
    mutating func toolKey(_ key: Key, context: inout ScreenContext) -> [Effect]? {
        switch page {
        case .pickFolder(var picker):
            let action = picker.apply(key, page: FolderPickerView.listHeight(context))
            page = .pickFolder(picker)
            return perform(action)
        case .importing:
            // The import runs on either way; its result (or a notice) is shown when it comes.
            if key == .escape { page = .menu(.importFolder) }
            return []
        case .importDone(let preview, let scroll):
            page = key == .escape || key == .enter ? .menu(.importFolder) : .importDone(preview, scroll: Self.scrolled(scroll, by: key))
            return []
        case .changePIN(var change):
            return changePINKey(key, change: &change, context: &context)
        case .confirmResetPIN(let id):
            return confirm(key, id: id) { [.resetPIN(learnerID: id), .loadClass] }
        case .confirmRename(let id, let name):
            return confirm(key, id: id) { [.rename(learnerID: id, name: name), .loadClass, .loadLearners] }
        default:
            return nil
        }
    }

    /// Whether `event` is a result for the tools' pages.
    func isToolResult(_ event: Event) -> Bool {
        switch event {
        case .foldersListed, .importFinished, .instructorPINChanged: return true
        case .notice:
            if case .importing = page { return true }
            if case .changePIN(let change) = page { return change.step == .checking } else { return false }
        default: return false
        }
    }

    /// Applies a result for the tools' pages.
    mutating func toolResult(_ event: Event, context: inout ScreenContext) -> [Effect] {
        switch (event, page) {
        case (.foldersListed(let listing), .pickFolder(var picker)):
            let action = picker.show(listing)
            if listing.failed, let path = listing.path { context.notice = Notice(.warning, zh: Strings(.zh).pickerFolderGone(path), en: Strings(.en).pickerFolderGone(path)) }
            page = .pickFolder(picker)
            return perform(action)
        case (.importFinished(let done), _):
            page = .importDone(done, scroll: 0)
        case (.instructorPINChanged(true, _), .changePIN):
            page = .menu(.changePIN)
            context.notice = Notice(.info, zh: Strings(.zh).pinChangeDone, en: Strings(.en).pinChangeDone)
        case (.instructorPINChanged(false, let wait), .changePIN(var change)):
            change.wrongCurrentPIN()
            page = .changePIN(change)
            let seconds = wait.map { max(1, Int($0.timeIntervalSince(context.now).rounded(.up))) }
            context.notice = Notice(.warning, zh: seconds.map { Strings(.zh).pinChangeWait($0) } ?? Strings(.zh).pinChangeWrongOld,
                                    en: seconds.map { Strings(.en).pinChangeWait($0) } ?? Strings(.en).pinChangeWrongOld)
        case (.notice, .importing):
            page = .menu(.importFolder)  // the import failed: the notice says why
        case (.notice, .changePIN):
            page = .menu(.changePIN)  // the change failed (the file could not be read or written): the notice says why
        default:
            break
        }
        return []
    }

    private mutating func perform(_ action: FolderPickerState.Action) -> [Effect] {
        switch action {
        case .none: return []
        case .list(let path): return [.listFolders(path: path)]
        case .use(let path):
            if case .pickFolder(let picker) = page { pickerBeforePreview = picker }
            return [.previewImport(path: path)]
        case .type:
            if case .pickFolder(let picker) = page { page = .importPath(text: picker.path ?? "") }
            return []
        case .close:
            page = .menu(.importFolder)
            return []
        }
    }

    private mutating func changePINKey(_ key: Key, change: inout InstructorPINChange, context: inout ScreenContext) -> [Effect] {
        let action = change.apply(key)
        page = .changePIN(change)
        switch action {
        case .none: return []
        case .close:
            page = .menu(.changePIN)
            return []
        case .mismatch:
            context.notice = Notice(.warning, zh: Strings(.zh).pinChangeMismatch, en: Strings(.en).pinChangeMismatch)
            return []
        case .change(let current, let new):
            return [.changeInstructorPIN(current: current, new: new)]
        }
    }

    /// A confirmation: 1 or Y does it, Enter, Esc or N go back to the learner; other keys wait.
    private mutating func confirm(_ key: Key, id: String, _ effects: () -> [Effect]) -> [Effect] {
        switch key {
        case .character("1"), .character("y"), .character("Y"):
            page = .learner(id: id, scroll: 0)
            return effects()
        case .enter, .escape, .character("n"), .character("N"):
            page = .learner(id: id, scroll: 0)
        default: break
        }
        return []
    }
}
