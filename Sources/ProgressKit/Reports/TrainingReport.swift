import Foundation

/// Training figures for the township: one row per learner × module, and totals.
///
/// Definitions (all counting only activity at or after `since` when it is given):
/// - *lessons read*: lessons of the module the learner reached the end of (`finishedAt`);
/// - *time spent*: reading time of the module's lessons read in the period, plus the time of
///   its quiz attempts (start to end or last answer, at most an hour each, so a quiz left open
///   does not count as a day of study); with `since`, a lesson's reading time counts whole when
///   it was last read in the period (reading time is not kept by day);
/// - *best score*, *attempts*, *passed*: from attempts at the module quiz; a module without a
///   quiz is passed by reading all its lessons;
/// - *started*: the learner opened a lesson of the module or started one of its quizzes;
/// - *learners trained*: learners who opened any lesson;
/// - *completion rate* of a module: learners who passed ÷ learners who started.
public struct TrainingReport: Sendable, Hashable {
    /// The longest a single quiz attempt counts for, in seconds.
    public static let attemptTimeCap = 3_600

    /// One learner in one module.
    public struct Row: Sendable, Hashable {
        /// The learner's id.
        public var learnerID: String
        /// The learner's name.
        public var learnerName: String
        /// The module's id.
        public var moduleID: String
        /// The module's title.
        public var moduleTitle: String
        /// Lessons read to the end.
        public var lessonsRead: Int
        /// Lessons in the module.
        public var lessonsTotal: Int
        /// Seconds spent reading and in quizzes.
        public var secondsSpent: Int
        /// The best module-quiz score in percent, nil when none was finished.
        public var bestScore: Int?
        /// Whether the learner passed the module.
        public var passed: Bool
        /// Attempts at the module quiz (finished or not).
        public var attempts: Int
        /// The learner's last activity in the module.
        public var lastActiveAt: Date?
        /// Whether the learner started the module.
        public var started: Bool
    }

    /// A module's figures over all learners.
    public struct ModuleTotal: Sendable, Hashable {
        /// The module.
        public var module: ReportModule
        /// Learners who started it.
        public var learnersStarted: Int
        /// Learners who passed it.
        public var learnersPassed: Int
        /// Seconds all learners spent in it.
        public var secondsSpent: Int

        /// Learners who passed ÷ learners who started (nil when nobody started).
        public var completionRate: Double? {
            learnersStarted == 0 ? nil : Double(learnersPassed) / Double(learnersStarted)
        }
    }

    /// Activity before this is not counted (nil: everything counts).
    public var since: Date?
    /// The rows: learners by name then id, each with every module in course order.
    public var rows: [Row]
    /// The modules' figures, in course order (modules found only in progress files last).
    public var modules: [ModuleTotal]
    /// Learners in the data.
    public var learnerCount: Int
    /// Learners who opened a lesson.
    public var learnersTrained: Int
    /// Rows with the module passed (a learner who passed three modules counts three times).
    public var modulesPassed: Int
    /// All seconds spent.
    public var secondsSpent: Int

    /// Computes the report.
    /// - Parameters:
    ///   - records: learners' records; several records of one learner are merged first.
    ///   - modules: the course's modules, in order.
    ///   - since: count only activity at or after this time.
    public init(records: [LearnerRecord], modules: [ReportModule], since: Date? = nil) {
        self.since = since
        var byID: [String: LearnerRecord] = [:]
        for record in records {
            byID[record.id] = byID[record.id].flatMap { try? LearnerRecord.merge($0, record) } ?? record
        }
        let records = Array(byID.values)
        let allModules = modules + Self.modulesOnlyInRecords(records, known: modules)
        let learners = records.sorted { ($0.learner.displayName, $0.id) < ($1.learner.displayName, $1.id) }
        var rows: [Row] = []
        var trained = 0
        for record in learners {
            let window = Window(since: since)
            if record.reading.values.contains(where: { $0.isOpened && window.contains($0) }) { trained += 1 }
            for module in allModules {
                rows.append(Self.row(record, module, window))
            }
        }
        self.rows = rows
        self.modules = allModules.map { module in
            let mine = rows.filter { $0.moduleID == module.id }
            return ModuleTotal(module: module, learnersStarted: mine.filter(\.started).count,
                               learnersPassed: mine.filter(\.passed).count,
                               secondsSpent: mine.reduce(0) { $0.addingClamped($1.secondsSpent) })
        }
        learnerCount = records.count
        learnersTrained = trained
        modulesPassed = rows.filter(\.passed).count
        secondsSpent = rows.reduce(0) { $0.addingClamped($1.secondsSpent) }
    }

