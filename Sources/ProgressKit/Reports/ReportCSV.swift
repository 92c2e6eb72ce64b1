import Foundation

/// `cunxue report --format csv`: the rows, an empty line, the totals, an empty line, the
/// modules' figures. Headers in Chinese, or English when asked.
public struct ReportCSV: Sendable {
    /// Whether headers and words are in English.
    public var english: Bool
    /// The time zone for "last active" times.
    public var timeZone: TimeZone

    /// Creates a CSV renderer.
    /// - Parameters:
    ///   - english: English headers when true, Chinese otherwise.
    ///   - timeZone: the time zone for times (the station's).
    public init(english: Bool, timeZone: TimeZone) {
        self.english = english
        self.timeZone = timeZone
    }

    /// The column headers of the rows.
    public var headers: [String] {
        english
            ? ["Learner ID", "Name", "Module ID", "Module", "Lessons read", "Lessons total", "Time spent (min)",
               "Best score", "Passed", "Attempts", "Last active"]
            : ["学员编号", "姓名", "单元编号", "单元", "已学完课数", "总课数", "学习时长（分钟）",
               "最高分", "是否通过", "测验次数", "最近学习时间"]
    }

    /// The report as CSV bytes (UTF-8 with BOM, CRLF); every field cleaned by `CSVWriter`.
    /// - Parameters:
    ///   - report: the figures.
    ///   - since: the `--since` day, shown in the totals.
    public func render(_ report: TrainingReport, since: ReportDay? = nil) -> Data {
        var writer = CSVWriter()
        writer.append(headers)
        for row in report.rows {
            writer.append([
                row.learnerID, row.learnerName, row.moduleID, row.moduleTitle,
                String(row.lessonsRead), String(row.lessonsTotal), Self.minutes(row.secondsSpent),
                row.bestScore.map(String.init) ?? "", yesNo(row.passed), String(row.attempts),
                row.lastActiveAt.map(localTime) ?? "",
            ])
        }
        writer.appendEmptyLine()
        writer.append([english ? "Totals" : "合计"])
        if let since { writer.append([english ? "Since" : "统计起始日期", since.description]) }
        writer.append([english ? "Learners" : "学员总数", String(report.learnerCount)])
        writer.append([english ? "Learners trained (opened a lesson)" : "培训人数（打开过课程的学员）", String(report.learnersTrained)])
        writer.append([english ? "Modules passed (learner × module)" : "通过的单元（人次）", String(report.modulesPassed)])
        writer.append([english ? "Time spent (min)" : "学习时长合计（分钟）", Self.minutes(report.secondsSpent)])
        writer.appendEmptyLine()
        writer.append(english
            ? ["Module ID", "Module", "Learners started", "Learners passed", "Completion rate", "Time spent (min)"]
            : ["单元编号", "单元", "开始学习人数", "通过人数", "完成率", "学习时长（分钟）"])
        for total in report.modules {
            writer.append([
                total.module.id, total.module.title, String(total.learnersStarted),
                String(total.learnersPassed), total.completionRate.map(Self.percent) ?? "", Self.minutes(total.secondsSpent),
            ])
        }
        return writer.data
    }

    /// Whole minutes, rounded.
    static func minutes(_ seconds: Int) -> String {
        String(seconds / 60 + (seconds % 60 >= 30 ? 1 : 0))
    }

    /// `66.7%`.
    static func percent(_ rate: Double) -> String {
        String(format: "%.1f%%", rate * 100)
    }

    private func yesNo(_ value: Bool) -> String {
        english ? (value ? "yes" : "no") : (value ? "是" : "否")
    }

    /// `2025-06-15 15:06` in the report's time zone.
    private func localTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0)
    }
}
