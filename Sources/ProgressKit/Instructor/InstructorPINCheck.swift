import Foundation

/// The outcome of checking an instructor PIN.
public enum InstructorPINCheck: Sendable, Hashable {
    /// No instructor PIN is set (the instructor view is open to anyone; set one with
    /// `cunxue instructor set-pin`).
    case noPINSet
    /// The PIN is right; the count of wrong tries starts again.
    case accepted
    /// The PIN is wrong; `failures` wrong tries in a row, and `wait` seconds before the next.
    case rejected(failures: Int, wait: TimeInterval)
    /// Not checked: too soon after wrong tries; `seconds` left to wait.
    case mustWait(seconds: TimeInterval)

    /// What to tell the instructor.
    public var message: BilingualText {
        switch self {
        case .noPINSet:
            return BilingualText(zh: "还没有设置老师密码。设置方法：cunxue instructor set-pin",
                                 en: "No instructor PIN is set yet. Set one with: cunxue instructor set-pin")
        case .accepted:
            return BilingualText(zh: "密码正确。", en: "PIN accepted.")
        case .rejected(_, let wait):
            guard wait > 0 else { return BilingualText(zh: "密码不对，请再试一次。", en: "Wrong PIN. Please try again.") }
            let seconds = Int(wait.rounded(.up))
            return BilingualText(zh: "密码不对。请等 \(seconds) 秒再试。", en: "Wrong PIN. Please wait \(seconds) seconds before trying again.")
        case .mustWait(let wait):
            let seconds = Int(wait.rounded(.up))
            return BilingualText(zh: "密码输错了好几次，请等 \(seconds) 秒再试。",
                                 en: "The PIN was wrong several times. Please wait \(seconds) seconds before trying again.")
        }
    }
}
