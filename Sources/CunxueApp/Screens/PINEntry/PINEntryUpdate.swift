import TerminalKit

extension AppState {
    mutating func handlePINKey(_ key: Key, _ entry: PINEntryState) -> [Effect] {
        var entry = entry
        guard !entry.isChecking else { return [] }
        if PINTyping.apply(key, to: &entry.digits) {
            route = .pinEntry(entry)
            return []
        }
        switch key {
        case .escape:
            route = .signIn
            return []
        case .enter:
            if let wait = entry.waitUntil, wait > now {
                let seconds = Int(wait.timeIntervalSince(now).rounded(.up))
                notice = Notice(.warning, zh: Strings(.zh).pinWait(seconds: seconds), en: Strings(.en).pinWait(seconds: seconds))
                break
            }
            guard entry.digits.count == 4 else {
                notice = Notice(.warning, zh: Strings(.zh).pinMustBeFourDigits, en: Strings(.en).pinMustBeFourDigits)
                break
            }
            entry.isChecking = true
            route = .pinEntry(entry)
            return [.checkPIN(learnerID: entry.learner.id, pin: entry.digits)]
        default:
            break
        }
        route = .pinEntry(entry)
        return []
    }
}
