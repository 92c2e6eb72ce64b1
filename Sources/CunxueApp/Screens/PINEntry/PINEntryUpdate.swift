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
            if let problem = PINTyping.problem(digits: entry.digits, waitUntil: entry.waitUntil, now: now) {
                notice = problem
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
