import ArgumentParser
import Foundation
import LessonKit
import ProgressKit

/// `cunxue report`: training figures per learner and module, and totals, as CSV or JSON.
///
/// Takes `--data-dir` more than once (stations synced with a file-sync tool, USB copies), so it
/// has its own options instead of `GlobalOptions`, whose `--data-dir` is a single value.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "培训报表：培训人数、合格人数、学习时长和学时（CSV 或 JSON）。 Training figures for the township (CSV or JSON).",
        discussion: """
            培训人数：这段时间里有任何学习活动的人——读课、答过一道题、
              走过一步演练、填过一项实操单。
            合格人数：这段时间里通过了至少一个单元测验的人。
            测验次数：至少答了一道题才算一次；打开测验就按 Esc 不算。
            学习时长按天记录，只算这段时间里的分钟；1 学时 = 45 分钟。
              四舍五入后，每行的分钟加起来正好等于合计。
            被移除的学员在他们学习过的时间段里照样算，状态写“已移除”。
            每一行都有服务站名称（cunxue instructor set-station 张庄服务站）。
            几个 --data-dir 会合并，同一个人、同一次测验只算一次。
            --output 文件夹：写出 台账.csv（每个培训学员一行）、模块.csv、
              合计.csv，UTF-8 带 BOM，WPS 和 Excel 直接打开。
            每个数字的定义见 docs/report.md。

            Trained: anyone with learning activity in the period (reading, an answered question, a \
            rehearsal step, a worksheet field). Qualified: passed at least one module quiz in the \
            period. Opening a quiz and pressing Esc is not an attempt. Time is kept per day, so a \
            period counts only its own minutes; 1 class hour (学时) = 45 minutes; rounded minutes \
            add up to the totals. Removed learners stay in the periods they trained in, marked \
            removed. Every row carries the station name. Several --data-dir folders are merged, \
            nothing counted twice. With --output DIR: 台账.csv (one row per trainee), 模块.csv and \
            合计.csv, UTF-8 with BOM for WPS and Excel. Definitions: docs/report.md.
            """
    )

    /// Data directories to report on (default: this station's).
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "数据文件夹（可以写多次，合并计算）。 A data directory (repeatable; merged).", valueName: "DIR"))
    var dataDirs: [String] = []

    /// Extra lesson folders, loaded after the bundled and imported course.
    @Option(name: .customLong("lessons"), help: ArgumentHelp(
        "再加载一个课程文件夹（可以写多次）。 A lesson folder to load (repeatable).", valueName: "DIR"))
    var lessons: [String] = []

    /// Interface language: `zh` (default) or `en`.
    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "表头和提示的语言：zh 或 en。 Language of headers and messages: zh or en.", valueName: "zh|en"))
    var lang: String?

    /// `csv` or `json`.
    @Option(help: ArgumentHelp("输出格式：csv 或 json。 Output format: csv or json.", valueName: "csv|json"))
    var format: OutputFormat = .csv

    /// The first day counted.
    @Option(help: ArgumentHelp(
        "从这一天算起（含这一天，本地时间）。 Count from this day on (inclusive, local time).", valueName: "YYYY-MM-DD"))
    var since: String?

    /// The last day counted.
    @Option(help: ArgumentHelp(
        "算到这一天为止（含这一天，本地时间）。 Count up to this day (inclusive, local time).", valueName: "YYYY-MM-DD"))
    var until: String?

    /// Where to write.
    @Option(help: ArgumentHelp("""
        csv：写进这个文件夹（台账.csv、模块.csv、合计.csv）； json：写到这个文件。 不写就输出到屏幕。 \
        csv: write 台账.csv, 模块.csv and 合计.csv into this folder; json: write this file. Default: standard output.
        """, valueName: "DIR|FILE"))
    var output: String?

    /// The output formats.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case csv
        case json
    }

    func validate() throws {
        try CommandSupport.validate(lang: lang)
        for (option, value) in [("--since", since), ("--until", until)] {
            if let value, ReportDay(value) == nil {
                throw ValidationError("""
                    \(option) 的日期要写成 年-月-日，例如 2025-06-01（月和日都写两位）。\
                    \(option) takes a date written YYYY-MM-DD, e.g. 2025-06-01.
                    """)
            }
        }
        if let since = since.flatMap(ReportDay.init), let until = until.flatMap(ReportDay.init), until < since {
            throw ValidationError("""
                --until（\(until)）在 --since（\(since)）之前，请把两个日期对调。\
                --until (\(until)) is before --since (\(since)); swap them.
                """)
        }
    }

    func run() throws {
        let support = CommandSupport(lang: lang)
        let directories = try dataDirectories(support)
        let modules = courseModules(directories, english: support.english)
        let collection = LearnerRecordCollection.gather(from: directories)
        for warning in collection.warnings { support.warn(support.text(warning.message)) }
        for path in collection.unnamedStations {
            support.warn(support.text(BilingualText(
                zh: "\(path) 还没有服务站名称，报表里服务站一栏是空的。设置：cunxue instructor set-station --data-dir \(path) 服务站名称",
                en: "\(path) has no station name yet; the station column is empty. Set it: cunxue instructor set-station --data-dir \(path) NAME")))
        }
        let period = ReportPeriod(since: since.flatMap(ReportDay.init), until: until.flatMap(ReportDay.init))
        let report = TrainingReport(learners: collection.learners, modules: modules, period: period, calendar: Self.localCalendar)
        switch format {
        case .csv:
            let csv = ReportCSV(english: support.english)
            guard let output else { return FileHandle.standardOutput.write(csv.combined(report)) }
            try ReportFiles.write(csv.files(report), intoFolder: output, support: support)
            support.warn(support.text(BilingualText(
                zh: "报表已写入 \(output)：台账.csv、模块.csv、合计.csv（\(report.totals.trained) 位培训学员，\(report.modules.count) 个单元）。",
                en: "Report written to \(output): 台账.csv, 模块.csv, 合计.csv (\(report.totals.trained) trainees, \(report.modules.count) modules).")))
        case .json:
            let data = try ReportJSON.render(report)
            guard let output else { return FileHandle.standardOutput.write(data) }
            let file = try ReportFiles.write(data, toFile: output, support: support)
            support.warn(support.text(BilingualText(
                zh: "报表已写入 \(file)（\(report.totals.learners) 位学员，\(report.modules.count) 个单元）。",
                en: "Report written to \(file) (\(report.totals.learners) learners, \(report.modules.count) modules).")))
        }
    }

    /// The station's days: the local time zone.
    static var localCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar
    }

    /// This station's data directory, which may not exist yet (nobody has learned: an empty
    /// report); a folder named with --data-dir must exist (a typo should not give an empty report).
    private func dataDirectories(_ support: CommandSupport) throws -> [DataDirectory] {
        guard !dataDirs.isEmpty else { return [try support.dataDirectory(nil)] }
        var directories: [DataDirectory] = []
        for path in dataDirs {
            let directory = try support.dataDirectory(path)
            guard ReportFiles.isFolder(directory.path) else {
                throw support.fail(BilingualText(
                    zh: "找不到数据文件夹 \(directory.path)：请检查 --data-dir 的路径。",
                    en: "No data directory at \(directory.path): check the --data-dir path."))
            }
            directories.append(directory)
        }
        return directories
    }

    /// The modules of the course as the app shows it: bundled, imported into the first data
    /// directory, then the other data directories' imports and `--lessons`.
    private func courseModules(_ directories: [DataDirectory], english: Bool) -> [ReportModule] {
        let otherImports = directories.dropFirst().map(\.lessonsFolder.path).filter(ReportFiles.isFolder)
        let library = CourseLibrary.load(bundled: CommandSupport.bundledCourse(),
                                         imported: directories.first?.lessonsFolder.path,
                                         extra: otherImports + lessons)
        let language: LanguageTag = english ? .english : .simplifiedChinese
        return library.course.modules.map { module in
            ReportModule(id: module.id, title: module.title.value(for: language), lessonIDs: module.lessons.map(\.id),
                         quizID: module.quiz?.id)
        }
    }
}
