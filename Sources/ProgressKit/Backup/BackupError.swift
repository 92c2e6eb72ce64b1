#if canImport(Glibc)
import Glibc
#endif

/// Why a backup could not be made. Nothing is left half-written: an unfinished copy stays in a
/// hidden folder that is removed. The data directory is never changed by a failed backup.
public enum BackupError: Error, Sendable, Hashable {
    /// The data directory does not exist (nothing to back up).
    case noDataDirectory(path: String)
    /// The folder to back up into does not exist (is the USB stick plugged in?).
    case destinationMissing(path: String)
    /// The folder to back up into is inside the data directory.
    case destinationInsideData(path: String)
    /// The disk of the folder to back up into is full.
    case destinationFull(path: String)
    /// The folder to back up into cannot be written (read-only stick, no permission).
    case destinationNotWritable(path: String)
    /// Another system error writing the copy.
    case destinationFailed(path: String, errno: Int32)
    /// Reading from the data directory failed.
    case store(StoreError)

    /// What to tell the person.
    public var message: BilingualText {
        let text = rawMessage
        return BilingualText(zh: SafeText.cleanLines(text.zh), en: SafeText.cleanLines(text.en))
    }

    private var rawMessage: BilingualText {
        switch self {
        case .noDataDirectory(let path):
            return BilingualText(zh: "数据文件夹 \(path) 不存在，没有可备份的内容。请用 --data-dir 指定正确的文件夹。",
                                 en: "The data directory \(path) does not exist, so there is nothing to back up. Name the right one with --data-dir.")
        case .destinationMissing(let path):
            return BilingualText(zh: "找不到备份目标文件夹 \(path)。U 盘插好了吗？请检查路径后再试。",
                                 en: "The backup folder \(path) was not found. Is the USB stick plugged in? Check the path and try again.")
        case .destinationInsideData(let path):
            return BilingualText(zh: "备份目标 \(path) 在数据文件夹里面，不能这样备份。请选 U 盘或别的文件夹。",
                                 en: "The backup folder \(path) is inside the data directory. Choose a USB stick or another folder.")
        case .destinationFull(let path):
            return BilingualText(
                zh: "备份目标 \(path) 所在的磁盘满了，备份没有完成（写了一半的已删掉）。学习记录本身没有受影响。请换一个有空间的 U 盘，或删掉 U 盘上的旧文件后再试。",
                en: "The disk of the backup folder \(path) is full, so the backup was not finished (the partial copy was removed). The progress itself is untouched. Use a USB stick with free space, or delete old files on it, and try again.")
        case .destinationNotWritable(let path):
            return BilingualText(
                zh: "不能写入备份目标 \(path)（只读或没有权限），备份没有完成。学习记录本身没有受影响。请看看 U 盘是不是写保护了，或换一个文件夹。",
                en: "Cannot write to the backup folder \(path) (read-only or no permission), so the backup was not finished. The progress itself is untouched. Check whether the USB stick is write-protected, or choose another folder.")
        case .destinationFailed(let path, let code):
            return BilingualText(
                zh: "写入备份目标 \(path) 时出错（\(String(cString: strerror(code)))），备份没有完成。学习记录本身没有受影响。请换一个 U 盘再试。",
                en: "Writing to the backup folder \(path) failed (\(String(cString: strerror(code)))), so the backup was not finished. The progress itself is untouched. Try another USB stick.")
        case .store(let error):
            let inner = error.message()
            return BilingualText(zh: "备份没有完成，读取数据文件夹时出错：\(inner.zh)", en: "The backup was not finished; reading the data directory failed: \(inner.en)")
        }
    }

    /// The error for a failed system call writing the copy under `destination`.
    static func writing(errno code: Int32, destination: String) -> BackupError {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return .destinationFull(path: destination)
        case EROFS, EACCES, EPERM: return .destinationNotWritable(path: destination)
        case ENOENT, ENOTDIR: return .destinationMissing(path: destination)
        default: return .destinationFailed(path: destination, errno: code)
        }
    }
}
