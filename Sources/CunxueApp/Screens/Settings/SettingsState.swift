import ProgressKit

/// The learner's reading-aloud settings (opened with `S` from the home screen): read each page
/// as it opens, and how fast. The settings themselves live in the signed-in record.
public struct SettingsState: Sendable, Equatable {
    /// One row of the screen.
    enum Row: Int, CaseIterable {
        /// Read each page, question and passage aloud as it opens.
        case autoRead
        /// The speed: slow, normal, fast.
        case speed
    }

    /// The highlighted row.
    public var selection: Int = 0
    /// The home row highlighted when the screen was opened (Esc goes back to it).
    public var homeSelection: Int = 0

    /// Creates the state.
    public init(selection: Int = 0, homeSelection: Int = 0) {
        self.selection = selection
        self.homeSelection = homeSelection
    }

    /// The signed-in learner's settings (the defaults when nobody is signed in).
    static func settings(_ context: ScreenContext) -> LearnerSettings {
        context.record?.learner.settings ?? LearnerSettings()
    }
}
