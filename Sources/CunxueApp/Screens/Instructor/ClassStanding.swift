import Foundation
import LessonKit
import ProgressKit

/// The groups of the class table, in the order they are shown.
public enum ClassGroup: Int, Sendable, Equatable, Comparable, CaseIterable {
    /// Failed a module quiz not yet passed, stalled with work unfinished, or a file that
    /// cannot be read.
    case needsHelp
    /// Everyone else who has started.
    case fine
    /// Nothing done yet.
    case notStarted

    public static func < (a: ClassGroup, b: ClassGroup) -> Bool { a.rawValue < b.rawValue }
}

/// A learner's rehearsals (情景演练), counted per scenario.
public struct RehearsalCount: Sendable, Equatable {
    /// Scenarios run at least once.
    public var tried: Int = 0
    /// Scenarios with at least one run ending in a pass.
    public var passed: Int = 0
    /// `mistake` passages reached, over every run.
    public var mistakes: Int = 0
    /// Runs, finished or not.
    public var runs: Int = 0
}

/// Where a learner stands, as the instructor's class table sorts and groups them. Worked out
/// from the learner's record alone.
public struct LearnerStanding: Sendable, Equatable {
    /// Days without activity after which a learner with work unfinished counts as stalled.
    public static let stalledAfterDays = 7

    /// The group.
    public var group: ClassGroup
    /// Modules whose module quiz was failed and not passed since.
    public var failedModules: [String] = []
    /// Failed finished attempts at those modules' quizzes.
    public var failedAttempts: Int = 0
    /// Calendar days since the last activity (0: today), nil when never active.
    public var idleDays: Int?
    /// No activity for `stalledAfterDays` days or more, with work unfinished.
    public var isStalled = false
    /// The file could not be read.
    public var isUnreadable = false
    /// Share of lessons read and module quizzes passed, 0…1.
    public var progress: Double = 0
    /// Rehearsals.
    public var rehearsals = RehearsalCount()

    /// The standing of `member` in `library` at `now`.
    public static func of(_ member: ClassMember, library: Library, now: Date, calendar: Calendar) -> LearnerStanding {
        guard let record = member.record else {
            return LearnerStanding(group: .needsHelp, idleDays: days(from: member.summary.lastActive, to: now, calendar), isUnreadable: true)
        }
        var standing = LearnerStanding(group: .fine)
        standing.rehearsals = rehearsals(record)
        guard hasStarted(record) else {
            standing.group = .notStarted
            return standing
        }
        var parts = 0, done = 0, unfinished = false
        for module in library.modules {
            let progress = record.progress(in: module)
            parts += progress.lessonCount + (module.quiz == nil ? 0 : 1)
            done += progress.lessonsRead + (module.quiz != nil && progress.passed ? 1 : 0)
            if !progress.isDone { unfinished = true }
            guard let quiz = module.quiz, case .failed = record.quizStatus(quizID: quiz.id, moduleID: module.id) else { continue }
            standing.failedModules.append(module.id)
            standing.failedAttempts += record.attempts(quizID: quiz.id, moduleID: module.id).filter { $0.isFinished && $0.passed == false }.count
        }
        standing.progress = parts == 0 ? 1 : Double(done) / Double(parts)
        standing.idleDays = days(from: record.learner.lastActiveAt ?? member.summary.lastActive, to: now, calendar)
        standing.isStalled = unfinished && (standing.idleDays ?? 0) >= stalledAfterDays
        if !standing.failedModules.isEmpty || standing.isStalled { standing.group = .needsHelp }
        return standing
    }

    /// Whether the learner did anything that counts as learning: read a lesson, answered a
    /// question, took a step in a rehearsal, typed into a worksheet. Opening a quiz and leaving
    /// it at once does not count.
    public static func hasStarted(_ record: LearnerRecord) -> Bool {
        record.reading.values.contains { $0.isOpened }
            || record.attempts.contains { !$0.answers.isEmpty }
            || record.scenarioRuns.contains { !$0.steps.isEmpty }
            || !SheetExporter.filled(record).isEmpty
    }

    /// Rehearsals counted per scenario.
    public static func rehearsals(_ record: LearnerRecord) -> RehearsalCount {
        var count = RehearsalCount()
        let byScenario = Dictionary(grouping: record.scenarioRuns, by: \.scenarioID)
        count.tried = byScenario.count
        count.passed = byScenario.values.filter { runs in runs.contains { $0.passed == true } }.count
        count.mistakes = record.scenarioRuns.reduce(0) { $0 + $1.mistakes }
        count.runs = record.scenarioRuns.count
        return count
    }

    /// Calendar days between `date` and `now` (0 the same day), nil without a date.
    static func days(from date: Date?, to now: Date, _ calendar: Calendar) -> Int? {
        guard let date else { return nil }
        let start = calendar.startOfDay(for: date), end = calendar.startOfDay(for: now)
        return max(0, calendar.dateComponents([.day], from: start, to: end).day ?? 0)
    }
}

/// The class in the order the instructor sees it.
public enum ClassOrder {
    /// `members` grouped and sorted: those who need help first (unreadable files, then failed
    /// quizzes, most failed attempts first, then stalled, longest away first), then the others
    /// (least progress first), then those who have not started; names break ties, in pinyin
    /// order (李 before 王 before 张), then ids.
    public static func sorted(_ members: [ClassMember], library: Library, now: Date,
                              calendar: Calendar) -> [(member: ClassMember, standing: LearnerStanding)] {
        let rows = members.map { member in
            (member: member, standing: LearnerStanding.of(member, library: library, now: now, calendar: calendar),
             name: sortName(member.summary.name))
        }
        return rows.sorted { a, b in
            let (ka, kb) = (key(a.standing), key(b.standing))
            if ka != kb { return ka.lexicographicallyPrecedes(kb) }
            if a.name != b.name { return a.name < b.name }
            if a.member.summary.name != b.member.summary.name { return a.member.summary.name < b.member.summary.name }
            return a.member.summary.id < b.member.summary.id
        }.map { (member: $0.member, standing: $0.standing) }
    }

    /// A name as it sorts: Chinese characters as pinyin, without tones or case.
    static func sortName(_ name: String) -> String {
        (name.applyingTransform(.mandarinToLatin, reverse: false) ?? name)
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The sort key, smaller first.
    private static func key(_ s: LearnerStanding) -> [Double] {
        switch s.group {
        case .needsHelp:
            if s.isUnreadable { return [0, 0, 0] }
            if !s.failedModules.isEmpty { return [0, 1, -Double(s.failedAttempts)] }
            return [0, 2, -Double(s.idleDays ?? 0)]
        case .fine: return [1, s.progress, 0]
        case .notStarted: return [2, 0, 0]
        }
    }
}
