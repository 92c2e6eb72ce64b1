import Foundation

/// Everything kept about one learner: who they are, what they read, their quiz attempts and
/// their mistake notebook. One record is one file in the data directory.
public struct LearnerRecord: Codable, Sendable, Hashable, Identifiable {
    /// The file format version this code writes: 2 since answers are one string each
    /// (`Answer.fileText`); files of version 1 (answers as objects) are read too.
    public static let currentSchemaVersion = 2

    /// Who the learner is.
    public var learner: Learner
    /// Reading state by lesson.
    public var reading: [LessonKey: ReadingState]
    /// Quiz attempts, oldest first.
    public private(set) var attempts: [Attempt]
    /// The mistake notebook.
    public var notebook: MistakeNotebook
    /// Answers to worksheets, one entry per sheet, by id (empty in files written before
    /// worksheets).
    public var worksheets: [WorksheetAnswers] = []
    /// Rehearsal runs, oldest first (none in files written before rehearsals existed).
    public private(set) var scenarioRuns: [ScenarioRun] = []

    /// The learner's id.
    public var id: String { learner.id }

    /// A record with nothing done yet.
    public init(learner: Learner) {
        self.learner = learner
        self.reading = [:]
        self.attempts = []
        self.notebook = MistakeNotebook()
    }

    /// A record from its parts (attempts with the same id are merged).
    public init(learner: Learner, reading: [LessonKey: ReadingState], attempts: [Attempt], notebook: MistakeNotebook) {
        self.learner = learner
        self.reading = reading
        self.attempts = []
        self.notebook = notebook
        for attempt in attempts { insertOrMerge(attempt) }
    }

    // MARK: - Reading

    /// The reading state of a lesson (a fresh one if never opened).
    public func readingState(_ lesson: LessonKey) -> ReadingState {
        reading[lesson] ?? ReadingState()
    }

    /// Changes a lesson's reading state and notes activity at `now`.
    public mutating func updateReading(_ lesson: LessonKey, at now: Date, _ change: (inout ReadingState) -> Void) {
        var state = reading[lesson] ?? ReadingState()
        change(&state)
        reading[lesson] = state
        learner.touch(at: now)
    }

    // MARK: - Attempts

    /// The attempt with this id.
    public func attempt(id: String) -> Attempt? {
        attempts.last { $0.id == id }
    }

    /// The attempts at one quiz, oldest first.
    public func attempts(quizID: String, moduleID: String) -> [Attempt] {
        attempts.filter { $0.quizID == quizID && $0.moduleID == moduleID }
    }

    /// Starts an attempt and returns it.
    /// - Parameters:
    ///   - id: unique id; a new UUID by default.
    ///   - quizID: the quiz.
    ///   - moduleID: its module.
    ///   - now: when it starts.
    ///   - shown: the questions in the order they are put, with their answers' display order.
    @discardableResult
    public mutating func startAttempt(id: String = UUID().uuidString, quizID: String, moduleID: String, at now: Date,
                                      shown: [ShownQuestion]? = nil) -> Attempt {
        var attempt = Attempt(id: id, quizID: quizID, moduleID: moduleID, startedAt: now)
        attempt.shown = shown
        insertOrMerge(attempt)
        learner.touch(at: now)
        return attempt
    }

    /// Keeps how an unfinished attempt's questions are shown (for an attempt from an older file
    /// that did not keep it, when it is taken up again).
    /// - Throws: `AttemptError.noSuchAttempt` or `.alreadyFinished`.
    public mutating func setShown(_ shown: [ShownQuestion], inAttempt attemptID: String) throws(AttemptError) {
        let index = try unfinishedAttemptIndex(attemptID)
        attempts[index].shown = shown
    }

    /// Keeps the choice being made on a question before it is confirmed (nil: none).
    /// - Throws: `AttemptError.noSuchAttempt` or `.alreadyFinished`.
    public mutating func saveDraft(_ draft: DraftAnswer?, inAttempt attemptID: String) throws(AttemptError) {
        let index = try unfinishedAttemptIndex(attemptID)
        attempts[index].draft = draft
        if let draft { learner.touch(at: draft.savedAt) }
    }

