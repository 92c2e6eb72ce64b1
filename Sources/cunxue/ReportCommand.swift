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
        abstract: "Training figures for the township as CSV or JSON (培训报表).",
        discussion: """
            One row per learner and module (lessons read, time spent, best score, passed, \
            attempts, last active), then totals: learners trained (who opened a lesson), modules \
            passed, completion rate per module (passed / started). Several --data-dir folders \
            are merged by learner and attempt, nothing counted twice. CSV is UTF-8 with BOM and \
            CRLF, for WPS and Excel.
            """
    )

    /// Data directories to report on (default: this station's).
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("A data directory (repeatable; merged).", valueName: "DIR"))
    var dataDirs: [String] = []

    /// Extra lesson folders, loaded after the bundled and imported course.
    @Option(name: .customLong("lessons"), help: ArgumentHelp("A lesson folder to load (repeatable).", valueName: "DIR"))
    var lessons: [String] = []

    /// Interface language: `zh` (default) or `en`.
    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of headers and messages: zh or en.", valueName: "zh|en"))
    var lang: String?

    /// `csv` or `json`.
    @Option(help: ArgumentHelp("Output format: csv or json.", valueName: "csv|json"))
    var format: OutputFormat = .csv

    /// Count only activity from this day on.
    @Option(help: ArgumentHelp("Count only activity from this day on (local time).", valueName: "YYYY-MM-DD"))
    var since: String?

    /// Write here instead of standard output.
    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    /// The output formats.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case csv
        case json
    }

    func validate() throws {
        try CommandSupport.validate(lang: lang)
        if let since, ReportDay(since) == nil {
            throw ValidationError("--since takes a date written YYYY-MM-DD, e.g. 2025-06-01. --since 的日期要写成 YYYY-MM-DD，例如 2025-06-01。")
        }
    }

    func run() throws {
        let support = CommandSupport(lang: lang)
        // This station's data directory may not exist yet (nobody has learned): an empty report.
        // A folder named with --data-dir must exist: a typo should not give an empty report.
        var directories: [DataDirectory] = []
        if dataDirs.isEmpty {
            directories = [try support.dataDirectory(nil)]
        } else {
            for path in dataDirs { directories.append(try support.dataDirectory(path)) }
        }
        for directory in directories where !dataDirs.isEmpty && !isFolder(directory.path) {
            throw support.fail(BilingualText(
                zh: "找不到数据文件夹 \(directory.path)：请检查 --data-dir 的路径。",
                en: "No data directory at \(directory.path): check the --data-dir path."))
        }

        let modules = courseModules(directories, english: support.english)
        let collection = LearnerRecordCollection.gather(from: directories)
        for warning in collection.warnings { support.warn(support.text(warning.message)) }
        let day = since.flatMap(ReportDay.init)
        let now = Date()
        let report = TrainingReport(records: collection.records, modules: modules, since: day?.start(in: .current))
        let data: Data
        switch format {
        case .csv:
            data = ReportCSV(english: support.english, timeZone: .current).render(report, since: day)
        case .json:
            data = try ReportJSON.render(report, since: day, generatedAt: now)
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw support.fail(BilingualText(zh: "无法写入 \(output)：\(error.localizedDescription)。请换一个文件夹。",
                                             en: "Cannot write \(output): \(error.localizedDescription). Choose another folder."))
        }
        support.warn(support.text(BilingualText(
            zh: "报表已写入 \(output)（\(report.learnerCount) 位学员，\(report.modules.count) 个单元）。",
            en: "Report written to \(output) (\(report.learnerCount) learners, \(report.modules.count) modules).")))
    }

    /// The modules of the course as the app shows it: bundled, imported into the first data
    /// directory, then the other data directories' imports and `--lessons`.
    private func courseModules(_ directories: [DataDirectory], english: Bool) -> [ReportModule] {
        let otherImports = directories.dropFirst().map(\.lessonsFolder.path).filter(isFolder)
        let library = CourseLibrary.load(bundled: CommandSupport.bundledCourse(),
                                         imported: directories.first?.lessonsFolder.path,
                                         extra: otherImports + lessons)
        let language: LanguageTag = english ? .english : .simplifiedChinese
        return library.course.modules.map { module in
            ReportModule(id: module.id, title: module.title.value(for: language), lessonIDs: module.lessons.map(\.id),
                         quizID: module.quiz?.id)
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
