import Foundation
import TerminalKit

extension AppState {
    mutating func handleNewLearnerKey(_ key: Key, _ form: NewLearnerForm) -> [Effect] {
        var form = form
        defer { if case .newLearner = route { route = .newLearner(form) } }
        switch (form.step, key) {
        case (_, .escape):
            switch form.step {
            case .name: route = .signIn
            case .pin: form.step = .name; form.pin = ""
            case .confirmPIN: form.step = .pin; form.pin = ""; form.confirmation = ""
            }
            form.problem = nil
        case (.name, .character(let c)):
            if form.name.count < 20 { form.name.append(c) } else { form.problem = Notice(.warning, zh: Strings(.zh).nameTooLong, en: Strings(.en).nameTooLong) }
        case (.name, .backspace):
            if !form.name.isEmpty { form.name.removeLast() }
        case (.name, .enter):
            let trimmed = form.name.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                form.problem = Notice(.warning, zh: Strings(.zh).nameEmpty, en: Strings(.en).nameEmpty)
            } else {
                form.name = trimmed
                form.step = .pin
                form.problem = nil
            }
        case (.pin, _) where PINTyping.apply(key, to: &form.pin):
            break
        case (.confirmPIN, _) where PINTyping.apply(key, to: &form.confirmation):
            break
        case (.pin, .enter):
            if form.pin.isEmpty { return [.createLearner(name: form.name, pin: nil)] }
            if form.pin.count != 4 {
                form.problem = Notice(.warning, zh: Strings(.zh).pinMustBeFourDigits, en: Strings(.en).pinMustBeFourDigits)
            } else {
                form.step = .confirmPIN
                form.problem = nil
            }
        case (.confirmPIN, .enter):
            if form.confirmation == form.pin { return [.createLearner(name: form.name, pin: form.pin)] }
            form.problem = Notice(.warning, zh: Strings(.zh).pinMismatch, en: Strings(.en).pinMismatch)
            form.step = .pin
            form.pin = ""
            form.confirmation = ""
        default:
            break
        }
        return []
    }
}
