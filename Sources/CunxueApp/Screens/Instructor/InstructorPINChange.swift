import Foundation
import TerminalKit

/// Changing the instructor PIN in the app: the current PIN first, then the new one twice. The
/// check and the change are one effect (`Effect.changeInstructorPIN`), counted and slowed like
/// any instructor PIN try. The app never sets a first PIN: that is `cunxue instructor set-pin`.
public struct InstructorPINChange: Sendable, Equatable {
    /// The step shown.
    public enum Step: Sendable, Equatable {
        /// Typing the current PIN.
        case current
        /// Typing the new PIN.
        case new
        /// Typing the new PIN again.
        case again
        /// Waiting for the check and the change.
        case checking
    }

    /// The step shown.
    public var step: Step = .current
    /// The current PIN as typed.
    public var current = ""
    /// The new PIN as typed.
    public var new = ""
    /// The new PIN typed again.
    public var again = ""

    /// The start: asking for the current PIN.
    public init() {}

    /// What a key asks of the instructor screen.
    enum Action: Equatable {
        /// Nothing more.
        case none
        /// Check `current` and set `new`.
        case change(current: String, new: String)
        /// Back to the menu.
        case close
        /// Say this (the new PINs differ).
        case mismatch
    }

    /// Applies a key: digits and Backspace type, Enter goes on once four digits are typed, Esc
    /// goes back a step (from the first, to the menu).
    mutating func apply(_ key: Key) -> Action {
        if step == .checking { return key == .escape ? .close : .none }
        if key == .escape { return back() }
        switch step {
        case .current: _ = PINTyping.apply(key, to: &current)
        case .new: _ = PINTyping.apply(key, to: &new)
        case .again: _ = PINTyping.apply(key, to: &again)
        case .checking: break
        }
        guard key == .enter else { return .none }
        switch step {
        case .current where current.count == 4: step = .new
        case .new where new.count == 4: step = .again
        case .again where again.count == 4:
            guard again == new else {
                new = ""
                again = ""
                step = .new
                return .mismatch
            }
            step = .checking
            return .change(current: current, new: new)
        default: break
        }
        return .none
    }

    /// The answer came back: done, or the current PIN was wrong (start again at it).
    mutating func wrongCurrentPIN() {
        self = InstructorPINChange()
    }

    private mutating func back() -> Action {
        switch step {
        case .current, .checking: return .close
        case .new: step = .current; current = ""; new = ""
        case .again: step = .new; new = ""; again = ""
        }
        return .none
    }
}
