import Foundation

/// One learner's record as a report takes it: with the station it was read at, and whether the
/// learner was taken off the list (`learners remove`).
public struct ReportLearner: Sendable, Hashable {
    /// The record (copies of one learner merged).
    public var record: LearnerRecord
    /// The station's name (several joined with `、` when the learner trained at several; empty
    /// when no name was set).
    public var station: String
    /// Whether the learner's file is only in `removed/`.
    public var removed: Bool

    /// Creates one.
    public init(record: LearnerRecord, station: String = "", removed: Bool = false) {
        self.record = record
        self.station = station
        self.removed = removed
    }
}

/// Training figures for the township over a period: one line per learner, one per module, and
/// totals. Every figure is defined once, in docs/report.md; in short:
/// - *trained* (培训人数): any learning activity in the period — reading, an answered question,
///   a rehearsal step, a worksheet field;
/// - *qualified* (合格人数): passed at least one module in the period (its module quiz; a module
///   without a quiz: all its lessons finished);
/// - *attempt*: a module-quiz attempt with at least one answer, counted on the day it started;
/// - *minutes*: reading time of the period's days, plus attempts and rehearsal runs counted in
///   the period (start to last answer or step, at most an hour each); rounded so that rows add
///   up to the total; *class hours* (学时): minutes ÷ 45, in tenths, also adding up.
public struct TrainingReport: Sendable, Hashable {
    /// Minutes in one class hour (学时): a school lesson's 45 minutes, as training programmes count.
    public static let minutesPerClassHour = 45

    /// One learner in one module.
    public struct ModuleFigures: Sendable, Hashable {
        /// The module.
        public var module: ReportModule
        /// Lessons finished in the period.
        public var lessonsFinished: Int
        /// Module-quiz attempts (at least one answer) started in the period.
        public var attempts: Int
        /// The best score of those finished, nil when none was.
        public var best: Int?
        /// Whether the module was passed in the period.
        public var passed: Bool
        /// Exact seconds.
        public var seconds: Int
        /// Whole minutes (the learner's minutes shared out, adding up).
        public var minutes: Int
        /// Rehearsal runs.
        public var rehearsals: RehearsalCount
        /// Worksheets finished.
        public var sheetsDone: Int
        /// Whether there was any activity in the module in the period.
        public var active: Bool
    }

    /// One learner.
    public struct LearnerFigures: Sendable, Hashable {
        /// The learner's id.
        public var id: String
        /// Their name.
        public var name: String
        /// Their station.
        public var station: String
        /// Whether they were taken off the list.
        public var removed: Bool
        /// Any learning activity in the period.
        public var trained: Bool
        /// Passed at least one module in the period.
        public var qualified: Bool
        /// Whole minutes (adding up to the total).
        public var minutes: Int
        /// Class hours in tenths (adding up to the total).
        public var classHourTenths: Int
        /// The first and last day with activity in the period.
        public var firstDay: ReportDay?
        /// The last day with activity in the period.
        public var lastDay: ReportDay?
        /// Days with activity in the period.
        public var daysAttended: Int
        /// Each module of the course, in course order.
        public var modules: [ModuleFigures]

        /// Modules passed in the period.
        public var modulesPassed: Int { modules.filter(\.passed).count }
        /// Rehearsals over all modules.
        public var rehearsals: RehearsalCount { modules.reduce(RehearsalCount()) { $0 + $1.rehearsals } }
        /// Worksheets finished over all modules.
        public var sheetsDone: Int { modules.reduce(0) { $0.addingClamped($1.sheetsDone) } }
    }

    /// A module over all learners.
    public struct ModuleTotal: Sendable, Hashable {
        /// The module.
        public var module: ReportModule
        /// Learners with activity in it in the period.
        public var learnersActive: Int
        /// Learners who passed it in the period.
        public var learnersPassed: Int
        /// Module-quiz attempts.
        public var attempts: Int
        /// Minutes (the sum of the learners' rounded minutes in it).
        public var minutes: Int
        /// Rehearsal runs.
        public var rehearsals: RehearsalCount
        /// Worksheets finished.
        public var sheetsDone: Int

