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
        let placeBefore = route.readingPlace
        let settingsBefore = record?.learner.settings
        let effects = applyEvent(event)
        return effects + followReading(screenBefore: screenBefore, placeBefore: placeBefore, settingsBefore: settingsBefore)
    }

    private mutating func applyEvent(_ event: Event) -> [Effect] {
        switch event {
        case .tick(let date, let steady):
            now = date
            steadyNow = steady
            // A rehearsal's countdown and its viewer comments move with the clock.
            var effects: [Effect] = []
            if case .scenario = route, !isTooSmall, overlay == nil { effects = send(.result(event)) }
            return effects + checkIdle() + checkLessonsIfDue()
        case .learnersLoaded(let list):
            learners = list
            return send(.result(event))
        case .signedIn(let loaded, let warnings):
            return signedIn(loaded, warnings: warnings)
        case .libraryLoaded(let library):
            self.library = library
            lessonsCheckDue = now.addingTimeInterval(Self.lessonsCheckSeconds)
            return []
        case .lessonsChanged:
            return reloadChangedLessons()
        case .notice(let notice):
            self.notice = notice
            return send(.result(event))
        case .pinChecked(let id, true, _, _) where !isCheckingPIN(of: id):
            // Nobody waits for this check any more (Esc was pressed): let go of the lock it took.
            return [.signOut(learnerID: id)]
        case .pinChecked, .pinCheckFailed, .instructorStatus, .instructorPINChecked, .classLoaded, .importPreviewed,
             .exportFolderSuggested, .sheetsExported, .importFinished, .foldersListed, .instructorPINChanged:
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
            lastInputSteady = steadyNow
            notice = nil
            if overlay == .idleWarning {
                overlay = nil  // the key only says "I am here"
                if case .control = key {} else { return [] }
            }
            if let effects = handleGlobal(key) { return effects }
            if overlay != nil { return handleOverlay(key) }
            if isTooSmall { return [] }
            return send(.key(key))
        case .mouse(let action, let point):
            lastInputAt = now
            lastInputSteady = steadyNow
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
        case .function(1):
            overlay = overlay == .help ? nil : .help
            return []
        case .character("?"):
            guard !route.isTypingText else { return nil }
            overlay = overlay == .help ? nil : .help
            return []
        case .function(3):
            // Read aloud where letters are text (the worksheet form), and everywhere else too.
            guard overlay == nil else { return nil }
            return toggleReadAloud()
        case .character("R"), .character("r"):
            // Read aloud where there is text to read; elsewhere the screen may use the key (retry).
            guard !route.isTypingText, readAloud != nil || route.speakable(context: screenContext) != nil else { return nil }
            return toggleReadAloud()
        case .character("L"), .character("l"):
            // On the sign-in screen letters do nothing, so typing a name cannot switch it.
            guard !route.isTypingText, !route.isSignIn, overlay == nil else { return nil }
            return switchLanguage()
        case .tab:
            guard route.isSignIn, overlay == nil else { return nil }
            return switchLanguage()
        default:
            return nil
        }
    }

    /// Switches between Chinese and English; a signed-in learner keeps her choice.
    private mutating func switchLanguage() -> [Effect] {
        language = language.toggled
        relayout()
        guard var current = record else { return [] }
        current.learner.preferredLanguage = language.rawValue
        record = current
        return [.save(current)]
    }

    /// Warns a signed-in learner idle for all but the last 30 seconds of the limit; signs her
    /// out at the limit (everything is saved, and the message says so).
    private mutating func checkIdle() -> [Effect] {
        guard record != nil else { return [] }
        let idle = idleSeconds
        let limit = Double(idleMinutes) * 60
        if idle >= limit {
            let effects = signOut()
            notice = Notice(.info) { $0.idleSignedOut }
            return effects
        }
        if idle >= limit - Self.idleWarningSeconds, overlay != .idleWarning {
            overlay = .idleWarning
        }
        return []
    }

    /// Seconds since the last key or click, by the monotonic clock (a wall clock set back or
    /// forward neither keeps a learner signed in nor signs her out early).
    var idleSeconds: TimeInterval {
        if let steadyNow, let lastInputSteady { return steadyNow.timeIntervalSince(lastInputSteady) }
        return now.timeIntervalSince(lastInputAt)
    }

    /// Whole seconds left before an idle sign-out.
    var idleSecondsLeft: Int {
        max(0, Int((Double(idleMinutes) * 60 - idleSeconds).rounded(.up)))
    }

    /// Keys on a box over the screen. "Leave?" boxes stay unless `1` or `Y` is pressed: Enter
    /// and Esc, the keys a habit hits, keep the person where she is.
    private mutating func handleOverlay(_ key: Key) -> [Effect] {
        switch overlay {
        case .confirmQuit, .confirmSignOut:
            switch key {
            case .character("1"), .character("y"), .character("Y"):
                let box = overlay
                overlay = nil
                if box == .confirmSignOut { return signOut() }
                finish()
                return [.quit]
            case .enter, .escape, .character("2"), .character("n"), .character("N"), .character(" "):
                overlay = nil
            default:
                break
            }
        case .help, .idleWarning, .none:
            if [.escape, .enter, .character(" "), .character("q"), .character("Q")].contains(key) { overlay = nil }
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
        overlay = nil
        language = stationLanguage  // the next person meets the station's language
        guard let current = record else { return [] }
        record = nil
        // Her row is at the top of the list at once (the list read again follows).
        learners.removeAll { $0.id == current.id }
        learners.insert(LearnerSummary(current), at: 0)
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
        lastInputSteady = steadyNow
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
