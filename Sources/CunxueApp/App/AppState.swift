import Foundation
import TerminalKit

/// The whole state of the app: a value, changed only by `update`, drawn only by `render`.
public struct AppState: Sendable, Equatable {
    /// The screen the person is on.
    public enum Route: Sendable, Equatable {
        /// The welcome screen: choose who you are.
        case signIn
    }

    /// A box shown over the current screen.
    public enum Overlay: Sendable, Equatable {
        /// The key help (`?`).
        case help
        /// "Leave Cunxue?"
        case confirmQuit
    }

    /// The terminal size the screen is laid out for.
    public var size: Size
    /// The interface language.
    public var language: UILanguage
    /// The current time, from the Runtime's ticks.
    public var now: Date
    /// When the person last pressed a key or clicked.
    public var lastInputAt: Date
    /// The current screen.
    public var route: Route
    /// A box over the screen, if any.
    public var overlay: Overlay?
    /// A message shown above the key-hint bar until the next key.
    public var notice: Notice?
    /// Station mode: Ctrl-C, Ctrl-Z and Ctrl-\ do not leave the app.
    public var isKiosk: Bool
    /// Set when the app should end.
    public private(set) var isFinished = false

    /// Learners shown on the sign-in screen, newest activity first.
    public var learners: [LearnerSummary]
    /// The highlighted row of the sign-in list (the last row is "new learner").
    public var signInSelection: Int = 0

    /// Creates the state the app starts in.
    public init(size: Size, language: UILanguage, now: Date, isKiosk: Bool = false, learners: [LearnerSummary] = []) {
        self.size = size
        self.language = language
        self.now = now
        self.lastInputAt = now
        self.route = .signIn
        self.isKiosk = isKiosk
        self.learners = learners
    }

    /// The strings for the current language.
    public var strings: Strings { Strings(language) }

    /// Whether the window is too small to lay the app out (below 60x20).
    public var isTooSmall: Bool { size.width < 60 || size.height < 20 }

    mutating func finish() { isFinished = true }
}
