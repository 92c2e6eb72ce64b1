import Foundation
import TerminalKit

extension AppState {
    /// Applies one event and says what I/O should follow. Pure: no disk, no terminal.
    /// - Returns: the effects for the Runtime to perform, in order.
    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .tick(let date):
            now = date
            return []
        case .learnersLoaded(let list):
            learners = list
            signInSelection = min(signInSelection, list.count)
            return []
        case .notice(let notice):
            self.notice = notice
            return []
        case .input(let input):
            return handle(input)
        }
    }

    private mutating func handle(_ input: InputEvent) -> [Effect] {
        switch input {
        case .resize(let newSize):
            size = newSize
            return []
        case .signal(.terminate):
            finish()
            return [.quit]
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
            if isKiosk {
                notice = Notice(.warning, zh: Strings(.zh).kioskNoQuit, en: Strings(.en).kioskNoQuit)
                return []
            }
            finish()
            return [.quit]
        case .control("z"):
            if isKiosk {
                notice = Notice(.warning, zh: Strings(.zh).kioskNoQuit, en: Strings(.en).kioskNoQuit)
                return []
            }
            return [.suspend]
        case .character("?"), .function(1):
            overlay = overlay == .help ? nil : .help
            return []
        case .character("L"), .character("l"):
            guard !isTypingText else { return nil }
            language = language.toggled
            return []
        default:
            return nil
        }
    }

    /// Whether the current screen is taking typed text (so letters are text, not commands).
    var isTypingText: Bool { false }

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
        }
    }

    private mutating func handleScreenMouse(_ action: MouseAction, at point: Point) -> [Effect] {
        switch route {
        case .signIn: return handleSignInMouse(action, at: point)
        }
    }

    /// Asks to leave the app: refused in kiosk mode, confirmed otherwise.
    mutating func requestQuit() {
        if isKiosk {
            notice = Notice(.warning, zh: Strings(.zh).kioskNoQuit, en: Strings(.en).kioskNoQuit)
        } else {
            overlay = .confirmQuit
        }
    }
}
