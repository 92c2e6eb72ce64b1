/// The help box's rows for the screen in front (`?`): that screen's keys and nothing else.
enum ScreenHelp {
    /// One row: the key as printed, what it does.
    typealias Row = (key: String, text: String)

    /// The keys of `route`'s screen, most used first.
    static func rows(for route: AppState.Route, _ s: Strings) -> [Row] {
        switch route {
        case .signIn: return signIn(s)
        case .newLearner(let form): return form.step == .name ? newLearnerName(s) : pin(s)
        case .pinEntry: return pin(s) + [("L", s.helpLanguage)]
        case .home: return home(s)
        case .module, .notebook: return list(s, back: s.helpBackHome)
        case .reader: return reader(s)
        case .quiz(let session): return quiz(s, review: session.mode == .review)
        case .results: return results(s)
        case .instructor: return list(s, back: s.helpBack)
        case .worksheet: return worksheet(s)
        case .scenario: return scenario(s)
        case .settings: return settings(s)
        }
    }

    private static func settings(_ s: Strings) -> [Row] {
        [("1 2", s.helpSettingsChange), ("Enter", s.helpSettingsChange), ("← →", s.helpSettingsSpeed),
         ("R", s.helpSettingsListen), ("↑ ↓", s.helpMove), ("Esc", s.helpBackHome), ("L", s.helpLanguage)]
    }

    private static func scenario(_ s: Strings) -> [Row] {
        [("1-9", s.helpScenarioChoose), ("↑ ↓", s.helpMove), ("Enter", s.helpScenarioChoose),
         ("PgUp PgDn", s.helpLine), ("R", s.helpReadAloudQuestion), ("Esc", s.helpBackModule), ("L", s.helpLanguage)]
    }

    private static func worksheet(_ s: Strings) -> [Row] {
        [(s.typing, s.helpTypeAnswer), ("↑ ↓ Tab", s.helpMoveField), (s.backspaceKey, s.helpBackspaceName),
         ("Enter", s.helpNextField), ("Esc", s.helpSheetBack), ("F3", s.helpReadAloudField), ("F1", s.helpKey)]
    }

    private static func signIn(_ s: Strings) -> [Row] {
        [("↑ ↓", s.helpMoveName), ("1-9", s.helpNumberName), ("Enter", s.helpSignIn), ("Tab", s.helpLanguage),
         ("Esc", s.helpQuitAsks), ("F2", s.helpInstructor), (s.mouse, s.helpMouse)]
    }

    private static func newLearnerName(_ s: Strings) -> [Row] {
        [(s.typing, s.helpTypeName), (s.backspaceKey, s.helpBackspaceName), ("Enter", s.helpConfirm), ("Esc", s.helpBack)]
    }

    private static func pin(_ s: Strings) -> [Row] {
        [("0-9", s.helpPINDigits), (s.backspaceKey, s.helpBackspacePIN), ("Enter", s.helpConfirm), ("Esc", s.helpBack)]
    }

    private static func home(_ s: Strings) -> [Row] {
        [("↑ ↓", s.helpMove), ("Enter", s.helpOpen), ("1-9", s.helpModuleNumber), ("S", s.helpSettingsOpen),
         ("Esc", s.helpSignOutAsks),
         ("L", s.helpLanguage), (s.mouse, s.helpMouse)]
    }

    private static func list(_ s: Strings, back: String) -> [Row] {
        [("↑ ↓", s.helpMove), ("1-9", s.helpNumber), ("Enter", s.helpOpen), ("Esc", back), ("L", s.helpLanguage), (s.mouse, s.helpMouse)]
    }

    private static func reader(_ s: Strings) -> [Row] {
        [(s.spacePageDown, s.helpPageDown), ("PgUp", s.helpPageUp), ("↑ ↓", s.helpLine), ("Home End", s.helpEnds),
         ("Enter", s.helpReaderEnter), ("R", s.helpReadAloudLesson), ("Esc", s.helpReaderBack), ("L", s.helpLanguage),
         (s.mouse, s.helpWheel)]
    }

    private static func quiz(_ s: Strings, review: Bool) -> [Row] {
        [("1-9", s.helpAnswer), (s.spaceKey, s.helpTick), (s.backspaceKey, s.helpUndo), ("Enter", s.helpConfirmAnswer),
         ("h", s.helpHint), ("R", s.helpReadAloudQuestion), ("Esc", review ? s.helpBack : s.helpLeaveQuiz), ("L", s.helpLanguage),
         (s.mouse, s.helpMouse)]
    }

    private static func results(_ s: Strings) -> [Row] {
        [("Enter", s.helpResultsEnter), ("1", s.helpRetry), ("↑ ↓", s.helpLine), ("Esc", s.helpBackModule), ("L", s.helpLanguage)]
    }
}
