import ArgumentParser
import CunxueApp
import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// `cunxue preview FOLDER`: a lesson folder as a learner sees it, saving nothing.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "预览课程文件夹：像学员一样看课文、测验和情景演练，什么都不保存。Preview a lesson folder as a learner sees it.",
        discussion: """
            只用这个文件夹当课程，学员只在内存里，不建学员、不写数据文件夹。有错误时先列出错误\
            （和 cunxue validate 一样），按回车后预览能读出来的部分。按 Ctrl-C 或在欢迎屏按 Q 退出。
            Only this folder is the course; the learner lives in memory: no learner is created and \
            the data directory is not written. With errors, lists them first (as cunxue validate \
            does), then, after Enter, previews what loads. Ctrl-C, or Q on the welcome screen, leaves.
            """
    )

    @Option(name: .customLong("lang"), help: ArgumentHelp("界面语言：zh 或 en。Interface language: zh or en.", valueName: "zh|en"))
    var lang: String?

    /// The lesson folder (a course or one module).
    @Argument(help: ArgumentHelp("课程或模块文件夹。A course or module folder.", valueName: "FOLDER"))
    var folder: String

    func validate() throws {
        try CommandSupport.validate(lang: lang)
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = UILanguage.resolve(flag: lang, environment: environment)
        let loaded = CourseLibrary.load(bundled: nil, imported: nil, extra: [folder])
        let course = loaded.course
        let tag: LanguageTag = language == .en ? .english : .simplifiedChinese
        if !course.diagnostics.isEmpty {
            for diagnostic in course.diagnostics { print(SafeText.forTerminal(diagnostic.formatted(in: tag))) }
            let errors = course.errors.count, warnings = course.warnings.count
            print(language == .en ? "\(errors) errors, \(warnings) warnings. Press Enter to preview what loads (\(course.modules.count) modules), Ctrl-C to stop."
                                  : "\(errors) 个错误，\(warnings) 个警告。按回车预览能读出来的部分（\(course.modules.count) 个单元），按 Ctrl-C 不预览。")
            if isatty(0) == 1 { _ = readLine() }
        }
        guard !course.modules.isEmpty else {
            StandardError.write(language == .en ? "Nothing to preview: no module in \(folder) could be read. Fix the errors above and try again."
                                                : "没有可以预览的内容：\(folder) 里没有能读出来的单元。请按上面的提示改好再试。")
            throw ExitCode(1)
        }
        if let problem = NCursesTerminal.checkEnvironment(environment) {
            StandardError.write(Run.message(for: problem, language: language))
            throw ExitCode(2)
        }
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal(allowColor: environment["NO_COLOR"].map(\.isEmpty) ?? true, environment: environment)
        } catch let problem as NCursesTerminal.StartError {
            StandardError.write(Run.message(for: problem, language: language))
            throw ExitCode(2)
        }
        let performer = PreviewEffects(library: Library(course), name: language == .en ? "Preview" : "预览", now: Date())
        var state = AppState(size: terminal.size, language: language, now: Date(), seed: UInt64.random(in: 0...UInt64.max))
        state.isPreview = true
        let runtime = Runtime(state: state, terminal: terminal, performer: performer)
        runtime.run(afterFirstPaint: PreviewEffects.startEffects)
    }
}
