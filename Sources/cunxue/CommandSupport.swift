import ArgumentParser
import CunxueApp
import Foundation
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

    /// The data directory from `--data-dir` or the environment.
    func dataDirectory(_ explicit: String?) throws -> DataDirectory {
        do {
            return try DataDirectory.resolve(explicit: explicit, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw fail(error.message())
        }
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
