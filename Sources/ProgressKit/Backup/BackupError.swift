/// Why a backup could not be made. Nothing is left half-written: an unfinished copy stays in a
/// hidden folder that is removed.
public enum BackupError: Error, Sendable, Hashable {
    /// The data directory does not exist (nothing to back up).
    case noDataDirectory(path: String)
    /// The folder to back up into does not exist (is the USB stick plugged in?).
    case destinationMissing(path: String)
    /// The folder to back up into is inside the data directory.
    case destinationInsideData(path: String)
    /// Reading from the data directory or writing the copy failed.
    case store(StoreError)

    /// What to tell the person.
    public var message: BilingualText {
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
        case .store(let error):
            let inner = error.message()
            return BilingualText(zh: "备份没有完成：\(inner.zh)", en: "The backup was not finished: \(inner.en)")
        }
    }
}
