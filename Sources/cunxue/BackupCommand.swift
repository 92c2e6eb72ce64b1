import ArgumentParser
import Foundation
import ProgressKit

/// `cunxue backup DIR`: a consistent copy of the data directory (for a USB stick).
struct Backup: DataDirectoryCommand {
    static let configuration = CommandConfiguration(
        abstract: "备份：把数据文件夹拷到一个文件夹里，例如 U 盘。Copy the data directory into a folder, e.g. a USB stick.",
        discussion: """
            写出 目标/cunxue-backup-年月日-时分秒/，里面是学员、已移除的学员、导入的课程和老师设置。\
            村学开着也可以备份：正在学习的学员，拷的是最近一次保存的记录。文件夹完全写好后才出现。\
            用 cunxue restore 恢复。
            Writes DIR/cunxue-backup-YYYYMMDD-HHMMSS/ with learners, removed learners, imported \
            lessons and the instructor file. Safe while the app runs: each learner file is \
            copied under its lock, or as last saved when the learner is signed in. The folder \
            appears only when it is complete.
            """
    )

    @OptionGroup var global: GlobalOptions

    /// Where to put the backup folder.
    @Argument(help: ArgumentHelp("放备份的文件夹（已经存在的，例如 U 盘）。An existing folder to put the backup in (e.g. the USB stick).", valueName: "DIR"))
    var destination: String

    func run() throws {
        let directory = try dataDirectory()
        let result = try support.attempt { () throws(BackupError) in
            try DataDirectoryBackup(directory: directory).write(into: fileURL(destination), now: Date())
        }
        let kilobytes = (result.bytes + 1023) / 1024
        support.say(BilingualText(
            zh: "备份完成：\(result.folder.path)（\(result.learners) 位学员，\(result.files) 个文件，\(kilobytes) KB）",
            en: "Backup done: \(result.folder.path) (\(result.learners) \(result.learners == 1 ? "learner" : "learners"), \(result.files) files, \(kilobytes) KB)"))
        if !result.learnersInUse.isEmpty {
            let ids = result.learnersInUse.joined(separator: ", ")
            support.say(BilingualText(zh: "正在学习的学员（\(ids)）：复制的是最近一次保存的记录。",
                                      en: "Learners signed in (\(ids)): their last saved progress was copied."))
        }
        for warning in result.warnings { support.warn(support.text(warning.message)) }
        for path in result.skipped {
            support.warn(support.pick(zh: "没有复制 \(path)：是链接、特殊文件或超过 64 MB 的文件。",
                                      en: "Not copied: \(path) (a link, a special file or a file over 64 MB)."))
        }
        for path in result.unreadable {
            support.warn(support.pick(zh: "已复制 \(path)，但它不是完好的学习记录：请检查原文件。",
                                      en: "Copied \(path), but it is not a readable progress file: check the original."))
        }
    }
}
