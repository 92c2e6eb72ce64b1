import LessonKit
import ProgressKit

/// How a learner stands with the rehearsals (情景演练) of one module: how many there are, how
/// many she tried (a run begun) and how many she passed, as the home screen and the results count
/// them.
struct RehearsalProgress: Equatable, Sendable {
    /// Rehearsals in the module.
    var total: Int
    /// Rehearsals with at least one run, finished or not.
    var tried: Int
    /// Rehearsals with a run that reached a passing ending.
    var passed: Int
}

/// One rehearsal's runs as the module page shows them: tried, passed, and the mistakes of the
/// best run (a passing one with the fewest mistakes, else the finished one with the fewest).
struct RehearsalRecord: Equatable, Sendable {
    /// Finished runs.
    var finishedRuns: Int
    /// Whether a run passed.
    var passed: Bool
    /// Mistakes in the best finished run, nil when none finished.
    var bestMistakes: Int?
    /// Whether the latest run is unfinished (it resumes where it was).
    var inProgress: Bool
}

extension LearnerRecord {
    /// The rehearsals of `module`: total, tried, passed.
    func rehearsalProgress(in module: Module) -> RehearsalProgress {
        let records = module.scenarios.map { rehearsalRecord($0) }
        return RehearsalProgress(total: records.count,
                                 tried: records.filter { $0.finishedRuns > 0 || $0.inProgress }.count,
                                 passed: records.filter(\.passed).count)
    }

    /// The runs of one rehearsal, summed up.
    func rehearsalRecord(_ scenario: Scenario) -> RehearsalRecord {
        let runs = scenarioRuns(scenarioID: scenario.qualifiedID)
        let finished = runs.filter(\.isFinished)
        let passing = finished.filter { $0.passed == true }
        let best = (passing.isEmpty ? finished : passing).map(\.mistakes).min()
        return RehearsalRecord(finishedRuns: finished.count, passed: !passing.isEmpty, bestMistakes: best,
                               inProgress: runs.last.map { !$0.isFinished } ?? false)
    }

    /// The rehearsals of `module` not passed yet, in module order.
    func rehearsalsNotPassed(in module: Module) -> [Scenario] {
        module.scenarios.filter { !rehearsalRecord($0).passed }
    }
}
