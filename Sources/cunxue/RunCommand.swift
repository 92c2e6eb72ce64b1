import ArgumentParser
import CunxueApp
import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// `cunxue run`: the learner app (the default subcommand).
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "打开学习程序（不带命令时就是这个）。Start the learning app (the default).")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("kiosk"), help: "服务站模式：Ctrl-C、Ctrl-Z、Ctrl-\\ 都不会退出。Station mode: Ctrl-C, Ctrl-Z and Ctrl-\\ do not leave the app.")
    var kiosk = false

    @Option(name: .customLong("idle-minutes"), help: ArgumentHelp("学员这么多分钟不按键就自动退出登录（默认 10）。Sign a learner out after this many minutes without a key.", valueName: "N"))
    var idleMinutes = 10

    @Option(name: .customLong("ambiguous"), help: ArgumentHelp(
        "How the terminal draws ambiguous-width characters (“ … ─ ●): wide, narrow, or auto (ask the terminal; the default). Overrides CUNXUE_AMBIGUOUS.",
        valueName: "wide|narrow|auto"))
    var ambiguous: AmbiguousWidth.Preference?

    func validate() throws {
        guard idleMinutes >= 1 else { throw ValidationError("--idle-minutes must be 1 or more.") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = UILanguage.resolve(flag: global.lang, environment: environment)
        if let problem = NCursesTerminal.checkEnvironment(environment) {
            StandardError.write(Self.message(for: problem, language: language))
            throw ExitCode(2)
        }
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal(allowColor: environment["NO_COLOR"].map(\.isEmpty) ?? true,
                                           environment: environment, ambiguous: ambiguous)
        } catch let problem as NCursesTerminal.StartError {
            StandardError.write(Self.message(for: problem, language: language))
            throw ExitCode(2)
        }
        let directory: DataDirectory
        do {
            directory = try DataDirectory.resolve(explicit: global.dataDir, environment: environment)
        } catch {
            terminal.restore()
            StandardError.write(language == .zh ? error.message().zh : error.message().en)
            throw ExitCode(1)
        }
        // Held while the app runs, so `cunxue restore` knows it is open (and waits for one).
        let running: StationLock
        do {
            running = try StationLock.holdWhileRunning(directory, now: Date())
        } catch {
            terminal.restore()
            StandardError.write(language == .zh ? error.message().zh : error.message().en)
            throw ExitCode(1)
        }
        defer { running.release() }
        // The course: bundled, then imported into the data directory, then --lessons folders.
        let instructor = InstructorEffects(directory: directory, bundledCourse: CommandSupport.bundledCourse(),
                                           extraLessons: global.lessons)
        instructor.folderBrowser = FolderBrowser(roots: FolderBrowser.roots(environment: environment))
        let performer = StoreEffects(directory: directory, recovery: .standard(environment: environment))
        performer.instructor = instructor
        performer.speaker = Speaker(environment: environment)
        // The welcome screen is painted first; the course is read right after, before any key.
        var state = AppState(size: terminal.size, language: language, now: Date(),
                             isKiosk: kiosk, idleMinutes: idleMinutes, seed: UInt64.random(in: 0...UInt64.max))
        state.ambiguousWidth = terminal.ambiguousWidth
        for event in performer.prepare() { _ = state.update(event) }
        let runtime = Runtime(state: state, terminal: terminal, performer: performer)
        runtime.run(afterFirstPaint: [.loadCourse])
        // Answers a full disk kept out of a learner's file: say where they are (or that they are lost).
        for notice in performer.messagesAfterExit { StandardError.write(notice.zh + "\n" + notice.en) }
    }

    static func message(for problem: NCursesTerminal.StartError, language: UILanguage) -> String {
        switch (problem, language) {
        case (.notATerminal, .zh):
            return "cunxue：需要在终端窗口里运行（标准输入和输出都必须是终端）。"
        case (.notATerminal, .en):
            return "cunxue: must run in a terminal window (standard input and output must be a terminal)."
        case (.unusableTerm(let term), .zh):
            return "cunxue：这个终端类型用不了（TERM=\(term ?? "未设置")）。请在普通终端窗口里运行，例如 TERM=xterm-256color。"
        case (.unusableTerm(let term), .en):
            return "cunxue: this terminal type cannot be used (TERM=\(term ?? "unset")). Run it in a normal terminal window, e.g. TERM=xterm-256color."
        }
    }
}

extension AmbiguousWidth.Preference: ExpressibleByArgument {}
