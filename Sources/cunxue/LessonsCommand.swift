import ArgumentParser
import Foundation
import LessonKit
import ProgressKit

/// `cunxue lessons`: the modules imported into the data directory.
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "导入的单元（Imported modules）：删除一个导入的单元。",
        discussion: """
            用 cunxue import 导入的单元放在数据文件夹的 lessons/ 里。cunxue lessons remove ID 把其中一个拿掉。
            Modules added with cunxue import live in the data directory's lessons/; \
            cunxue lessons remove ID takes one out.
            """,
        subcommands: [Remove.self]
    )
}

extension Lessons {
    /// `cunxue lessons remove ID [--yes]`: moves an imported module's folder to
    /// `lessons-removed/` (never deletes it); refuses bundled modules.
    struct Remove: DataDirectoryCommand {
        static let configuration = CommandConfiguration(
            abstract: "删除一个导入的单元（Remove an imported module）。",
            discussion: """
                把数据文件夹 lessons/ 里这个单元的文件夹移到 lessons-removed/文件夹名-日期时间，不会真的删掉文件；\
                学员文件不改动，他们在这个单元的记录还在，只是不再显示（重新导入这个单元就又能看到）。\
                如果导入的单元替换过村学自带的同名单元，删除后自带的那个会回来。村学自带的单元不能删除。\
                删除前会问一次，输入 y 确认（没有终端时从标准输入读一行）；加上 --yes 就不问。正在运行的村学会在回到首页或登录页时重新载入课程。\
                成功返回 0，没有删除返回 1，用法错误返回 64。

                Moves the module's folder from the data directory's lessons/ to \
                lessons-removed/FOLDER-DATE-TIME (nothing is deleted). Learner files are not \
                changed: their history of the module stays in them and shows again if the module \
                is imported again. A module that replaced a bundled one of the same id gives it \
                back. Bundled modules cannot be removed. Asks first (type y; without a terminal, one line is read from standard input) unless --yes. A running \
                Cunxue loads the course again when it is back on the home or sign-in screen. Exits \
                0 when removed, 1 when not, 64 on a usage error.
                """
        )

        @OptionGroup var global: GlobalOptions

        /// Remove without asking.
        @Flag(name: .customLong("yes"), help: "不再询问，直接删除（Do not ask first）。")
        var yes = false

        /// The module's id.
        @Argument(help: ArgumentHelp("单元的 id，如 shop-data（The module's id）。", valueName: "ID"))
        var id: String

        func run() throws {
            let directory = try dataDirectory()
            let importer = CommandSupport.lessonImporter(into: directory)
            let shownID = SafeText.clean(id, limit: 60)
            guard let module = importer.importedModule(id: id) else {
                let error: ModuleRemovalError = importer.isBundled(id: id) ? .bundled(id: shownID) : .notImported(id: shownID)
                throw support.fail(BilingualText(zh: error.message(english: false), en: error.message(english: true)))
            }
            if !yes {
                try confirm(module, directory: directory, support: support)
            }
            switch importer.removeModule(id: module.id, at: Int(Date().timeIntervalSince1970)) {
            case .success(let removed):
                var message = BilingualText(
                    zh: "已删除单元 \(removed.id)（\(removed.title)）：文件夹移到了 \(removed.keptAt)，没有真的删掉。",
                    en: "Removed module \(removed.id) (\(removed.title)): its folder was moved to \(removed.keptAt); nothing was deleted.")
                if removed.bundledComesBack {
                    message = BilingualText(zh: message.zh + "村学自带的同名单元又会显示。",
                                            en: message.en + " The module of the same id that comes with Cunxue shows again.")
                }
                support.say(message)
            case .failure(let error):
                throw support.fail(BilingualText(zh: error.message(english: false), en: error.message(english: true)))
            }
        }

        /// Says what removing changes and asks; throws (exit 1) unless the answer is yes.
        private func confirm(_ module: ImportedModule, directory: DataDirectory, support: CommandSupport) throws {
            let learners = HistoryUseCounter(directory: directory).count(moduleID: module.id)
            let question = BilingualText(
                zh: "要删除导入的单元 \(module.id)（\(module.title)，在 lessons/\(module.folderName)）吗？"
                    + (learners > 0 ? "有 \(learners) 位学员学过它，他们的记录留在学员文件里，但不再显示。" : ""),
                en: "Remove the imported module \(module.id) (\(module.title), in lessons/\(module.folderName))?"
                    + (learners > 0 ? " \(learners) \(learners == 1 ? "learner has" : "learners have") studied it; their history stays in their files but no longer shows." : ""))
            // One unbuffered write, so the question is out before the answer is read.
            let prompt = support.text(question) + "\n" + support.pick(zh: "输入 y 确认，其他键取消：", en: "Type y to confirm, anything else to cancel: ")
            FileHandle.standardOutput.write(Data(SafeText.forTerminal(prompt).utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
            if isatty(STDIN_FILENO) == 0 { FileHandle.standardOutput.write(Data("\n".utf8)) }  // the answer was not echoed
            guard answer == "y" || answer == "yes" || answer == "是" else {
                throw support.fail(BilingualText(zh: "没有删除。（加上 --yes 就不再询问。）",
                                                 en: "Nothing was removed. (Add --yes to remove without being asked.)"))
            }
        }
    }
}
