import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension AppState {
    /// Rows of the instructor's menu.
    enum InstructorMenuItem: CaseIterable { case classTable, importFolder, skipped, back, leave }

    // MARK: - Results coming back

    mutating func instructorEvent(_ event: Event) -> [Effect] {
        switch event {
        case .instructorStatus(let hasPIN):
            if case .instructorPIN(var entry) = route { entry.hasPIN = hasPIN; route = .instructorPIN(entry) }
        case .instructorPINChecked(let correct, let waitUntil):
            guard case .instructorPIN(var entry) = route else { return [] }
            entry.isChecking = false
            entry.digits = ""
            if correct {
                route = .instructor(InstructorState())
                return [.loadClass]
            }
            entry.waitUntil = waitUntil
            route = .instructorPIN(entry)
            notice = Notice(.error, zh: Strings(.zh).pinWrong, en: Strings(.en).pinWrong)
        case .classLoaded(let members):
            guard case .instructor(var state) = route else { return [] }
            state.members = neediestFirst(members)
            route = .instructor(state)
        case .importPreviewed(let preview):
            guard case .instructor(var state) = route else { return [] }
            state.page = .importPreview(preview, scroll: 0)
            route = .instructor(state)
        case .libraryLoaded(let library):
            self.library = library
        default:
            break
        }
        return []
    }

    /// Learners who need help first: least progress, then most mistakes waiting.
    func neediestFirst(_ members: [ClassMember]) -> [ClassMember] {
        func key(_ m: ClassMember) -> (Double, Int) {
            guard let record = m.record else { return (-1, 0) }
            let modules = library.modules
            let progress = modules.isEmpty ? 0 : modules.map { record.progress(in: $0).fraction }.reduce(0, +) / Double(modules.count)
            return (progress, -record.notebook.active.count)
        }
        return members.sorted { a, b in
            let ka = key(a), kb = key(b)
            return ka.0 != kb.0 ? ka.0 < kb.0 : (ka.1 != kb.1 ? ka.1 < kb.1 : a.summary.name < b.summary.name)
        }
    }

    // MARK: - PIN

    mutating func handleInstructorPINKey(_ key: Key, _ entry: InstructorPINState) -> [Effect] {
        var entry = entry
        guard !entry.isChecking, let hasPIN = entry.hasPIN else {
            if key == .escape { route = .signIn }
            return []
        }
        if PINTyping.apply(key, to: &entry.digits) {
            route = .instructorPIN(entry)
            return []
        }
        switch key {
        case .escape:
            route = .signIn
            return []
        case .enter:
            if let problem = PINTyping.problem(digits: entry.digits, waitUntil: entry.waitUntil, now: now) {
                notice = problem
                break
            }
            if hasPIN {
                entry.isChecking = true
                route = .instructorPIN(entry)
                return [.checkInstructorPIN(entry.digits)]
            }
            if let first = entry.firstEntry {
                if first == entry.digits {
                    entry.isChecking = true
                    route = .instructorPIN(entry)
                    return [.setInstructorPIN(first)]
                }
                notice = Notice(.warning, zh: Strings(.zh).pinMismatch, en: Strings(.en).pinMismatch)
                entry.firstEntry = nil
            } else {
                entry.firstEntry = entry.digits
            }
            entry.digits = ""
        default:
            break
        }
        route = .instructorPIN(entry)
        return []
    }

    // MARK: - Pages

    var instructorMenu: [InstructorMenuItem] { InstructorMenuItem.allCases }

    mutating func handleInstructorKey(_ key: Key, _ state: InstructorState) -> [Effect] {
        var state = state
        defer { if case .instructor = route { route = .instructor(state) } }
        switch state.page {
        case .menu(var selection):
            let items = instructorMenu
            switch key {
            case .up: selection = max(0, selection - 1)
            case .down: selection = min(items.count - 1, selection + 1)
            case .character(let c) where c.wholeNumberValue.map { (1...items.count).contains($0) } ?? false:
                selection = (c.wholeNumberValue ?? 1) - 1
                state.page = .menu(selection: selection)
                return openInstructorMenu(items[selection], &state)
            case .enter:
                state.page = .menu(selection: selection)
                return openInstructorMenu(items[selection], &state)
            case .escape:
                route = .signIn
                return [.loadLearners]
            default: break
            }
            state.page = .menu(selection: selection)
        case .classTable(var selection):
            switch key {
            case .up: selection = max(0, selection - 1)
            case .down: selection = min(max(0, state.members.count - 1), selection + 1)
            case .enter:
                if selection < state.members.count { state.page = .learner(id: state.members[selection].summary.id, scroll: 0); return [] }
            case .escape: state.page = .menu(selection: 0); return []
            default: break
            }
            state.page = .classTable(selection: selection)
        case .learner(let id, var scroll):
            switch key {
            case .up: scroll = max(0, scroll - 1)
            case .down: scroll += 1
            case .character("p"), .character("P"): return [.resetPIN(learnerID: id), .loadClass]
            case .character("n"), .character("N"):
                state.page = .rename(id: id, text: state.members.first { $0.summary.id == id }?.summary.name ?? "")
                return []
            case .character("d"), .character("D"): state.page = .confirmRemove(id: id); return []
            case .escape:
                state.page = .classTable(selection: state.members.firstIndex { $0.summary.id == id } ?? 0)
                return []
            default: break
            }
            state.page = .learner(id: id, scroll: scroll)
        case .rename(let id, var text):
            switch key {
            case .character(let c): if text.count < 20 { text.append(c) }
            case .backspace: if !text.isEmpty { text.removeLast() }
            case .enter:
                state.page = .learner(id: id, scroll: 0)
                return [.rename(learnerID: id, name: text), .loadClass, .loadLearners]
            case .escape: state.page = .learner(id: id, scroll: 0); return []
            default: break
            }
            state.page = .rename(id: id, text: text)
        case .confirmRemove(let id):
            switch key {
            case .enter, .character("y"), .character("Y"):
                state.page = .classTable(selection: 0)
                return [.remove(learnerID: id), .loadClass, .loadLearners]
            case .escape, .character("n"), .character("N"):
                state.page = .learner(id: id, scroll: 0)
            default: break
            }
        case .importPath(var text):
            switch key {
            case .character(let c): text.append(c)
            case .backspace: if !text.isEmpty { text.removeLast() }
            case .enter:
                let path = text.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty else { return [] }
                state.page = .importPath(text: text)
                return [.previewImport(path: path)]
            case .escape: state.page = .menu(selection: 1); return []
            default: break
            }
            state.page = .importPath(text: text)
        case .importPreview(let preview, var scroll):
            switch key {
            case .up: scroll = max(0, scroll - 1)
            case .down: scroll += 1
            case .enter:
                guard preview.canImport else { return [] }
                state.page = .menu(selection: 1)
                return [.runImport(path: preview.path, replace: !preview.replaces.isEmpty)]
            case .escape: state.page = .importPath(text: preview.path); return []
            default: break
            }
            state.page = .importPreview(preview, scroll: scroll)
        case .skipped(var scroll):
            switch key {
            case .up: scroll = max(0, scroll - 1)
            case .down: scroll += 1
            case .escape: state.page = .menu(selection: 2); return []
            default: break
            }
            state.page = .skipped(scroll: scroll)
        }
        return []
    }

    private mutating func openInstructorMenu(_ item: InstructorMenuItem, _ state: inout InstructorState) -> [Effect] {
        switch item {
        case .classTable: state.page = .classTable(selection: 0); return [.loadClass]
        case .importFolder: state.page = .importPath(text: ""); return []
        case .skipped: state.page = .skipped(scroll: 0); return []
        case .back:
            route = .signIn
            return [.loadLearners]
        case .leave:
            finish()
            return [.quit]
        }
    }
}
