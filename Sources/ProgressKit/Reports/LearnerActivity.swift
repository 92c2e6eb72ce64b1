import Foundation

/// Rehearsal runs counted in a report: tried, reached a passing ending, mistakes made.
public struct RehearsalCount: Sendable, Hashable {
    /// Runs with at least one step (counted in the period of their first step).
    public var tried = 0
    /// Of those, runs that reached an ending tagged `pass`.
    public var passed = 0
    /// `mistake` passages reached in those runs.
    public var mistakes = 0

    /// Nothing counted.
    public init(tried: Int = 0, passed: Int = 0, mistakes: Int = 0) {
        self.tried = tried
        self.passed = passed
        self.mistakes = mistakes
    }

    /// Both counts added.
    static func + (lhs: RehearsalCount, rhs: RehearsalCount) -> RehearsalCount {
        RehearsalCount(tried: lhs.tried.addingClamped(rhs.tried), passed: lhs.passed.addingClamped(rhs.passed),
                       mistakes: lhs.mistakes.addingClamped(rhs.mistakes))
    }
}

/// What one learner did in one module in a period (see docs/report.md for each definition).
struct ModuleActivity: Sendable, Hashable {
    /// Lessons of the module finished (end reached) in the period.
    var lessonsFinished = 0
    /// Module-quiz attempts with at least one answer, started in the period.
    var attempts = 0
    /// The best score of those attempts that were finished.
    var best: Int?
    /// Whether the module quiz was passed in the period (a module without a quiz: every lesson
    /// finished, the last in the period).
    var passed = false
    /// Reading time of the period's days, plus the time of the attempts and runs counted.
    var seconds = 0
    /// Rehearsal runs.
    var rehearsals = RehearsalCount()
    /// Worksheets marked finished in the period.
    var sheetsDone = 0
    /// The days of the period with any activity in the module.
    var days: Set<ReportDay> = []
}

/// Computes `ModuleActivity` from a learner's record.
struct ActivityCounter {
    /// The longest a single quiz attempt or rehearsal run counts for, in seconds.
    static let sessionTimeCap = 3_600

    let period: ReportPeriod
    let calendar: Calendar

    func day(_ date: Date) -> ReportDay { ReportDay(date, calendar: calendar) }

    func inPeriod(_ date: Date?) -> Bool { date.map { period.contains(day($0)) } ?? false }

    /// The learner's activity in `module`.
    func activity(_ record: LearnerRecord, in module: ReportModule) -> ModuleActivity {
        var result = ModuleActivity()
        countReading(record, module, &result)
        countAttempts(record, module, &result)
        countRehearsals(record, module, &result)
        countSheets(record, module, &result)
        for entry in record.notebook.entries.values where entry.moduleID == module.id && inPeriod(entry.lastAnsweredAt) {
            result.days.insert(day(entry.lastAnsweredAt))
        }
        if module.quizID == nil {
            result.passed = !module.lessonIDs.isEmpty && result.lessonsFinished == module.lessonIDs.count
        }
        return result
    }

    private func countReading(_ record: LearnerRecord, _ module: ReportModule, _ result: inout ModuleActivity) {
        let lessons = Set(module.lessonIDs)
        for (key, state) in record.reading where key.moduleID == module.id {
            for date in [state.openedAt, state.finishedAt, state.lastReadAt].compactMap({ $0 }) where inPeriod(date) {
                result.days.insert(day(date))
            }
            if lessons.contains(key.lessonID), inPeriod(state.finishedAt) { result.lessonsFinished += 1 }
            // Time not kept by day belongs to the day the lesson was last read (a state without
            // any date, which the app never writes: the learner's last activity).
            let lastRead = state.lastReadAt ?? state.finishedAt ?? state.openedAt ?? record.learner.lastActiveAt
            let legacy = day(lastRead ?? record.learner.createdAt).description
            for (text, seconds) in state.secondsByDay(legacyDay: legacy) {
                guard let readDay = ReportDay(text), period.contains(readDay) else { continue }
                result.seconds = result.seconds.addingClamped(seconds)
                result.days.insert(readDay)
            }
        }
    }

    private func countAttempts(_ record: LearnerRecord, _ module: ReportModule, _ result: inout ModuleActivity) {
        for attempt in record.attempts where attempt.moduleID == module.id && !attempt.answers.isEmpty {
            for answer in attempt.answers where inPeriod(answer.answeredAt) { result.days.insert(day(answer.answeredAt)) }
            let isModuleQuiz = module.quizID != nil && attempt.quizID == module.quizID
            if isModuleQuiz, attempt.passed == true, inPeriod(attempt.endedAt) {
                result.passed = true
                if let ended = attempt.endedAt { result.days.insert(day(ended)) }
            }
            guard inPeriod(attempt.startedAt) else { continue }
            let last = attempt.endedAt ?? attempt.answers.map(\.answeredAt).max() ?? attempt.startedAt
            result.seconds = result.seconds.addingClamped(Self.duration(from: attempt.startedAt, to: last))
            guard isModuleQuiz else { continue }
            result.attempts += 1
            if attempt.isFinished, let score = attempt.scorePercent { result.best = max(result.best ?? score, score) }
        }
    }

    private func countRehearsals(_ record: LearnerRecord, _ module: ReportModule, _ result: inout ModuleActivity) {
        for run in record.scenarioRuns where run.moduleID == module.id {
            guard let first = run.steps.first else { continue }
            for step in run.steps where inPeriod(step.at) { result.days.insert(day(step.at)) }
            guard inPeriod(first.at) else { continue }
            result.rehearsals.tried += 1
            if run.passed == true { result.rehearsals.passed += 1 }
            result.rehearsals.mistakes = result.rehearsals.mistakes.addingClamped(max(0, run.mistakes))
            let last = run.steps.map(\.at).max() ?? first.at
            result.seconds = result.seconds.addingClamped(Self.duration(from: run.startedAt, to: last))
        }
    }

    private func countSheets(_ record: LearnerRecord, _ module: ReportModule, _ result: inout ModuleActivity) {
        for sheet in record.worksheets where sheet.id.hasPrefix(module.id + "/") {
            guard sheet.answers.values.contains(where: { !$0.isEmpty }) else { continue }
            for date in [sheet.startedAt, sheet.updatedAt, sheet.finishedAt].compactMap({ $0 }) where inPeriod(date) {
                result.days.insert(day(date))
            }
            if inPeriod(sheet.finishedAt) { result.sheetsDone += 1 }
        }
    }

    /// Seconds from `start` to `end`, at most `sessionTimeCap` (an end before the start counts 0).
    static func duration(from start: Date, to end: Date) -> Int {
        let seconds = end.timeIntervalSince(start)
        guard seconds.isFinite else { return 0 }
        return Int(min(Double(sessionTimeCap), max(0, seconds.rounded())))
    }
}