        /// Learners who passed ÷ learners active (nil when nobody was).
        public var completionRate: Double? {
            learnersActive == 0 ? nil : Double(learnersPassed) / Double(learnersActive)
        }
    }

    /// The whole report's figures.
    public struct Totals: Sendable, Hashable {
        /// Learners listed: those who trained in the period, and everyone on the list who had been
        /// added by its end (removed learners only when they trained in it).
        public var learners: Int
        /// 培训人数.
        public var trained: Int
        /// 合格人数.
        public var qualified: Int
        /// Minutes (the sum of the learners' minutes).
        public var minutes: Int
        /// Class hours in tenths (the sum of the learners').
        public var classHourTenths: Int
        /// Modules passed, learner × module.
        public var modulesPassed: Int
        /// Rehearsal runs.
        public var rehearsals: RehearsalCount
        /// Worksheets finished.
        public var sheetsDone: Int
    }

    /// The days counted.
    public var period: ReportPeriod
    /// The stations the data came from (names set, sorted).
    public var stations: [String]
    /// The learners by name, then station, then id.
    public var learners: [LearnerFigures]
    /// The modules in course order (modules found only in progress files last).
    public var modules: [ModuleTotal]
    /// The totals.
    public var totals: Totals

    /// Computes the report.
    /// - Parameters:
    ///   - learners: the learners (several entries of one id are merged).
    ///   - modules: the course's modules, in order.
    ///   - period: the days to count.
    ///   - calendar: the calendar (time zone) of the station's days.
    public init(learners: [ReportLearner], modules: [ReportModule], period: ReportPeriod = .all, calendar: Calendar) {
        self.period = period
        let merged = Self.merged(learners)
        let allModules = modules + Self.modulesOnlyInRecords(merged.map(\.record), known: modules)
        let counter = ActivityCounter(period: period, calendar: calendar)
        // Listed: who trained in the period, and everyone on the list who had been added by its end.
        let listed = Set(merged.filter { entry in
            !entry.removed && period.until.map { counter.day(entry.record.learner.createdAt) <= $0 } ?? true
        }.map(\.record.id))
        var figures = merged.map { Self.figures($0, allModules, counter) }.filter { $0.trained || listed.contains($0.id) }
        figures.sort { ($0.name, $0.station, $0.id) < ($1.name, $1.station, $1.id) }
        Self.shareOutTime(&figures)
        self.learners = figures
        stations = Set(merged.flatMap { Self.stationNames($0.station) }).sorted()
        self.modules = allModules.enumerated().map { index, module in
            let mine = figures.map { $0.modules[index] }
            return ModuleTotal(
                module: module, learnersActive: mine.filter(\.active).count, learnersPassed: mine.filter(\.passed).count,
                attempts: mine.reduce(0) { $0.addingClamped($1.attempts) }, minutes: mine.reduce(0) { $0.addingClamped($1.minutes) },
                rehearsals: mine.reduce(RehearsalCount()) { $0 + $1.rehearsals },
                sheetsDone: mine.reduce(0) { $0.addingClamped($1.sheetsDone) })
        }
        totals = Totals(
            learners: figures.count, trained: figures.filter(\.trained).count, qualified: figures.filter(\.qualified).count,
            minutes: figures.reduce(0) { $0.addingClamped($1.minutes) },
            classHourTenths: figures.reduce(0) { $0.addingClamped($1.classHourTenths) },
            modulesPassed: figures.reduce(0) { $0.addingClamped($1.modulesPassed) },
            rehearsals: figures.reduce(RehearsalCount()) { $0 + $1.rehearsals },
            sheetsDone: figures.reduce(0) { $0.addingClamped($1.sheetsDone) })
    }

