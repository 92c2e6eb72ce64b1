import CunxueApp
import Foundation
import ProgressKit

/// Where lessons are loaded from: the bundled course, then `--lessons` folders.
enum LessonPaths {
    /// The bundled course (found beside the binary or in the source tree) and every `--lessons`.
    static func all(global: GlobalOptions, directory: DataDirectory, environment: [String: String]) -> [String] {
        var paths: [String] = []
        if let bundled = bundled(environment: environment) { paths.append(bundled) }
        return paths + global.lessons
    }

    /// The bundled `Lessons` folder, if it can be found.
    static func bundled(environment: [String: String]) -> String? {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return BundledCourse.locate(executable: executable, environment: environment,
                                    isDirectory: { path in
                                        var isDir: ObjCBool = false
                                        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
                                    },
                                    isFile: { FileManager.default.fileExists(atPath: $0) })
    }
}
