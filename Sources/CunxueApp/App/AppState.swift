import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// The whole state of the app: a value, changed only by `update`, drawn only by `render`.
public struct AppState: Sendable, Equatable {
    /// The screen the person is on.
    public enum Route: Sendable, Equatable {
        /// The welcome screen: choose who you are.
        case signIn(SignInState)
        /// Adding a learner.
        case newLearner(NewLearnerForm)
        /// Typing a PIN: a learner's to sign in, or the instructor's before instructor mode.
        case pinEntry(PINEntryState)
        /// The signed-in learner's home: continue, review, modules.
        case home(HomeState)
        /// One module.
        case module(ModulePageState)
        /// Reading a lesson.
        case reader(ReaderState)
        /// The mistake notebook: its questions, when each comes back, a round of practice.
        case notebook(NotebookState)
        /// Answering questions (a quiz or a round of the mistake notebook).
        case quiz(QuizSession)
        /// A quiz's result.
        case results(QuizResult)
        /// A rehearsal (情景演练) being played.
        case scenario(ScenarioState)
        /// Instructor mode: the class, imports, skipped lessons, leaving kiosk mode.
        case instructor(InstructorState)
        /// Filling in a worksheet (实操单).
        case worksheet(WorksheetState)
        /// The learner's reading-aloud settings.
        case settings(SettingsState)
    }

    /// A box shown over the current screen.
    public enum Overlay: Sendable, Equatable {
        /// The keys of the screen in front (`?`).
        case help
        /// "Leave Cunxue?" (on the sign-in screen).
        case confirmQuit
        /// "Sign out?" (Esc on the home screen).
        case confirmSignOut
        /// "You will be signed out in 30 seconds": shown before an idle sign-out.
        case idleWarning
    }

    /// How long before an idle sign-out the learner is warned.
    public static let idleWarningSeconds: Double = 30

    /// The terminal size the screen is laid out for.
    public var size: Size
    /// How the terminal draws East Asian ambiguous characters (“ … ─ ●), learned at start
    /// (`Terminal.ambiguousWidth`): every width the screens measure and the glyphs they draw
    /// follow it (`ScreenContext.ambiguous`, `Screen.ambiguousWidth`).
    public var ambiguousWidth: AmbiguousWidth = .narrow
    /// The interface language.
    public var language: UILanguage
    /// The station's language (`--lang`, else the locale): the language of the sign-in screen
    /// whenever nobody is signed in.
    public var stationLanguage: UILanguage
    /// The current time, from the Runtime's ticks.
    public var now: Date
    /// When the person last pressed a key or clicked.
    public var lastInputAt: Date
    /// The time by the monotonic clock (see `Event.tick`): idle time and waits are counted on it;
    /// nil when the ticks carry none (tests), and then they are counted on `now`.
    public var steadyNow: Date?
    /// The last key or click, by `steadyNow`.
    public var lastInputSteady: Date?
    /// The current screen.
    public var route: Route
    /// A box over the screen, if any.
    public var overlay: Overlay?
    /// What is being read aloud (`R`), if anything.
    public var readAloud: ReadAloud?
    /// A message shown above the key-hint bar until the next key.
    public var notice: Notice?
    /// Station mode: Ctrl-C, Ctrl-Z and Ctrl-\ do not leave the app.
    public var isKiosk: Bool
    /// Minutes without a key after which a signed-in learner is signed out.
    public var idleMinutes: Int
    /// `cunxue preview`: nothing is saved; a banner on the title line says so.
    public var isPreview = false
    /// The calendar whose days the mistake notebook counts (the station's time zone).
    public var calendar: Calendar
    /// Shuffles answers and draws questions; seeded, so tests are exact.
    public var random: RandomSource
    /// Set when the app should end.
    public private(set) var isFinished = false

    /// The course.
    public var library: Library
    /// When to look next whether the lessons changed on disk (`Effect.checkLessons`); `nil`
    /// until a course has been loaded by the Runtime.
    public var lessonsCheckDue: Date?
    /// Learners shown on the sign-in screen, newest activity first.
    public var learners: [LearnerSummary]
    /// The signed-in learner's record, kept in step with what is saved.
    public var record: LearnerRecord?

    /// Creates the state the app starts in.
    public init(size: Size, language: UILanguage, now: Date, library: Library = Library(Course()),
                isKiosk: Bool = false, idleMinutes: Int = 10, learners: [LearnerSummary] = [],
                calendar: Calendar = Calendar(identifier: .gregorian), seed: UInt64 = 1) {
        self.size = size
        self.language = language
        self.stationLanguage = language
        self.now = now
        self.lastInputAt = now
        self.route = .signIn(SignInState())
        self.isKiosk = isKiosk
        self.idleMinutes = idleMinutes
        self.learners = learners
        self.library = library
        self.calendar = calendar
        self.random = RandomSource(seed: seed)
    }

    /// Whether the window is too small to lay the app out (see `Chrome.isTooSmall`).
    public var isTooSmall: Bool { Chrome.isTooSmall(size) }

    /// What the screens share, as the screen in front sees it now (for its update and its view).
    var screenContext: ScreenContext {
        ScreenContext(size: size, language: language, now: now, steadyNow: steadyNow ?? now, calendar: calendar, idleMinutes: idleMinutes,
                      library: library, learners: learners, record: record, random: random, notice: notice,
                      isReadingAloud: readAloud != nil, ambiguous: ambiguousWidth, isPreview: isPreview)
    }

    mutating func finish() { isFinished = true }
}
