#if canImport(Glibc)
import Glibc
#endif

/// Why a backup could not be restored. A refused or failed restore leaves the data directory as
/// it was; a copy left half-made is removed.
public enum RestoreError: Error, Sendable, Hashable {
    /// The folder named does not exist.
    case backupMissing(path: String)
    /// The folder named is a link (never followed).
    case backupIsLink(path: String)
    /// The folder named is not a backup made by `cunxue backup`; `found` names what is in it
    /// that a backup never holds (empty when it holds nothing a backup holds).
    case notABackup(path: String, found: [String])
    /// The backup and the data directory are the same, or one is inside the other.
    case backupOverlapsData(path: String)
    /// Cunxue is open on this data directory (it holds `app.lock`).
    case appRunning(path: String)
    /// A learner's file is locked (a learner signed in, or a command changing it).
    case learnerInUse(BilingualText)
    /// Writing the restored copy failed (disk full, read-only, other errors).
    case writing(BackupError)
    /// Reading the backup or the data directory failed.
    case store(StoreError)
    /// Putting the restored copy in place failed (system error `errno`); nothing was changed.
    case swapFailed(path: String, errno: Int32)

    /// What to tell the person.
    public var message: BilingualText {
        let text = rawMessage
        return BilingualText(zh: SafeText.cleanLines(text.zh), en: SafeText.cleanLines(text.en))
    }

    private var rawMessage: BilingualText {
        switch self {
        case .backupMissing(let path):
            return BilingualText(zh: "找不到备份文件夹 \(path)。U 盘插好了吗？请检查路径后再试（备份文件夹的名字像 cunxue-backup-20250615-150640）。",
                                 en: "The backup folder \(path) was not found. Is the USB stick plugged in? Check the path and try again (a backup folder is named like cunxue-backup-20250615-150640).")
        case .backupIsLink(let path):
            return BilingualText(zh: "\(path) 是一个链接（快捷方式），村学不会顺着链接去恢复。请直接给出备份文件夹本身的路径。",
                                 en: "\(path) is a link (shortcut); Cunxue never follows links to restore. Give the path of the backup folder itself.")
        case .notABackup(let path, let found):
            let what = found.isEmpty ? "" : "（里面有备份不会有的：\(found.prefix(5).joined(separator: "、"))）"
            let whatEN = found.isEmpty ? "" : " (it holds what a backup never does: \(found.prefix(5).joined(separator: ", ")))"
            return BilingualText(zh: "\(path) 不是 cunxue backup 做的备份文件夹\(what)，什么都没有恢复。请选 U 盘上名字像 cunxue-backup-20250615-150640 的文件夹。",
                                 en: "\(path) is not a backup folder made by cunxue backup\(whatEN); nothing was restored. Choose the folder on the USB stick named like cunxue-backup-20250615-150640.")
        case .backupOverlapsData(let path):
            return BilingualText(zh: "备份文件夹 \(path) 和数据文件夹是同一个，或一个在另一个里面，不能这样恢复。请给出 U 盘上的备份文件夹（名字像 cunxue-backup-20250615-150640）。",
                                 en: "The backup folder \(path) and the data directory are the same, or one is inside the other, so it cannot be restored from there. Give the backup folder on the USB stick (named like cunxue-backup-20250615-150640).")
        case .appRunning(let path):
            return BilingualText(zh: "村学正开着（数据文件夹 \(path)），现在不能恢复，什么都没有改动。请先让学员退出，在老师界面或关闭终端窗口退出村学，再运行一次恢复。",
                                 en: "Cunxue is open (data directory \(path)), so nothing can be restored now and nothing was changed. Have the learners sign out, leave Cunxue (instructor mode, or close its terminal window), then run the restore again.")
        case .learnerInUse(let inner):
            return BilingualText(zh: "现在不能恢复，什么都没有改动：\(inner.zh)", en: "Nothing can be restored now and nothing was changed: \(inner.en)")
        case .writing(let error):
            let inner = error.message
            return BilingualText(zh: "恢复没有完成，数据文件夹没有改动：\(inner.zh)", en: "The restore was not finished and the data directory was not changed: \(inner.en)")
        case .store(let error):
            let inner = error.message()
            return BilingualText(zh: "恢复没有完成，数据文件夹没有改动：\(inner.zh)", en: "The restore was not finished and the data directory was not changed: \(inner.en)")
        case .swapFailed(let path, let code):
            return BilingualText(zh: "不能把恢复的数据放到 \(path)（\(String(cString: strerror(code)))），数据文件夹没有改动。请检查这个文件夹的权限后再试。",
                                 en: "The restored data could not be put in place at \(path) (\(String(cString: strerror(code)))); the data directory was not changed. Check the folder's permissions and try again.")
        }
    }
}
