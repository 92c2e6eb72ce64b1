import Foundation

/// `cunxue report` as CSV: one table per file so that WPS and Excel can sort and filter each —
/// 台账.csv (one row per trainee), 模块.csv (one row per module) and 合计.csv (one row of
/// totals) — each with the station in every row, so several stations' files can be put
/// together. Headers in Chinese, or English when asked. Every field is cleaned by `CSVWriter`.
public struct ReportCSV: Sendable {
    /// Whether headers and words are in English.
    public var english: Bool

    /// Creates a CSV renderer.
    /// - Parameter english: English headers when true, Chinese otherwise.
    public init(english: Bool) {
        self.english = english
    }

    /// The three files, by name (the names are always Chinese, as the township expects them).
    public func files(_ report: TrainingReport) -> [(name: String, data: Data)] {
        [("台账.csv", table(ledger(report))), ("模块.csv", table(modules(report))), ("合计.csv", table(totals(report)))]
    }

    /// The three tables in one stream (for standard output), an empty line between them.
    public func combined(_ report: TrainingReport) -> Data {
        var writer = CSVWriter()
        for (index, rows) in [ledger(report), modules(report), totals(report)].enumerated() {
            if index > 0 { writer.appendEmptyLine() }
            for row in rows { writer.append(row) }
        }
        return writer.data
    }

    /// 台账: a header, then one row per learner with activity in the period.
    public func ledger(_ report: TrainingReport) -> [[String]] {
        let header = english
            ? ["Name", "Station", "Learner ID", "Status", "First day", "Last day", "Days attended", "Minutes",
               "Class hours", "Modules passed", "Qualified"]
            : ["姓名", "服务站", "学员编号", "状态", "首次学习日期", "最近学习日期", "学习天数", "学习时长（分钟）",
               "学时", "通过单元数", "是否合格"]
        return [header + practiceHeader] + report.learners.filter(\.trained).map { learner in
            [
                learner.name, learner.station, learner.id, status(learner.removed),
                learner.firstDay?.description ?? "", learner.lastDay?.description ?? "", String(learner.daysAttended),
                String(learner.minutes), Self.classHours(learner.classHourTenths), String(learner.modulesPassed),
                yesNo(learner.qualified),
            ] + Self.practice(learner.rehearsals, sheetsDone: learner.sheetsDone)
        }
    }

    /// 模块: a header, then one row per module.
    public func modules(_ report: TrainingReport) -> [[String]] {
        let header = english
            ? ["Station", "Module ID", "Module", "Learners", "Passed", "Completion rate", "Quiz attempts", "Minutes"]
            : ["服务站", "单元编号", "单元", "学习人数", "通过人数", "通过率", "测验次数", "学习时长（分钟）"]
        let station = report.stations.joined(separator: "、")
        return [header + practiceHeader] + report.modules.map { total in
            [
                station, total.module.id, total.module.title, String(total.learnersActive), String(total.learnersPassed),
                total.completionRate.map(Self.percent) ?? "", String(total.attempts), String(total.minutes),
            ] + Self.practice(total.rehearsals, sheetsDone: total.sheetsDone)
        }
    }

    /// 合计: a header and one row.
    public func totals(_ report: TrainingReport) -> [[String]] {
        let header = english
            ? ["Station", "Since", "Until", "Learners", "Trained", "Qualified", "Minutes", "Class hours",
               "Modules passed (learner × module)", "Rehearsals tried", "Rehearsals passed", "Worksheets done"]
            : ["服务站", "统计起始日期", "统计截止日期", "学员人数", "培训人数", "合格人数", "学习时长（分钟）", "学时",
               "通过的单元（人次）", "演练次数", "演练通过次数", "完成实操单数"]
        let totals = report.totals
        return [header, [
            report.stations.joined(separator: "、"), report.period.since?.description ?? "",
            report.period.until?.description ?? "", String(totals.learners), String(totals.trained), String(totals.qualified),
            String(totals.minutes), Self.classHours(totals.classHourTenths), String(totals.modulesPassed),
            String(totals.rehearsals.tried), String(totals.rehearsals.passed), String(totals.sheetsDone),
        ]]
    }

    /// The columns of rehearsals and worksheets that end a ledger row and a module row.
    private var practiceHeader: [String] {
        english
            ? ["Rehearsals tried", "Rehearsals passed", "Rehearsal mistakes", "Worksheets done"]
            : ["演练次数", "演练通过次数", "演练失误次数", "完成实操单数"]
    }

    /// The fields under `practiceHeader`.
    private static func practice(_ rehearsals: RehearsalCount, sheetsDone: Int) -> [String] {
        [String(rehearsals.tried), String(rehearsals.passed), String(rehearsals.mistakes), String(sheetsDone)]
    }

    private func table(_ rows: [[String]]) -> Data {
        var writer = CSVWriter()
        for row in rows { writer.append(row) }
        return writer.data
    }

    /// Tenths of a class hour as `12.3`.
    static func classHours(_ tenths: Int) -> String {
        "\(tenths / 10).\(tenths % 10)"
    }

    /// `66.7%`.
    static func percent(_ rate: Double) -> String {
        String(format: "%.1f%%", rate * 100)
    }

    private func yesNo(_ value: Bool) -> String {
        english ? (value ? "yes" : "no") : (value ? "是" : "否")
    }

    private func status(_ removed: Bool) -> String {
        english ? (removed ? "removed" : "on the list") : (removed ? "已移除" : "在册")
    }
}
