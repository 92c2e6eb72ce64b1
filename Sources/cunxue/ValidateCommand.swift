import ArgumentParser
import Foundation
import LessonKit
import ProgressKit

/// `cunxue validate`: checks lesson folders the way the app reads them and reports every finding.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查课程文件夹，列出每个错误和警告。Check lesson folders.",
        discussion: """
            每个问题一行：文件:行:列: error|warning: 说明，按文件顺序，最后一行是汇总。没有错误时退出码是 0，\
            有错误（或加了 --strict 时有警告）是 1，用法错误是 64。和 cunxue import 一样检查：自带的、已导入的\
            和 --lessons 的模块都可以写在 requires 里。
            Prints one line a finding, FILE:LINE:COLUMN: error|warning: MESSAGE, in file order, \
            then a summary. Exits 0 when there is no error, 1 when there is one (or a warning \
            with --strict), 64 on a usage error. Checks as `cunxue import` does: the modules that \
            come with Cunxue, those imported into the data directory and --lessons folders may be \
            named in `requires`, and an id that only looks like one of theirs is an error (their \
            own findings are not reported).
            """
    )

    @OptionGroup var global: GlobalOptions

    /// Count warnings as errors.
    @Flag(help: "警告也算错误（有任何问题就退出码 1）。Count warnings as errors (exit 1 when there is any finding).")
    var strict = false

    /// `text` (one line a finding) or `json` (one JSON document).
    @Option(help: ArgumentHelp("输出格式：text 或 json。Output format: text or json.", valueName: "text|json"))
    var format: OutputFormat = .text

    /// The lesson folders to check.
    @Argument(help: ArgumentHelp("要检查的课程或模块文件夹。Course or module folders to check.", valueName: "PATH"))
    var paths: [String]

    /// The output formats.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    func validate() throws {
        if let lang = global.lang, LanguageTag(lang) == nil || !(["zh", "en"].contains(LanguageTag(lang)?.language ?? "")) {
            throw ValidationError("--lang must be zh or en. --lang 只能是 zh 或 en。")
        }
    }

    func run() throws {
        let language = global.lang.flatMap(LanguageTag.init) ?? .simplifiedChinese
        var loader = CourseLoader()
        loader.addExistingModules(in: existingModuleFolders())
        let course = loader.load(paths)
        let errors = course.errors.count
        let warnings = course.warnings.count
        switch format {
        case .text:
            var output = ""
            for diagnostic in course.diagnostics {
                output += diagnostic.formatted(in: language) + "\n"
            }
            output += summaryLine(course, errors: errors, warnings: warnings, language: language) + "\n"
            FileHandle.standardOutput.write(Data(output.utf8))
        case .json:
            try writeJSON(course, errors: errors, warnings: warnings, language: language)
        }
        // Exit here, with the course still in memory: tearing down thousands of values only to
        // end the process costs more than the Markdown parse.
        Self.exit(withError: errors > 0 || (strict && warnings > 0) ? ExitCode(1) : nil)
    }

    /// The folders whose modules exist besides those checked, as the app loads them: the bundled
    /// course, the data directory's imported lessons (when a data directory can be found) and
    /// `--lessons` folders.
    private func existingModuleFolders() -> [String] {
        var folders: [String] = []
        if let bundled = CommandSupport.bundledCourse() { folders.append(bundled) }
        let environment = ProcessInfo.processInfo.environment
        if let directory = try? DataDirectory.resolve(explicit: global.dataDir, environment: environment) {
            folders.append(directory.lessonsFolder.path)
        }
        return folders + global.lessons
    }

    private func summaryLine(_ course: Course, errors: Int, warnings: Int, language: LanguageTag) -> String {
        let (modules, lessons, questions) = (course.modules.count, course.lessonCount, course.questionCount)
        let scenarios = course.modules.reduce(0) { $0 + $1.scenarios.count }
        let sheets = course.modules.reduce(0) { $0 + $1.worksheets.count }
        if language.matches(.english) {
            func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
            var parts = [count(modules, "module", "modules"), count(lessons, "lesson", "lessons"),
                         count(questions, "question", "questions")]
            if scenarios > 0 { parts.append(count(scenarios, "rehearsal", "rehearsals")) }
            if sheets > 0 { parts.append(count(sheets, "worksheet", "worksheets")) }
            return parts.joined(separator: ", ") + "; "
                + count(errors, "error", "errors") + ", " + count(warnings, "warning", "warnings")
        }
        var parts = ["\(modules) 个单元", "\(lessons) 课", "\(questions) 道题"]
        if scenarios > 0 { parts.append("\(scenarios) 个情景演练") }
        if sheets > 0 { parts.append("\(sheets) 张实操单") }
        return parts.joined(separator: "，") + "；\(errors) 个错误，\(warnings) 个警告"
    }

    private func writeJSON(_ course: Course, errors: Int, warnings: Int, language: LanguageTag) throws {
        let report = Report(
            findings: course.diagnostics.map {
                Report.Finding(file: $0.file, line: $0.line, column: $0.column, severity: $0.severity.rawValue,
                               code: $0.code.rawValue, message: $0.message(in: language))
            },
            summary: Report.Summary(modules: course.modules.count, lessons: course.lessonCount,
                                    questions: course.questionCount, errors: errors, warnings: warnings)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }

    /// The JSON document `--format json` prints.
    private struct Report: Encodable {
        struct Finding: Encodable {
            var file: String
            var line: Int
            var column: Int
            var severity: String
            var code: String
            var message: String
        }

        struct Summary: Encodable {
            var modules: Int
            var lessons: Int
            var questions: Int
            var errors: Int
            var warnings: Int
        }

        var findings: [Finding]
        var summary: Summary
    }
}
