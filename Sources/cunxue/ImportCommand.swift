import ArgumentParser
import Foundation
import LessonKit
import ProgressKit

/// `cunxue import [--replace] PATH`: checks a course or module folder and copies it into the
/// data directory's `lessons/`, all or nothing.
struct Import: DataDirectoryCommand {
    static let configuration = CommandConfiguration(
        abstract: "导入课程：把课程或模块文件夹拷进数据文件夹。Import a course or module folder.",
        discussion: """
            先像 cunxue validate 一样检查，再一次性把 Markdown 文件拷进数据文件夹的 lessons/，要么全拷，\
            要么一个都不拷。隐藏文件和不是 Markdown 的文件不拷，会列出来。有链接、特殊文件、超过 1 MiB 的\
            Markdown 文件、超过 2000 个文件或任何错误，整个文件夹都不导入。导入了退出码 0，拒绝 1，用法错误 64。
            Checks the folder as `cunxue validate` does, then copies its Markdown files into the \
            data directory's lessons/ at once, or not at all. Hidden files and files that are not \
            Markdown are left out and listed. Links, FIFOs, devices, names with .. or control \
            characters, Markdown files over 1 MiB, more than 2,000 files, or any error refuse \
            the folder. Exits 0 when imported, 1 when refused, 64 on a usage error.
            """
    )

    @OptionGroup var global: GlobalOptions

    /// Replace a module already imported, or bundled, with the same id.
    @Flag(help: "替换已导入或自带的同一 id 的模块。Replace a module with the same id that was imported before or comes with Cunxue.")
    var replace = false

    /// The folder to import.
    @Argument(help: ArgumentHelp("要导入的课程或模块文件夹。The course or module folder to import.", valueName: "PATH"))
    var path: String

    func run() throws {
        let support = self.support
        let directory = try dataDirectory()
        let importer = CommandSupport.lessonImporter(into: directory)
        let result = importer.importFolder(path, replace: replace)
        let language: LanguageTag = support.english ? .english : .simplifiedChinese

        var output = ""
        for finding in result.findings {
            output += finding.formatted(in: language) + "\n"
        }
        output += Self.historyText(result.history, directory: directory, support: support)
        if !result.skipped.isEmpty {
            output += support.pick(zh: "没有复制的文件（\(result.skipped.count) 个）：", en: "Not copied (\(result.skipped.count)):") + "\n"
            for skip in result.skipped {
                output += "  " + skip.path + support.pick(zh: "：", en: ": ") + skip.message(english: support.english) + "\n"
            }
        }
        if result.succeeded {
            let count = result.imported.count
            output += support.pick(zh: "已导入 \(count) 个单元到 \(importer.lessonsFolder)：",
                                   en: "Imported \(count) \(count == 1 ? "module" : "modules") into \(importer.lessonsFolder):") + "\n"
            for module in result.imported {
                output += "  \(module.id)  \(module.title)" + support.pick(zh: "（\(module.folderName)）", en: " (\(module.folderName))")
                switch module.replaced {
                case .imported(let folder)?:
                    output += support.pick(zh: "，替换了之前导入的 \(folder)", en: ", replacing the earlier import \(folder)")
                case .bundled?:
                    output += support.pick(zh: "，替换了村学自带的同名单元", en: ", replacing the module of the same id that comes with Cunxue")
                case nil:
                    break
                }
                output += "\n"
            }
            FileHandle.standardOutput.write(Data(SafeText.forTerminal(output).utf8))
            return
        }
        FileHandle.standardOutput.write(Data(SafeText.forTerminal(output).utf8))
        support.warn(support.pick(zh: "没有导入任何内容：", en: "Nothing was imported:"))
        for refusal in result.refusals {
            support.warn("  " + refusal.formatted(english: support.english))
        }
        throw ExitCode(1)
    }

    /// What the import keeps and detaches of learners' history (`LessonImporter`'s
    /// `ModuleHistory`), with how many learners on this PC each detached lesson or question
    /// concerns; empty when nothing changes for them.
    static func historyText(_ history: [ModuleHistory], directory: DataDirectory, support: CommandSupport) -> String {
        guard !history.isEmpty else { return "" }
        let counter = history.contains(where: \.detaches) ? HistoryUseCounter(directory: directory) : nil
        var text = support.pick(zh: "学员的学习记录：", en: "Learners' history:") + "\n"
        for module in history {
            for line in module.lines(english: support.english, learners: { counter?.count($0) }) {
                text += "  " + line + "\n"
            }
        }
        return text
    }
}
