import Foundation
import LessonKit

/// A rehearsal (情景演练) being played: the passage in front, the highlighted choice, the clock
/// of a timed passage and the viewers' comments shown so far.
///
/// The run itself (steps, mistakes, the ending) lives in the learner's record and is saved at
/// every step; this state only says where the screen is.
public struct ScenarioState: Sendable, Equatable {
    /// The module the scenario belongs to.
    public var moduleID: String
    /// The scenario's id within its module.
    public var scenarioID: String
    /// The id of the run in the record.
    public var runID: String
    /// The name of the passage in front.
    public var passageName: String
    /// Mistakes so far in this run.
    public var mistakes: Int
    /// The highlighted choice (on an ending: unused).
    public var selection: Int = 0
    /// The first line of the passage's text in view, when it is longer than the room.
    public var scroll: Int = 0
    /// When the passage in front was shown: its countdown and its comments count from here.
    public var shownAt: Date
    /// Whether the passage in front is being read aloud: its countdown waits for the reading.
    public var isBeingRead = false
    /// When the countdown of the passage in front started, when that was after it was shown:
    /// the moment its reading aloud ended (nil: it counts from `shownAt`).
    public var countdownFrom: Date?
    /// Whether the passage in front was reached from a `mistake` passage ("重新选"): a `good`
    /// passage gone back to is not praise for the choice just made, so it says "choose again".
    public var cameBackAfterMistake = false

    /// A state at `passageName` of the run `runID`.
    public init(moduleID: String, scenarioID: String, runID: String, passageName: String, mistakes: Int, shownAt: Date) {
        self.moduleID = moduleID
        self.scenarioID = scenarioID
        self.runID = runID
        self.passageName = passageName
        self.mistakes = mistakes
        self.shownAt = shownAt
    }

    /// Seconds between two viewer comments appearing.
    static let commentInterval = 3

    /// The scenario played, looked up in the course.
    func scenario(in library: Library) -> Scenario? {
        library.module(moduleID)?.scenarios.first { $0.id == scenarioID }
    }

    /// The passage in front in `language` (the original's when the translation lacks it).
    func passage(_ scenario: Scenario, language: LanguageTag) -> ScenarioPassage? {
        scenario.content.value(for: language).passage(named: passageName) ?? scenario.story.passage(named: passageName)
    }

    /// Whole seconds since the passage was shown.
    func elapsed(at now: Date) -> Int { max(0, Int(now.timeIntervalSince(shownAt))) }

    /// Seconds left to choose on a timed passage, nil when it is not timed. While the passage is
    /// read aloud the whole time is left: a slow reading must not use up the time to choose.
    func secondsLeft(_ passage: ScenarioPassage, at now: Date) -> Int? {
        guard let timer = passage.timerSeconds, !passage.choices.isEmpty else { return nil }
        if isBeingRead { return timer }
        return max(0, timer - max(0, Int(now.timeIntervalSince(countdownFrom ?? shownAt))))
    }

    /// Notes that the passage in front began (`true`) or stopped (`false`) being read aloud at
    /// `now`: when a reading ends, its countdown starts from the whole time.
    mutating func markRead(_ reading: Bool, at now: Date) {
        if reading {
            isBeingRead = true
        } else if isBeingRead {
            isBeingRead = false
            countdownFrom = now
        }
    }

    /// How many of the passage's viewer comments have appeared by `now`: the first at once,
    /// then one every `commentInterval` seconds.
    func commentsShown(_ passage: ScenarioPassage, at now: Date) -> Int {
        min(passage.comments.count, 1 + elapsed(at: now) / Self.commentInterval)
    }
}
