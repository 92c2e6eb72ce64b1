import Foundation
import ProgressKit
import TerminalKit

extension PINEntryState: ScreenState {
    /// Typing and checking the PIN. Esc always leaves, whatever is going on; a check that
    /// failed ends with its message; while a wait runs nothing typed is kept.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        switch input {
        case .key(.escape):
            leave(context: &context)
            return []
        case .key(let key):
            return handle(key, context: &context)
        case .result(let event):
            return finishCheck(event, context: &context)
        case .mouse:
            return []
        }
    }

    /// Whether digits are taken now: not during a check, a wait, before the store answered, or
    /// for an instructor PIN that was never set (the learner keyboard never creates it).
    /// - Parameter now: the steady time (`ScreenContext.steadyNow`), which the wait runs on.
    func isTakingDigits(at now: Date) -> Bool {
        guard let hasPIN, hasPIN || purpose != .instructor else { return false }
        return !isChecking && !(wait?.isRunning(at: now) ?? false)
    }

    /// Back to the sign-in screen, with the learner's row still highlighted.
    private func leave(context: inout ScreenContext) {
        var row = 0
        if case .learner(let learner) = purpose { row = context.learners.firstIndex { $0.id == learner.id } ?? 0 }
        context.show(.signIn(SignInState(selection: row)))
    }

    private mutating func handle(_ key: Key, context: inout ScreenContext) -> [Effect] {
        guard isTakingDigits(at: context.steadyNow) else { return [] }
        if PINTyping.apply(key, to: &digits) { return [] }
        guard key == .enter else { return [] }
        guard digits.count == 4 else {
            context.say(.warning) { $0.pinMustBeFourDigits }
            return []
        }
        switch (purpose, hasPIN) {
        case (.learner(let learner), _):
            isChecking = true
            return [.checkPIN(learnerID: learner.id, pin: digits)]
        case (.instructor, _):
            isChecking = true
            return [.checkInstructorPIN(digits)]
        }
    }

    /// A check came back: in, a wrong PIN (maybe with a wait), or a failure with its message.
    private mutating func finishCheck(_ event: Event, context: inout ScreenContext) -> [Effect] {
        switch (event, purpose) {
        case (.instructorStatus(let exists), .instructor):
            hasPIN = exists
        case (.pinCheckFailed(let notice), _):
            isChecking = false
            digits = ""
            context.notice = notice
        case (.pinChecked(let id, let correct, _, let until), .learner(let learner)) where id == learner.id && isChecking:
            return checked(correct: correct, until: until, context: &context) ? [.signIn(learnerID: id)] : []
        case (.instructorPINChecked(let correct, let until), .instructor) where isChecking:
            guard checked(correct: correct, until: until, context: &context) else { return [] }
            context.show(.instructor(InstructorState()))
            return [.loadClass]
        default:
            break
        }
        return []
    }

    /// Ends a check: the box empties; a wrong PIN says so and starts the wait, if any.
    /// - Returns: whether the PIN was right.
    private mutating func checked(correct: Bool, until: Date?, context: inout ScreenContext) -> Bool {
        isChecking = false
        digits = ""
        guard !correct else { return true }
        // The wait runs on the steady clock, never longer than the longest wait there is (a wait
        // stamped by a clock far ahead, a clock set back meanwhile).
        wait = until.map { until in
            let seconds = min(max(0, until.timeIntervalSince(context.now)), PINThrottle().maximumDelay)
            return PINWait(until: context.steadyNow.addingTimeInterval(seconds))
        }
        // With a wait, the body says how long; the footer must not say "try again" beside it.
        let waits = wait != nil
        context.say(.error) { waits ? $0.pinWrongWait : $0.pinWrong }
        return false
    }
}
