import ArgumentParser
import CunxueApp
import Foundation
import LessonKit
import ProgressKit

/// What the instructor's commands share: their language, where the data and the bundled
/// course are, and writing messages.
struct CommandSupport {
    /// Whether messages are in English (`--lang en`); Chinese otherwise.
    let english: Bool

    /// Support for a command run with `--lang lang`.
    init(lang: String?) {
        english = lang.flatMap(UILanguage.init(tag:)) == .en
    }

    /// Checks a `--lang` value (a usage error, exit 64, unless zh or en).
    static func validate(lang: String?) throws {
        if let lang, UILanguage(tag: lang) == nil {
            throw ValidationError("--lang must be zh or en. --lang 只能是 zh 或 en。")
        }
    }

    /// The message in the chosen language.
    func text(_ message: BilingualText) -> String { english ? message.en : message.zh }

    /// `zh` or `en`, whichever applies.
    func pick(zh: String, en: String) -> String { english ? en : zh }

    /// Prints to standard output (cleaned like `StandardError`).
    func say(_ message: BilingualText) { print(SafeText.forTerminal(text(message))) }

    /// Writes to standard error.
    func warn(_ line: String) { StandardError.write(line) }

    /// Writes to standard error and fails with exit status 1.
    func fail(_ message: BilingualText) -> ExitCode {
        warn(text(message))
        return ExitCode(1)
    }

    /// Runs `body`; when it fails, writes the error's message and fails with exit status 1.
    func attempt<T, Failure: ExplainedError>(_ body: () throws(Failure) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw fail(error.message)
        }
    }

    /// The data directory from `--data-dir` or the environment.
    func dataDirectory(_ explicit: String?) throws -> DataDirectory {
        do {
            return try DataDirectory.resolve(explicit: explicit, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw fail(error.message())
        }
    }

    /// The importer into `directory`'s `lessons/`, beside the bundled course.
    static func lessonImporter(into directory: DataDirectory) -> LessonImporter {
        LessonImporter(dataDirectory: directory.path, bundledCourse: bundledCourse())
    }

    /// The bundled course folder, found as the app finds it (`CUNXUE_LESSONS`, beside the
    /// installed binary, or the source tree's `Lessons/`).
    static func bundledCourse() -> String? {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        return BundledCourse.locate(
            executable: executable, environment: ProcessInfo.processInfo.environment,
            isDirectory: { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
            },
            isFile: { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            })
    }
}

/// A command that takes the global options: it checks `--lang` before it runs, and works on
/// the data directory in the chosen language.
protocol DataDirectoryCommand: ParsableCommand {
    /// The options every subcommand accepts.
    var global: GlobalOptions { get }
}

extension DataDirectoryCommand {
    /// Refuses a `--lang` other than zh or en (a usage error, exit 64).
    func validate() throws {
        try CommandSupport.validate(lang: global.lang)
    }

    /// Messages in the chosen language.
    var support: CommandSupport { CommandSupport(lang: global.lang) }

    /// The data directory from `--data-dir` or the environment.
    /// - Throws: exit status 1, after the reason is written to standard error.
    func dataDirectory() throws -> DataDirectory {
        try support.dataDirectory(global.dataDir)
    }

    /// `path` as typed, relative to the current folder.
    func fileURL(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }
}

extension ArgumentHelp {
    /// The help of a `NAME|ID` value that picks one learner.
    static var learnerNameOrID: ArgumentHelp {
        ArgumentHelp("学员的名字或编号。The learner's name or id.", valueName: "NAME|ID")
    }
}

/// An error that says in both languages what went wrong and what to do.
protocol ExplainedError: Error {
    /// The message for the person at the keyboard.
    var message: BilingualText { get }
}

extension BackupError: ExplainedError {}
extension RestoreError: ExplainedError {}