    private func unfinishedAttemptIndex(_ attemptID: String) throws(AttemptError) -> Int {
        guard let index = attempts.lastIndex(where: { $0.id == attemptID }) else { throw .noSuchAttempt(attemptID) }
        guard !attempts[index].isFinished else { throw .alreadyFinished(attemptID) }
        return index
    }

    /// Records an answer in an attempt and in the mistake notebook (wrong: in or back to box 1;
    /// right and due: up a box).
    /// - Parameters:
    ///   - answer: the answer.
    ///   - attemptID: the attempt it belongs to.
    ///   - calendar: the calendar whose days the notebook counts.
    /// - Throws: `AttemptError.noSuchAttempt` or `.alreadyFinished`.
    public mutating func record(_ answer: Answer, inAttempt attemptID: String, calendar: Calendar) throws(AttemptError) {
        guard let index = attempts.lastIndex(where: { $0.id == attemptID }) else { throw .noSuchAttempt(attemptID) }
        guard !attempts[index].isFinished else { throw .alreadyFinished(attemptID) }
        attempts[index].record(answer)
        notebook.record(questionID: answer.questionID, quizID: attempts[index].quizID,
                        moduleID: attempts[index].moduleID, correct: answer.correct,
                        at: answer.answeredAt, calendar: calendar)
        learner.touch(at: answer.answeredAt)
    }

    /// Finishes an attempt.
    /// - Throws: `AttemptError.noSuchAttempt` or `.alreadyFinished`.
    public mutating func finishAttempt(_ attemptID: String, at now: Date, scorePercent: Int, passed: Bool) throws(AttemptError) {
        guard let index = attempts.lastIndex(where: { $0.id == attemptID }) else { throw .noSuchAttempt(attemptID) }
        guard !attempts[index].isFinished else { throw .alreadyFinished(attemptID) }
        attempts[index].finish(at: now, scorePercent: scorePercent, passed: passed)
        learner.touch(at: now)
    }

    /// Records a review answer from the mistake notebook (not part of a quiz attempt).
    public mutating func recordReview(of entry: MistakeEntry, correct: Bool, at now: Date, calendar: Calendar) {
        notebook.record(questionID: entry.questionID, quizID: entry.quizID, moduleID: entry.moduleID,
                        correct: correct, at: now, calendar: calendar)
        learner.touch(at: now)
    }

    /// Adds an attempt, or merges it into the one with the same id.
    public mutating func insertOrMerge(_ attempt: Attempt) {
        if let index = attempts.lastIndex(where: { $0.id == attempt.id }) {
            attempts[index] = Attempt.merge(attempts[index], attempt)
            return
        }
        let position = attempts.lastIndex { Self.isOrdered($0, before: attempt) }.map { $0 + 1 } ?? 0
        attempts.insert(attempt, at: position)
    }

    private static func isOrdered(_ lhs: Attempt, before rhs: Attempt) -> Bool {
        lhs.startedAt != rhs.startedAt ? lhs.startedAt < rhs.startedAt : lhs.id < rhs.id
    }

    // MARK: - Numbers from files

    /// Brings every number read from a file into range (see `RecordLimits`).
    /// - Returns: the names of the fields that were out of range, sorted (empty when none was).
    public mutating func clampNumbers() -> [String] {
        var changed = Set<String>()
        for (key, state) in reading {
            var clamped = state
            clamped.secondsSpent = RecordLimits.clamp(state.secondsSpent, RecordLimits.seconds, "secondsSpent", &changed)
            clamped.lastPosition = RecordLimits.clamp(state.lastPosition, RecordLimits.position, "lastPosition", &changed)
            for (day, seconds) in state.secondsByDay {
                clamped.secondsByDay[day] = RecordLimits.clamp(seconds, RecordLimits.seconds, "secondsByDay", &changed)
            }
            if clamped != state { reading[key] = clamped }
        }
        for index in attempts.indices { attempts[index].clampNumbers(&changed) }
        for entry in notebook.entries.values {
            var clamped = entry
            clamped.box = RecordLimits.clamp(entry.box, RecordLimits.box, "box", &changed)
            clamped.wrongCount = RecordLimits.clamp(entry.wrongCount, RecordLimits.count, "wrongCount", &changed)
            if clamped != entry { notebook.replace(clamped) }
        }
        let failures = learner.pinFailures.count
        learner.pinFailures.count = RecordLimits.clamp(failures, RecordLimits.count, "pinFailures.count", &changed)
        return changed.sorted()
    }

