import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// What the screens share, handed to the screen in front with each input, and to its view.
///
/// A screen reads the course, the learners, the size, the language and the time; it may change
/// the signed-in record, draw random numbers, set the notice, and ask the app for something only
/// the app can do: show another screen, sign out, quit, open an overlay. The app applies what the
/// screen changed and asked for after the screen's `update` returns, and writes the screen's own
/// state back unless it asked for another.
struct ScreenContext {
    /// What a screen may ask of the app besides effects.
    enum Request: Sendable, Equatable {
        /// Replace the screen in front with this one.
        case show(AppState.Route)
        /// Sign the learner out (time recorded, saved, lock released) and show the sign-in screen.
        case signOut
        /// Ask "leave Cunxue?" (refused with a message in kiosk mode).
        case askToQuit
        /// End the app now (the instructor's "close Cunxue", the only way out of kiosk mode).
        case quitNow
        /// Show a box over the screen.
        case overlay(AppState.Overlay)
    }

    /// The terminal size the screen is laid out for.
    let size: Size
    /// The interface language.
    let language: UILanguage
    /// The current time.
    let now: Date
    /// The time by the monotonic clock: waits (the PIN's) are counted on it, never on `now`.
    let steadyNow: Date
    /// The calendar the mistake notebook counts days in.
    let calendar: Calendar
    /// Minutes without a key after which a learner is signed out (reading time is capped by it).
    let idleMinutes: Int
    /// The course.
    let library: Library
    /// The learners on this PC, newest activity first.
    let learners: [LearnerSummary]
    /// The signed-in learner's record; a change must be saved (see `changeRecord`).
    var record: LearnerRecord?
    /// Shuffles answers and draws questions.
    var random: RandomSource
    /// The message above the key-hint bar (cleared by the app at every key).
    var notice: Notice?
    /// Whether text is being read aloud (`R`), so the hint says how to stop.
    var isReadingAloud = false
    /// How the terminal draws East Asian ambiguous characters: pass it to every width, wrap and
    /// cut (`LineWrapper.wrap(_:width:ambiguous:)`), and draw frames and marks with `glyphs`.
    var ambiguous: AmbiguousWidth = .narrow
    /// `cunxue preview`: the title line says nothing is saved.
    var isPreview = false
    /// What the screen asked for, if anything (the last request wins).
    private(set) var request: Request?

    /// The hint for `R`: read aloud, or stop reading.
    var readAloudHint: KeyHintBar.Hint { KeyHintBar.Hint("R", isReadingAloud ? strings.keyStopReading : strings.keyReadAloud) }

    /// The frame and marker characters that line up on this terminal.
    var glyphs: Glyphs { Glyphs.for(ambiguous) }

    /// The strings in the interface language.
    var strings: Strings { Strings(language) }

    /// The language tag lesson content is picked in.
    var contentLanguage: LanguageTag { language == .zh ? .simplifiedChinese : .english }

    // MARK: - Requests

    /// Asks the app to show `route` instead of the current screen.
    mutating func show(_ route: AppState.Route) { request = .show(route) }

    /// Asks the app to sign the learner out.
    mutating func signOut() { request = .signOut }

    /// Asks the app to ask whether to leave.
    mutating func askToQuit() { request = .askToQuit }

    /// Asks the app to end now.
    mutating func quitNow() { request = .quitNow }

    /// Asks the app to show `overlay` over the screen.
    mutating func open(_ overlay: AppState.Overlay) { request = .overlay(overlay) }

    // MARK: - Shared steps

    /// Shows a message in both languages, picked when drawn.
    mutating func say(_ kind: Notice.Kind, _ text: (Strings) -> String) {
        notice = Notice(kind, text)
    }

    /// Applies `change` to the signed-in record.
    /// - Returns: the effect that saves it (none when nobody is signed in).
    mutating func changeRecord(_ change: (inout LearnerRecord) -> Void) -> [Effect] {
        guard var current = record else { return [] }
        change(&current)
        record = current
        return [.save(current)]
    }
}
