import Foundation
import ProgressKit
import TerminalKit

extension NewLearnerForm: ScreenState {
    /// Typing the name, then the PIN twice (or Enter to skip it); Esc goes back a step.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        switch input {
        case .key(let key):
            return handle(key, context: &context)
        case .result(.notice(let notice)):
            problem = notice  // creating the learner failed: say why under the field
            return []
        case .mouse, .result:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: inout ScreenContext) -> [Effect] {
        if key == .escape {
            goBack(context: &context)
            return []
        }
        switch step {
        case .name: typeName(key, learners: context.learners)
        case .pin: return typePIN(key)
        case .confirmPIN: return confirmPIN(key)
        }
        return []
    }

    private mutating func goBack(context: inout ScreenContext) {
        switch step {
        case .name: context.show(.signIn(SignInState(selection: context.learners.count)))
        case .pin: step = .name; pin = ""
        case .confirmPIN: step = .pin; pin = ""; confirmation = ""
        }
        problem = nil
    }

    private mutating func typeName(_ key: Key, learners: [LearnerSummary]) {
        switch key {
        case .character(let c):
            if name.count < 20 { name.append(c) } else { problem = Notice(.warning) { $0.nameTooLong } }
        case .backspace:
            if !name.isEmpty { name.removeLast() }
        case .enter:
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                problem = Notice(.warning) { $0.nameEmpty }
            } else if let clash = DisplayName.clash(of: trimmed, with: learners.map(\.name)) {
                // Someone else would open the empty twin (or the look-alike) and think her progress gone.
                problem = Notice(.warning) { $0.nameClash(clash) }
            } else {
                name = trimmed
                step = .pin
                problem = nil
            }
        default:
            break
        }
    }

    private mutating func typePIN(_ key: Key) -> [Effect] {
        if PINTyping.apply(key, to: &pin) { return [] }
        guard key == .enter else { return [] }
        if pin.isEmpty { return [.createLearner(name: name, pin: nil)] }
        if pin.count != 4 {
            problem = Notice(.warning) { $0.pinMustBeFourDigits }
        } else {
            step = .confirmPIN
            problem = nil
        }
        return []
    }

    private mutating func confirmPIN(_ key: Key) -> [Effect] {
        if PINTyping.apply(key, to: &confirmation) { return [] }
        guard key == .enter else { return [] }
        if confirmation == pin { return [.createLearner(name: name, pin: pin)] }
        problem = Notice(.warning) { $0.pinMismatch }
        step = .pin
        pin = ""
        confirmation = ""
        return []
    }
}