    // MARK: - Rehearsals

    /// The last unfinished run of a scenario, if any.
    /// - Parameter scenarioID: the scenario's qualified id.
    public func openScenarioRun(scenarioID: String) -> ScenarioRun? {
        scenarioRuns.last { $0.scenarioID == scenarioID && !$0.isFinished }
    }

    /// The runs of one scenario, oldest first.
    public func scenarioRuns(scenarioID: String) -> [ScenarioRun] {
        scenarioRuns.filter { $0.scenarioID == scenarioID }
    }

    /// Changes the run with `id` (nothing happens when there is none) and notes activity at `now`.
    public mutating func updateScenarioRun(id: String, at now: Date, _ change: (inout ScenarioRun) -> Void) {
        guard let index = scenarioRuns.lastIndex(where: { $0.id == id }) else { return }
        change(&scenarioRuns[index])
        learner.touch(at: now)
    }

    /// Adds a run, or merges it into the one with the same id.
    public mutating func insertOrMerge(_ run: ScenarioRun) {
        if let index = scenarioRuns.lastIndex(where: { $0.id == run.id }) {
            scenarioRuns[index] = ScenarioRun.merge(scenarioRuns[index], run)
            return
        }
        let position = scenarioRuns.lastIndex { ($0.startedAt, $0.id) < (run.startedAt, run.id) }.map { $0 + 1 } ?? 0
        scenarioRuns.insert(run, at: position)
    }

    // MARK: - Merge

    /// Two records of the same learner combined (another station's copy, a restored backup):
    /// attempts united by id (answers united by question), reading states merged lesson by
    /// lesson, notebooks merged question by question, the profile (name, PIN, language) from
    /// the copy active last. Nothing is lost and nothing counted twice; `merge(a, b)` equals
    /// `merge(b, a)`.
    /// - Throws: `MergeError.differentLearners` when the ids differ.
    public static func merge(_ a: LearnerRecord, _ b: LearnerRecord) throws(MergeError) -> LearnerRecord {
        guard a.id == b.id else { throw .differentLearners(a.id, b.id) }
        var learner = Learner.isProfilePreferred(a.learner, over: b.learner) ? a.learner : b.learner
        learner.mergeDates(with: a.learner, b.learner)
        var reading = a.reading
        for (key, state) in b.reading {
            reading[key] = reading[key].map { ReadingState.merge($0, state) } ?? state
        }
        var attemptsByID: [String: Attempt] = [:]
        for attempt in a.attempts + b.attempts {
            attemptsByID[attempt.id] = attemptsByID[attempt.id].map { Attempt.merge($0, attempt) } ?? attempt
        }
        var result = LearnerRecord(learner: learner)
        result.reading = reading
        result.attempts = attemptsByID.values.sorted(by: isOrdered)
        result.notebook = MistakeNotebook.merge(a.notebook, b.notebook)
        result.worksheets = mergeWorksheets(a.worksheets, b.worksheets)
        for run in a.scenarioRuns + b.scenarioRuns { result.insertOrMerge(run) }
        return result
    }