    /// The report of records with no station and nobody removed.
    public init(records: [LearnerRecord], modules: [ReportModule], period: ReportPeriod = .all, calendar: Calendar) {
        self.init(learners: records.map { ReportLearner(record: $0) }, modules: modules, period: period, calendar: calendar)
    }

    /// Entries of one id merged: records merged, stations joined, removed only when removed everywhere.
    private static func merged(_ learners: [ReportLearner]) -> [ReportLearner] {
        var byID: [String: ReportLearner] = [:]
        for entry in learners {
            guard var existing = byID[entry.record.id] else {
                byID[entry.record.id] = entry
                continue
            }
            existing.record = (try? LearnerRecord.merge(existing.record, entry.record)) ?? existing.record
            let names = Set(Self.stationNames(existing.station + "、" + entry.station))
            existing.station = names.sorted().joined(separator: "、")
            existing.removed = existing.removed && entry.removed
            byID[entry.record.id] = existing
        }
        return byID.keys.sorted().compactMap { byID[$0] }
    }

    /// The station names in a learner's `station` (several are joined with `、`), split at each
    /// `、` scalar: a `、` followed by a combining mark is one `Character`, which `split` and
    /// Foundation's `components(separatedBy:)` would not split at.
    static func stationNames(_ station: String) -> [String] {
        station.unicodeScalars.split(separator: "、").map { String(String.UnicodeScalarView($0)) }
    }

    private static func figures(_ entry: ReportLearner, _ modules: [ReportModule], _ counter: ActivityCounter) -> LearnerFigures {
        let activities = modules.map { counter.activity(entry.record, in: $0) }
        var days = activities.reduce(into: Set<ReportDay>()) { $0.formUnion($1.days) }
        // A notebook review of a module no longer anywhere still counts as activity.
        for entry in entry.record.notebook.entries.values where counter.inPeriod(entry.lastAnsweredAt) {
            days.insert(counter.day(entry.lastAnsweredAt))
        }
        let moduleFigures = zip(modules, activities).map { module, activity in
            ModuleFigures(module: module, lessonsFinished: activity.lessonsFinished, attempts: activity.attempts,
                          best: activity.best, passed: activity.passed, seconds: activity.seconds, minutes: 0,
                          rehearsals: activity.rehearsals, sheetsDone: activity.sheetsDone, active: !activity.days.isEmpty)
        }
        return LearnerFigures(
            id: entry.record.id, name: entry.record.learner.displayName, station: entry.station, removed: entry.removed,
            trained: !days.isEmpty, qualified: moduleFigures.contains(where: \.passed), minutes: 0, classHourTenths: 0,
            firstDay: days.min(), lastDay: days.max(), daysAttended: days.count, modules: moduleFigures)
    }

    /// Minutes and class hours shared out so that every sum adds up: the total minutes are the
    /// total seconds rounded; each learner's minutes are their share (largest remainder), and
    /// each module's minutes their share of the learner's; class hours likewise from minutes.
    private static func shareOutTime(_ figures: inout [LearnerFigures]) {
        let seconds = figures.map { $0.modules.reduce(0) { $0.addingClamped($1.seconds) } }
        let minutes = Apportion.parts(seconds, divisor: 60)
        let tenths = Apportion.parts(minutes.map { $0.multipliedReportingOverflow(by: 10).overflow ? .max : $0 * 10 },
                                     divisor: minutesPerClassHour)
        for index in figures.indices {
            figures[index].minutes = minutes[index]
            figures[index].classHourTenths = tenths[index]
            let shares = Apportion.parts(figures[index].modules.map(\.seconds), divisor: 60, total: minutes[index])
            for module in figures[index].modules.indices { figures[index].modules[module].minutes = shares[module] }
        }
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
            for id in record.moduleIDs where !knownIDs.contains(id) { lessons[id, default: []].formUnion([]) }
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
