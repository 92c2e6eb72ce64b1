import Foundation

/// One go at a rehearsal (情景演练): the passages reached, step by step, until an ending.
///
/// A run is saved after every step, so one left unfinished (power cut, learner left) resumes at
/// the passage it reached.
public struct ScenarioRun: Codable, Sendable, Hashable, Identifiable {
    /// One step: a passage reached.
    public struct Step: Codable, Sendable, Hashable {
        /// The name of the passage reached.
        public var passage: String
        /// When it was reached.
        public var at: Date
        /// Whether it was reached because the time to choose ran out.
        public var timedOut: Bool

        /// Creates a step.
        public init(passage: String, at: Date, timedOut: Bool = false) {
            self.passage = passage
            self.at = at
            self.timedOut = timedOut
        }
    }

    /// Unique id, so copies of a learner's file merge without counting twice.
    public let id: String
    /// The scenario's qualified id (`moduleID/NAME.twee`).
    public var scenarioID: String
    /// The id of the module it belongs to.
    public var moduleID: String
    /// When the run began.
    public var startedAt: Date
    /// The passage the learner is at.
    public var currentPassage: String
    /// The passages reached after the start, in order.
    public var steps: [Step]
    /// How many `mistake` passages were reached.
    public var mistakes: Int
    /// When an ending was reached; nil while in progress.
    public var endedAt: Date?
    /// Whether the ending was a pass, once ended.
    public var passed: Bool?

    /// Starts a run at `start`.
    public init(id: String, scenarioID: String, moduleID: String, startedAt: Date, start: String) {
        self.id = id
        self.scenarioID = scenarioID
        self.moduleID = moduleID
        self.startedAt = startedAt
        self.currentPassage = start
        self.steps = []
        self.mistakes = 0
        self.endedAt = nil
        self.passed = nil
    }

    /// Whether an ending was reached.
    public var isFinished: Bool { endedAt != nil }

    /// Records a step; a finished run does not change.
    /// - Parameters:
    ///   - step: the passage reached.
    ///   - isMistake: whether it is tagged `mistake`.
    ///   - ending: for an ending, whether it passed.
    public mutating func take(_ step: Step, isMistake: Bool, ending passed: Bool?) {
        guard !isFinished else { return }
        steps.append(step)
        currentPassage = step.passage
        if isMistake { mistakes += 1 }
        if let passed {
            endedAt = step.at
            self.passed = passed
        }
    }

    /// Two copies of one run combined: the one further along (ended, else more steps) wins.
    static func merge(_ a: ScenarioRun, _ b: ScenarioRun) -> ScenarioRun {
        if a.isFinished != b.isFinished { return a.isFinished ? a : b }
        if a.steps.count != b.steps.count { return a.steps.count > b.steps.count ? a : b }
        return (a.currentPassage, a.mistakes, a.startedAt) >= (b.currentPassage, b.mistakes, b.startedAt) ? a : b
    }
}