    // MARK: - Coding

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, learner, reading, attempts, notebook, worksheets, scenarioRuns
    }

    private struct ReadingEntry: Codable {
        var moduleID: String
        var lessonID: String
        var state: ReadingState
    }

    /// Reads a record.
    /// - Throws: `RecordFormatError.newerSchema` for a file written by a newer version, or a
    ///   `DecodingError`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version <= Self.currentSchemaVersion else {
            throw RecordFormatError.newerSchema(found: version, supported: Self.currentSchemaVersion)
        }
        let learner = try container.decode(Learner.self, forKey: .learner)
        let entries = try container.decodeIfPresent([ReadingEntry].self, forKey: .reading) ?? []
        let notebook = try container.decodeIfPresent(MistakeNotebook.self, forKey: .notebook) ?? MistakeNotebook()
        let attempts = try container.decodeIfPresent([Attempt].self, forKey: .attempts) ?? []
        self.init(decodedLearner: learner,
                  reading: entries.map { (LessonKey(moduleID: $0.moduleID, lessonID: $0.lessonID), $0.state) },
                  attempts: attempts, notebook: notebook)
        let sheets = try container.decodeIfPresent([WorksheetAnswers].self, forKey: .worksheets) ?? []
        worksheets = Self.mergeWorksheets(sheets, [])
        let runs = try container.decodeIfPresent([ScenarioRun].self, forKey: .scenarioRuns) ?? []
        for run in runs { insertOrMerge(run) }
    }

    /// A record as read from a file: reading entries for the same lesson merged, attempts
    /// sorted (and duplicates merged) if the file did not have them in order.
    init(decodedLearner learner: Learner, reading entries: [(LessonKey, ReadingState)], attempts list: [Attempt],
         notebook: MistakeNotebook) {
        self.learner = learner
        self.notebook = notebook
        reading = [:]
        for (key, state) in entries {
            reading[key] = reading[key].map { ReadingState.merge($0, state) } ?? state
        }
        attempts = []
        if zip(list, list.dropFirst()).allSatisfy({ Self.isOrdered($0, before: $1) }) {
            attempts = list
        } else {
            for attempt in list { insertOrMerge(attempt) }
        }
    }

    /// Writes the record (with `schemaVersion`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.currentSchemaVersion, forKey: .schemaVersion)
        try container.encode(learner, forKey: .learner)
        let entries = reading.sorted { $0.key < $1.key }
            .map { ReadingEntry(moduleID: $0.key.moduleID, lessonID: $0.key.lessonID, state: $0.value) }
        try container.encode(entries, forKey: .reading)
        try container.encode(attempts, forKey: .attempts)
        try container.encode(notebook, forKey: .notebook)
        if !worksheets.isEmpty { try container.encode(worksheets, forKey: .worksheets) }
        // Left out when empty, so files without rehearsals keep their shape.
        if !scenarioRuns.isEmpty { try container.encode(scenarioRuns, forKey: .scenarioRuns) }
    }
}

extension Learner {
    /// Whether `a`'s profile (name, PIN, language, PIN failures) wins over `b`'s in a merge: the
    /// one active last, ties broken by content.
    static func isProfilePreferred(_ a: Learner, over b: Learner) -> Bool {
        let leftActive = a.lastActiveAt ?? .distantPast
        let rightActive = b.lastActiveAt ?? .distantPast
        if leftActive != rightActive { return leftActive > rightActive }
        let left = RecordCoding.canonicalText(of: a)
        let right = RecordCoding.canonicalText(of: b)
        return left >= right
    }

    /// Takes the earliest creation and the latest activity of both copies.
    mutating func mergeDates(with a: Learner, _ b: Learner) {
        createdAt = min(a.createdAt, b.createdAt)
        switch (a.lastActiveAt, b.lastActiveAt) {
        case let (x?, y?): lastActiveAt = max(x, y)
        default: lastActiveAt = a.lastActiveAt ?? b.lastActiveAt
        }
    }
}

/// Why an attempt cannot be changed.
public enum AttemptError: Error, Sendable, Hashable {
    /// No attempt has this id.
    case noSuchAttempt(String)
    /// The attempt was already finished.
    case alreadyFinished(String)
}

/// Why two records cannot be merged.
public enum MergeError: Error, Sendable, Hashable {
    /// The records belong to two different learners (their ids).
    case differentLearners(String, String)
}

/// A learner file that this version cannot read as such.
public enum RecordFormatError: Error, Sendable, Hashable {
    /// Written by a newer version of Cunxue.
    case newerSchema(found: Int, supported: Int)
}

extension LearnerRecord {
    /// The module the learner read in or answered in last, nil if none.
    public var lastModuleID: String? {
        var latest: (date: Date, moduleID: String)?
        func consider(_ date: Date?, _ moduleID: String) {
            guard let date else { return }
            if latest.map({ date > $0.date || (date == $0.date && moduleID < $0.moduleID) }) ?? true {
                latest = (date, moduleID)
            }
        }
        for (key, state) in reading { consider(state.lastReadAt, key.moduleID) }
        for attempt in attempts {
            consider(attempt.startedAt, attempt.moduleID)
            consider(attempt.answers.last?.answeredAt, attempt.moduleID)
            consider(attempt.draft?.savedAt, attempt.moduleID)
            consider(attempt.endedAt, attempt.moduleID)
        }
        return latest?.moduleID
    }
}
