import ArgumentParser
import Foundation
import ProgressKit

/// `cunxue restore BACKUP-FOLDER`: puts a backup made by `cunxue backup` back as the data
/// directory, keeping what was there beside it.
struct Restore: DataDirectoryCommand {
    static let configuration = CommandConfiguration(
        abstract: "从备份恢复：把 cunxue backup 做的备份文件夹放回数据文件夹。Restore a backup made by cunxue backup.",
        discussion: """
            先关闭村学。现在的数据不会删掉，改名为“数据文件夹名-before-restore-日期-时间”放在旁边。\
            只接受 cunxue backup 做的备份文件夹；不顺着链接走。恢复后列出学员、导入的课程和老师设置。
            Close Cunxue first. The current data is not deleted: it is renamed \
            "<data folder>-before-restore-<date>-<time>" beside it. Only folders made by cunxue backup \
            are accepted; links are never followed. Says what was restored.
            """
    )

    @OptionGroup var global: GlobalOptions

    /// The backup folder (`cunxue-backup-…`).
    @Argument(help: ArgumentHelp("备份文件夹（名字像 cunxue-backup-20250615-150640）。The backup folder.", valueName: "BACKUP-FOLDER"))
    var backup: String

    func run() throws {
        let directory = try dataDirectory()
        let result = try support.attempt { () throws(RestoreError) in
            try DataDirectoryRestore(directory: directory).restore(from: fileURL(backup), now: Date())
        }
        report(result, support: support)
    }

    private func report(_ result: RestoreResult, support: CommandSupport) {
        let names = result.learners.prefix(30).joined(separator: "、")
        let more = result.learners.count > 30 ? "……" : ""
        support.say(BilingualText(zh: "已恢复到 \(result.dataDirectory)：", en: "Restored into \(result.dataDirectory):"))
        support.say(BilingualText(zh: "  学员 \(result.learners.count) 位\(names.isEmpty ? "" : "：\(names)\(more)")",
                                  en: "  \(result.learners.count) \(result.learners.count == 1 ? "learner" : "learners")\(names.isEmpty ? "" : ": \(result.learners.prefix(30).joined(separator: ", "))\(more.isEmpty ? "" : "…")")"))
        if result.removedLearners > 0 {
            support.say(BilingualText(zh: "  已移除的学员 \(result.removedLearners) 位（在 removed/ 里）",
                                      en: "  \(result.removedLearners) removed learners (in removed/)"))
        }
        support.say(BilingualText(zh: "  导入的课程模块 \(result.lessonModules) 个", en: "  \(result.lessonModules) imported lesson modules"))
        support.say(result.instructorSettings
                    ? BilingualText(zh: "  老师设置（老师密码）：已恢复", en: "  Instructor settings (instructor PIN): restored")
                    : BilingualText(zh: "  老师设置：备份里没有（需要时用 cunxue instructor set-pin 设置老师密码）",
                                    en: "  Instructor settings: none in the backup (set the PIN with cunxue instructor set-pin if needed)"))
        support.say(BilingualText(zh: "  共 \(result.files) 个文件", en: "  \(result.files) files in all"))
        if let kept = result.keptAs {
            support.say(BilingualText(zh: "原来的数据没有删除，在 \(kept)。确认恢复无误后，可以把它移到 U 盘保存。",
                                      en: "The data that was there was not deleted: it is in \(kept). Once the restore looks right, it can be moved to a USB stick."))
        }
        for path in result.skipped {
            support.warn(support.pick(zh: "没有恢复 \(path)：是链接或特殊文件。", en: "Not restored: \(path) (a link or special file)."))
        }
        for path in result.unreadable {
            support.warn(support.pick(zh: "已恢复 \(path)，但它不是完好的学习记录；村学会从它的备份恢复或把它放在一边。",
                                      en: "Restored \(path), but it is not a readable progress file; Cunxue will use its backup or set it aside."))
        }
    }
}
