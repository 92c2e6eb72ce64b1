import Foundation
import ProgressKit
import TerminalKit

extension AppState {
    /// Applies one event and says what I/O should follow. Pure: no disk, no terminal.
    ///
    /// Keys that mean the same everywhere, overlays, the clock, resizes and signing in are the
    /// app's own; every other key, click and effect result goes to the screen in front (see
    /// `send`).
    /// - Returns: the effects for the Runtime to perform, in order.
    public mutating func update(_ event: Event) -> [Effect] {
        let screenBefore = route.kind
        let effects = applyEvent(event)
        return effects + stopReadingIfLeft(screenBefore)
    }

    private mutating func applyEvent(_ event: Event) -> [Effect] {
        switch event {
        case .tick(let date):
            now = date
            // A rehearsal's countdown and its viewer comments move with the clock.
            var effects: [Effect] = []
            if case .scenario = route, !isTooSmall, overlay == nil { effects = send(.result(event)) }
            guard record != nil, now.timeIntervalSince(lastInputAt) >= Double(idleMinutes) * 60 else { return effects }
            effects += signOut()
            notice = Notice(.info) { $0.idleSignedOut }
            return effects
        case .learnersLoaded(let list):
            learners = list
            return send(.result(event))
        case .signedIn(let loaded, let warnings):
            return signedIn(loaded, warnings: warnings)
        case .libraryLoaded(let library):
            self.library = library
            return []
        case .notice(let notice):
            self.notice = notice
            return send(.result(event))
        case .pinChecked(let id, true, _, _) where !isCheckingPIN(of: id):
            // Nobody waits for this check any more (Esc was pressed): let go of the lock it took.
            return [.signOut(learnerID: id)]
        case .pinChecked, .pinCheckFailed, .instructorStatus, .instructorPINChecked, .classLoaded, .importPreviewed:
            return send(.result(event))
        case .speechEnded(let spokenToTheEnd):
            return readAloudEnded(spokenToTheEnd: spokenToTheEnd)
        case .input(let input):
            return handle(input)
        }
    }

    /// Hands `input` to the screen in front, keeps the screen's new state, and applies what it
    /// changed in the shared context and asked for.
    /// - Returns: the screen's effects, then those of what it asked for (signing out, quitting).
    mutating func send(_ input: ScreenInput) -> [Effect] {
        var context = screenContext
        let effects = route.update(input, context: &context)
        return effects + apply(context)
    }

    /// Takes back what a screen changed in `context` and carries out what it asked for.
    private mutating func apply(_ context: ScreenContext) -> [Effect] {
        record = context.record
        random = context.random
        notice = context.notice
        switch context.request {
        case nil:
            return []
        case .show(let next):
            route = next
            return []
        case .signOut:
            return signOut()
        case .askToQuit:
            requestQuit()
            return []
        case .quitNow:
            finish()
            return [.quit]
        case .overlay(let box):
            overlay = box
            return []
        }
    }

    /// Whether the screen in front is waiting for the check of `learnerID`'s PIN.
    private func isCheckingPIN(of learnerID: String) -> Bool {
        guard case .pinEntry(let entry) = route, entry.isChecking, case .learner(let learner) = entry.purpose else { return false }
        return learner.id == learnerID
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
            return send(.key(key))
        case .mouse(let action, let point):
            lastInputAt = now
            if overlay != nil {
                if action == .click { overlay = nil }
                return []
            }
            if isTooSmall { return [] }
            return send(.mouse(action, point))
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
            guard !route.isTypingText else { return nil }
            overlay = overlay == .help ? nil : .help
            return []
        case .character("R"), .character("r"):
            // Read aloud where there is text to read; elsewhere the screen may use the key (retry).
            guard !route.isTypingText, readAloud != nil || route.speakable(context: screenContext) != nil else { return nil }
            return toggleReadAloud()
        case .character("L"), .character("l"):
            guard !route.isTypingText else { return nil }
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

    // MARK: - Shared steps

    /// Asks to leave the app: refused in kiosk mode, confirmed otherwise.
    mutating func requestQuit() {
        if isKiosk { refuseToLeave() } else { overlay = .confirmQuit }
    }

    private mutating func refuseToLeave() {
        notice = Notice(.warning) { $0.kioskNoQuit }
    }

    /// Signs the learner out: time spent is recorded, the record saved, the lock released.
    mutating func signOut() -> [Effect] {
        if case .reader(let reader) = route {
            var context = screenContext
            reader.recordReadingTime(in: &context)
            record = context.record
        }
        route = .signIn(SignInState())
        guard let current = record else { return [] }
        record = nil
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

    /// Lays out again what depends on the size or language (the reader's lines).
    mutating func relayout() {
        guard case .reader(var reader) = route else { return }
        reader.layOut(screenContext)
        route = .reader(reader)
    }
}
