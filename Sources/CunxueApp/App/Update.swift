import Foundation
import ProgressKit
import TerminalKit

extension AppState {
    /// Applies one event and says what I/O should follow. Pure: no disk, no terminal.
    /// - Returns: the effects for the Runtime to perform, in order.
    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .tick(let date):
            now = date
            if record != nil, now.timeIntervalSince(lastInputAt) >= Double(idleMinutes) * 60 {
                let effects = signOut()
                notice = Notice(.info, zh: Strings(.zh).idleSignedOut, en: Strings(.en).idleSignedOut)
                return effects
            }
            return []
        case .learnersLoaded(let list):
            learners = list
            signInSelection = min(signInSelection, list.count)
            return []
        case .signedIn(let loaded, let warnings):
            return signedIn(loaded, warnings: warnings)
        case .pinChecked(let id, let correct, let failures, let waitUntil):
            guard case .pinEntry(var entry) = route, entry.learner.id == id else { return [] }
            entry.isChecking = false
            entry.digits = ""
            if correct { route = .pinEntry(entry); return [.signIn(learnerID: id)] }
            entry.failures = failures
            entry.waitUntil = waitUntil
            route = .pinEntry(entry)
            notice = Notice(.error, zh: Strings(.zh).pinWrong, en: Strings(.en).pinWrong)
            return []
        case .instructorStatus, .instructorPINChecked, .classLoaded, .importPreviewed, .libraryLoaded:
            return instructorEvent(event)
        case .notice(let notice):
            self.notice = notice
            if case .newLearner(var form) = route { form.problem = notice; route = .newLearner(form) }
            return []
        case .input(let input):
            return handle(input)
        }
    }

    // MARK: - Input

    private mutating func handle(_ input: InputEvent) -> [Effect] {
        switch input {
        case .resize(let newSize):
            size = newSize
            relayout()
            return []
        case .signal(.terminate):
            var effects = record != nil ? signOut() : []
            finish()
            effects.append(.quit)
            return effects
        case .key(let key):
            lastInputAt = now
            notice = nil
            if let effects = handleGlobal(key) { return effects }
            if overlay != nil { return handleOverlay(key) }
            if isTooSmall { return [] }
            return handleScreenKey(key)
        case .mouse(let action, let point):
            lastInputAt = now
            if overlay != nil {
                if action == .click { overlay = nil }
                return []
            }
            if isTooSmall { return [] }
            return handleScreenMouse(action, at: point)
        }
    }

    /// Keys that mean the same on every screen. Returns nil when the key is not one of them.
    private mutating func handleGlobal(_ key: Key) -> [Effect]? {
        switch key {
        case .control("c"), .control("\\"):
            if isKiosk { refuseToLeave(); return [] }
            var effects = record != nil ? signOut() : []
            finish()
            effects.append(.quit)
            return effects
        case .control("z"):
            if isKiosk { refuseToLeave(); return [] }
            return [.suspend]
        case .character("?"), .function(1):
            guard !isTypingText else { return nil }
            overlay = overlay == .help ? nil : .help
            return []
        case .character("L"), .character("l"):
            guard !isTypingText else { return nil }
            language = language.toggled
            relayout()
            guard var current = record else { return [] }
            current.learner.preferredLanguage = language.rawValue
            record = current
            return [.save(current)]
        default:
            return nil
        }
    }

    /// Whether the current screen is taking typed text (so letters are text, not commands).
    var isTypingText: Bool {
        if case .newLearner(let form) = route, form.step == .name { return true }
        if case .instructor(let state) = route {
            switch state.page {
            case .rename, .importPath: return true
            default: return false
            }
        }
        return false
    }

    private mutating func handleOverlay(_ key: Key) -> [Effect] {
        switch overlay {
        case .confirmQuit:
            switch key {
            case .enter, .character("y"), .character("Y"):
                overlay = nil
                finish()
                return [.quit]
            case .escape, .character("n"), .character("N"), .character("q"), .character("Q"):
                overlay = nil
            default:
                break
            }
        case .help, .none:
            if key == .escape || key == .enter || key == .character("q") { overlay = nil }
        }
        return []
    }

    private mutating func handleScreenKey(_ key: Key) -> [Effect] {
        switch route {
        case .signIn: return handleSignInKey(key)
        case .newLearner(let form): return handleNewLearnerKey(key, form)
        case .pinEntry(let entry): return handlePINKey(key, entry)
        case .home(let home): return handleHomeKey(key, home)
        case .module(let page): return handleModuleKey(key, page)
        case .reader(let reader): return handleReaderKey(key, reader)
        case .quiz(let session): return handleQuizKey(key, session)
        case .results(let result): return handleResultsKey(key, result)
        case .instructorPIN(let entry): return handleInstructorPINKey(key, entry)
        case .instructor(let state): return handleInstructorKey(key, state)
        }
    }

    private mutating func handleScreenMouse(_ action: MouseAction, at point: Point) -> [Effect] {
        switch route {
        case .signIn: return handleSignInMouse(action, at: point)
        case .newLearner, .pinEntry: return []
        case .home(let home): return handleHomeMouse(action, at: point, home)
        case .module(let page): return handleModuleMouse(action, at: point, page)
        case .reader(let reader): return handleReaderMouse(action, reader)
        case .quiz(let session): return handleQuizMouse(action, at: point, session)
        case .results(let result): return handleResultsMouse(action, result)
        case .instructorPIN, .instructor: return []
        }
    }

    // MARK: - Shared steps

    /// Asks to leave the app: refused in kiosk mode, confirmed otherwise.
    mutating func requestQuit() {
        if isKiosk { refuseToLeave() } else { overlay = .confirmQuit }
    }

    private mutating func refuseToLeave() {
        notice = Notice(.warning, zh: Strings(.zh).kioskNoQuit, en: Strings(.en).kioskNoQuit)
    }

    /// Signs the learner out: time spent is recorded, the record saved, the lock released.
    mutating func signOut() -> [Effect] {
        if case .reader(let reader) = route { recordReadingTime(reader) }
        guard let current = record else { route = .signIn; return [] }
        record = nil
        route = .signIn
        overlay = nil
        notice = Notice(.info, zh: Strings(.zh).signedOut(current.learner.displayName),
                        en: Strings(.en).signedOut(current.learner.displayName))
        return [.save(current), .signOut(learnerID: current.id), .loadLearners]
    }

    private mutating func signedIn(_ loaded: LearnerRecord, warnings: [Notice]) -> [Effect] {
        var current = loaded
        current.learner.touch(at: now)
        record = current
        if let preferred = current.learner.preferredLanguage, let language = UILanguage(tag: preferred) {
            self.language = language
        }
        route = .home(HomeState())
        lastInputAt = now
        notice = warnings.first
        return [.save(current)]
    }

    /// Applies `change` to the signed-in record and saves it.
    mutating func changeRecord(_ change: (inout LearnerRecord) -> Void) -> [Effect] {
        guard var current = record else { return [] }
        change(&current)
        record = current
        return [.save(current)]
    }

    /// Lays out again what depends on the size or language (the reader's lines).
    mutating func relayout() {
        if case .reader(var reader) = route {
            layOut(&reader)
            route = .reader(reader)
        }
    }
}
