import ArgumentParser
import Foundation
import ProgressKit

/// Writing `cunxue report`'s files: each written whole or not at all (a temporary file renamed).
enum ReportFiles {
    /// Writes `files` into `folder` (created when missing).
    static func write(_ files: [(name: String, data: Data)], intoFolder folder: String, support: CommandSupport) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw support.fail(BilingualText(
                zh: "\(folder) 是一个文件，不是文件夹。CSV 报表要写进一个文件夹（三个文件），请换一个名字，例如 --output 六月报表。",
                en: "\(folder) is a file, not a folder. The CSV report is three files written into a folder; choose another name, e.g. --output june-report."))
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in files {
                try file.data.write(to: URL(fileURLWithPath: folder).appendingPathComponent(file.name), options: .atomic)
            }
        } catch {
            throw cannotWrite(folder, error, support)
        }
    }

    /// Writes `data` to `path`, or into `path/报表.json` when `path` is a folder.
    /// - Returns: the file written.
    static func write(_ data: Data, toFile path: String, support: CommandSupport) throws -> String {
        let file = isFolder(path) ? URL(fileURLWithPath: path).appendingPathComponent("报表.json").path : path
        do {
            try data.write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw cannotWrite(file, error, support)
        }
        return file
    }

    /// Whether `path` is a folder (following links: the instructor names it).
    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func cannotWrite(_ path: String, _ error: any Error, _ support: CommandSupport) -> ExitCode {
        support.fail(BilingualText(zh: "无法写入 \(path)：\(error.localizedDescription)。请换一个文件夹，或检查 U 盘是否插好、是否写保护。",
                                   en: "Cannot write \(path): \(error.localizedDescription). Choose another folder, or check the USB stick is in and not write-protected."))
    }
}