    // MARK: - Rows

    /// Which activity counts.
    private struct Window {
        var since: Date?

        func contains(_ date: Date?) -> Bool {
            guard let since else { return true }
            guard let date else { return false }
            return date >= since
        }

        func contains(_ state: ReadingState) -> Bool {
            contains(state.lastReadAt ?? state.finishedAt ?? state.openedAt)
        }

        func contains(_ attempt: Attempt) -> Bool {
            contains(attempt.startedAt)
        }
    }

    private static func row(_ record: LearnerRecord, _ module: ReportModule, _ window: Window) -> Row {
        let states = record.reading.filter { $0.key.moduleID == module.id && window.contains($0.value) }
        let lessons = Set(module.lessonIDs)
        let read = states.filter {
            lessons.contains($0.key.lessonID) && $0.value.isFinished && window.contains($0.value.finishedAt)
        }.count
        let attempts = record.attempts.filter { $0.moduleID == module.id && window.contains($0) }
        let quizAttempts = attempts.filter { module.quizID != nil && $0.quizID == module.quizID }
        let finished = quizAttempts.filter(\.isFinished)
        let passed: Bool
        if module.quizID != nil {
            passed = finished.contains { $0.passed == true }
        } else {
            passed = !module.lessonIDs.isEmpty && read == module.lessonIDs.count
        }
        // Numbers come from files: a sum never traps (records are clamped on reading, and sums
        // stop at Int.max rather than overflow).
        let readingSeconds = states.values.reduce(0) { $0.addingClamped(max(0, $1.secondsSpent)) }
        let quizSeconds = attempts.reduce(0) { $0.addingClamped(duration(of: $1)) }
        let lastReading = states.values.compactMap { $0.lastReadAt ?? $0.finishedAt ?? $0.openedAt }.max()
        let lastAttempt = attempts.map(lastActivity(of:)).max()
        let last = [lastReading, lastAttempt].compactMap { $0 }.max()
        return Row(
            learnerID: record.id, learnerName: record.learner.displayName, moduleID: module.id, moduleTitle: module.title,
            lessonsRead: read, lessonsTotal: module.lessonIDs.count, secondsSpent: readingSeconds.addingClamped(quizSeconds),
            bestScore: finished.compactMap(\.scorePercent).max(), passed: passed, attempts: quizAttempts.count,
            lastActiveAt: last, started: states.values.contains(where: \.isOpened) || !attempts.isEmpty)
    }

    /// Seconds from an attempt's start to its end (or last answer), at most `attemptTimeCap`
    /// (an end before the start counts 0).
    private static func duration(of attempt: Attempt) -> Int {
        let seconds = lastActivity(of: attempt).timeIntervalSince(attempt.startedAt)
        guard seconds.isFinite else { return 0 }
        return Int(min(Double(attemptTimeCap), max(0, seconds.rounded())))
    }

    private static func lastActivity(of attempt: Attempt) -> Date {
        attempt.endedAt ?? attempt.answers.map(\.answeredAt).max() ?? attempt.startedAt
    }

    /// Modules that records mention but the course does not have (e.g. removed since), with
    /// the lessons seen in the records, sorted by id.
    private static func modulesOnlyInRecords(_ records: [LearnerRecord], known: [ReportModule]) -> [ReportModule] {
        let knownIDs = Set(known.map(\.id))
        var lessons: [String: Set<String>] = [:]
        for record in records {
            for key in record.reading.keys where !knownIDs.contains(key.moduleID) {
                lessons[key.moduleID, default: []].insert(key.lessonID)
            }
            for attempt in record.attempts where !knownIDs.contains(attempt.moduleID) {
                lessons[attempt.moduleID, default: []].formUnion([])
            }
        }
        return lessons.keys.sorted().map { id in
            ReportModule(id: id, title: id, lessonIDs: (lessons[id] ?? []).sorted(), quizID: id + "/quiz", isInCourse: false)
        }
    }
}

extension Int {
    /// `self + other`, stopping at `Int.max` (or `Int.min`) instead of trapping.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}
