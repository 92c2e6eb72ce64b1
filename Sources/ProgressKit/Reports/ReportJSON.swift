import Foundation

/// `cunxue report --format json`: one JSON document for county tools, with exactly the keys
/// `period` (`since`, `until`), `totals`, `learners` (each with its `modules`) and `modules`
/// (see docs/report.md), plus `rehearsals` and `sheets` in each. Every string is cleaned of
/// control, bidi and zero-width characters (`SafeText`): ids and names may come from a synced file.
public enum ReportJSON {
    /// The report as pretty-printed JSON with sorted keys and a final newline.
    /// - Throws: an `EncodingError` (not expected).
    public static func render(_ report: TrainingReport) throws -> Data {
        let document = Document(
            period: Period(since: report.period.since?.description, until: report.period.until?.description),
            totals: Totals(report.totals),
            learners: report.learners.map(Learner.init),
            modules: report.modules.map(Module.init))
        var data = try RecordCoding.makeEncoder().encode(document)
        data.append(0x0A)
        return data
    }

    private static func clean(_ text: String) -> String {
        SafeText.clean(text, limit: 1_000)
    }

    /// `12.3` from 123 tenths, exactly.
    private static func hours(_ tenths: Int) -> Decimal {
        Decimal(tenths) / 10
    }

    private struct Document: Encodable {
        var period: Period
        var totals: Totals
        var learners: [Learner]
        var modules: [Module]
    }

    /// Open ends are written as `null`.
    private struct Period: Encodable {
        @NullWhenAbsent var since: String?
        @NullWhenAbsent var until: String?
    }

    private struct Rehearsals: Encodable {
        var tried: Int
        var passed: Int
        var mistakes: Int

        init(_ count: RehearsalCount) {
            tried = count.tried
            passed = count.passed
            mistakes = count.mistakes
        }
    }

    private struct Sheets: Encodable {
        var done: Int
    }

    private struct Totals: Encodable {
        var learners: Int
        var trained: Int
        var qualified: Int
        var minutes: Int
        var classHours: Decimal
        var rehearsals: Rehearsals
        var sheets: Sheets

        init(_ totals: TrainingReport.Totals) {
            learners = totals.learners
            trained = totals.trained
            qualified = totals.qualified
            minutes = totals.minutes
            classHours = hours(totals.classHourTenths)
            rehearsals = Rehearsals(totals.rehearsals)
            sheets = Sheets(done: totals.sheetsDone)
        }
    }

    private struct Learner: Encodable {
        var id: String
        var name: String
        var station: String
        var removed: Bool
        var trained: Bool
        var qualified: Bool
        var minutes: Int
        var modules: [LearnerModule]
        var rehearsals: Rehearsals
        var sheets: Sheets

        init(_ figures: TrainingReport.LearnerFigures) {
            id = clean(figures.id)
            name = clean(figures.name)
            station = clean(figures.station)
            removed = figures.removed
            trained = figures.trained
            qualified = figures.qualified
            minutes = figures.minutes
            modules = figures.modules.map(LearnerModule.init)
            rehearsals = Rehearsals(figures.rehearsals)
            sheets = Sheets(done: figures.sheetsDone)
        }
    }

    private struct LearnerModule: Encodable {
        var id: String
        var title: String
        var lessonsFinished: Int
        var lessonsTotal: Int
        var attempts: Int
        /// `null` when no attempt was finished.
        @NullWhenAbsent var best: Int?
        var passed: Bool
        var minutes: Int
        var rehearsals: Rehearsals
        var sheets: Sheets

        init(_ figures: TrainingReport.ModuleFigures) {
            id = clean(figures.module.id)
            title = clean(figures.module.title)
            lessonsFinished = figures.lessonsFinished
            lessonsTotal = figures.module.lessonIDs.count
            attempts = figures.attempts
            best = figures.best
            passed = figures.passed
            minutes = figures.minutes
            rehearsals = Rehearsals(figures.rehearsals)
            sheets = Sheets(done: figures.sheetsDone)
        }
    }

    private struct Module: Encodable {
        var id: String
        var title: String
        var inCourse: Bool
        var lessons: Int
        var learners: Int
        var passed: Int
        /// `null` when nobody was active.
        @NullWhenAbsent var completionRate: Double?
        var attempts: Int
        var minutes: Int
        var rehearsals: Rehearsals
        var sheets: Sheets

        init(_ total: TrainingReport.ModuleTotal) {
            id = clean(total.module.id)
            title = clean(total.module.title)
            inCourse = total.module.isInCourse
            lessons = total.module.lessonIDs.count
            learners = total.learnersActive
            passed = total.learnersPassed
            completionRate = total.completionRate.map { ($0 * 10_000).rounded() / 10_000 }
            attempts = total.attempts
            minutes = total.minutes
            rehearsals = Rehearsals(total.rehearsals)
            sheets = Sheets(done: total.sheetsDone)
        }
    }
}

/// An optional that a synthesized `Encodable` writes as `null` when absent (it would leave the
/// key out): the report's keys are always all there.
@propertyWrapper
private struct NullWhenAbsent<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}
