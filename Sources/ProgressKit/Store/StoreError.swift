import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What went wrong reading or writing learners' files. Every case has a message for the person
/// (`message(timeZone:)`); a failed save never leaves a temporary file and never touches the
/// last good file.
public enum StoreError: Error, Sendable, Hashable {
    /// No `--data-dir`, `CUNXUE_DATA_DIR`, `XDG_DATA_HOME` or `HOME` to find the data directory by.
    case noDataDirectory
    /// The disk (or the folder's file system) is full.
    case diskFull(path: String)
    /// The folder or file cannot be written (read-only file system, no permission).
    case readOnly(path: String)
    /// The folder is gone (e.g. a removed USB stick).
    case folderMissing(path: String)
    /// The file exists but this user may not read it (its permissions were changed).
    case unreadable(path: String)
    /// Where a file of the store should be there is something else: a link, a FIFO, a device, a
    /// folder. It was neither read nor written through.
    case notAFile(path: String, kind: FileKind)
    /// Where a folder of the store should be (`learners/`, `removed/`) there is a link or a file.
    case notAFolder(path: String, kind: FileKind)
    /// The file is larger than any file the store writes; it was not read.
    case fileTooLarge(path: String, size: Int, limit: Int)
    /// The file is not a learner (or instructor) file: damaged, or something else altogether.
    case damaged(path: String)
    /// Another system error (`errno`) while reading `path`; nothing was changed.
    case readFailure(path: String, operation: String, errno: Int32)
    /// No learner has this id.
    case learnerNotFound(id: String)
    /// The id cannot name a learner file.
    case invalidLearnerID(String)
    /// The name cannot be used.
    case invalidName(DisplayNameError)
    /// Another copy of the app has this learner signed in.
    case learnerInUse(id: String, name: String?, holder: LockHolder?)
    /// A save was given a lock that was released or belongs to another learner or folder.
    case lockNotHeld(id: String)
    /// The file was written by a newer version of Cunxue; it is left as it is.
    case newerSchema(path: String, found: Int, supported: Int)
    /// Another system error (`errno`) during `operation` on `path`.
    case ioFailure(path: String, operation: String, errno: Int32)
    /// The stored PIN in `path` cannot be checked (an unknown algorithm, a work factor outside
    /// `PINHasher.acceptedIterations`, a salt or hash that is not base64): it was not tried.
    case damagedPIN(path: String, instructor: Bool)

    /// The error for a failed system call on `path` (folder-level errors name `folder`).
    static func from(errno code: Int32, path: String, folder: String, operation: String) -> StoreError {
        switch code {
        // A file-size limit acts, for the person, like a full disk.
        case ENOSPC, EDQUOT, EFBIG: return .diskFull(path: folder)
        case EROFS, EACCES, EPERM: return .readOnly(path: folder)
        case ENOENT, ENOTDIR: return .folderMissing(path: folder)
        default: return .ioFailure(path: path, operation: operation, errno: code)
        }
    }

    /// The error for a failed system call while reading `path`: no permission is `unreadable`
    /// (not "cannot write"), a link met by `O_NOFOLLOW` is `notAFile`.
    static func reading(errno code: Int32, path: String, folder: String, operation: String) -> StoreError {
        switch code {
        case EACCES, EPERM: return .unreadable(path: path)
        case ELOOP: return .notAFile(path: path, kind: .symbolicLink)
        case ENOENT, ENOTDIR: return .folderMissing(path: folder)
        default: return .readFailure(path: path, operation: operation, errno: code)
        }
    }

    /// What to tell the person, in both languages.
    /// - Parameters:
    ///   - timeZone: the time zone for times in the message ("since 14:02").
    ///   - now: the current time (a lock taken on another day also shows its date).
    public func message(timeZone: TimeZone = .current, now: Date = Date()) -> BilingualText {
        let text = rawMessage(timeZone: timeZone, now: now)
        return BilingualText(zh: SafeText.cleanLines(text.zh), en: SafeText.cleanLines(text.en))
    }

    private func rawMessage(timeZone: TimeZone, now: Date) -> BilingualText {
        switch self {
        case .noDataDirectory:
            return BilingualText(
                zh: "找不到保存学习记录的文件夹。请用 --data-dir 指定一个文件夹。",
                en: "No folder to keep progress in. Please name one with --data-dir.")
        case .diskFull(let path):
            return BilingualText(
                zh: "磁盘已满，学习记录没有保存（\(path)）。之前的记录完好。请删除一些文件后再试。",
                en: "The disk is full; progress was not saved (\(path)). The last saved progress is intact. Please free some space and try again.")
        case .readOnly(let path):
            return BilingualText(
                zh: "不能写入文件夹 \(path)（只读或没有权限），学习记录没有保存。之前的记录完好。请联系老师。",
                en: "Cannot write to \(path) (read-only or no permission); progress was not saved. The last saved progress is intact. Please ask the instructor.")
        case .folderMissing(let path):
            return BilingualText(
                zh: "文件夹 \(path) 不见了（U 盘拔掉了吗？），学习记录没有保存。请放回后再试。",
                en: "The folder \(path) is missing (was a USB stick removed?); progress was not saved. Please put it back and try again.")
        case .unreadable(let path):
            return BilingualText(
                zh: "没有权限读取文件 \(path)，所以没有打开它，文件也没有改动。请老师把它的权限改回来（chmod u+rw）后再试。",
                en: "No permission to read \(path), so it was not opened and nothing was changed. Please ask the instructor to restore its permissions (chmod u+rw) and try again.")
        case .notAFile(let path, let kind):
            return BilingualText(
                zh: "\(path) 是\(kind.words.zh)，不是村学写的文件，所以没有读取，也没有写入。请老师检查这个文件是从哪里来的。",
                en: "\(path) is \(kind.words.en), not a file Cunxue wrote, so it was neither read nor written. Please ask the instructor to check where it came from.")
        case .notAFolder(let path, let kind):
            return BilingualText(
                zh: "\(path) 应该是村学的文件夹，现在是\(kind.words.zh)，所以没有使用它，学习记录没有保存。请老师把它改回普通文件夹。",
                en: "\(path) should be one of Cunxue's folders but is \(kind.words.en), so it was not used and progress was not saved. Please ask the instructor to make it an ordinary folder again.")
        case .fileTooLarge(let path, let size, let limit):
            return BilingualText(
                zh: "文件 \(path) 太大（\(megabytes(size)) MB，村学的文件最多 \(megabytes(limit)) MB），不是村学写的，所以没有读取，也没有改动。请老师检查。",
                en: "The file \(path) is too large (\(megabytes(size)) MB; Cunxue's files are at most \(megabytes(limit)) MB), so it was not read and was left as it is. Please ask the instructor to check it.")
        case .damaged(let path):
            return BilingualText(
                zh: "文件 \(path) 损坏了，或者不是村学的记录文件，所以没有使用它，也没有改动它。请告诉老师。",
                en: "The file \(path) is damaged or is not a Cunxue file, so it was not used and was left as it is. Please tell the instructor.")
        case .readFailure(let path, let operation, let code):
            let reason = String(cString: strerror(code))
            return BilingualText(
                zh: "读取文件时出错，文件没有改动。请过一会儿再试；还不行就告诉老师。（\(operation)：\(reason)，\(path)）",
                en: "A file could not be read; nothing was changed. Please try again in a moment, or tell the instructor. (\(operation): \(reason), \(path))")
        case .learnerNotFound(let id):
            return BilingualText(zh: "没有编号为 \(id) 的学员。", en: "There is no learner with id \(id).")
        case .invalidLearnerID(let id):
            return BilingualText(zh: "“\(id)”不是有效的学员编号。", en: "“\(id)” is not a valid learner id.")
        case .invalidName(let error):
            return error.message
        case .learnerInUse(let id, let name, let holder):
            let who = name ?? holder?.learnerName ?? id
            guard let holder else {
                return BilingualText(
                    zh: "\(who) 正在另一个窗口中使用。请先在那个窗口退出。",
                    en: "\(who) is in use in another window. Please sign out there first.")
            }
            let time = clockTime(holder.since, timeZone: timeZone, now: now)
            return BilingualText(
                zh: "\(who) 正在另一个窗口中使用（进程 \(holder.pid)，\(holder.host)，从 \(time) 开始）。请先在那个窗口退出。",
                en: "\(who) is in use in another window (pid \(holder.pid) on \(holder.host)) since \(time). Please sign out there first.")
        case .lockNotHeld(let id):
            return BilingualText(
                zh: "学员 \(id) 没有登录，不能保存。请重新登录。",
                en: "Learner \(id) is not signed in here, so nothing was saved. Please sign in again.")
        case .newerSchema(let path, let found, let supported):
            return BilingualText(
                zh: "文件 \(path) 是新版村学写的（格式 \(found)，本版只认到 \(supported)）。请更新村学。文件没有改动。",
                en: "The file \(path) was written by a newer Cunxue (format \(found); this one reads up to \(supported)). Please update Cunxue. The file was left untouched.")
        case .damagedPIN(let path, true):
            return BilingualText(
                zh: "老师密码的记录坏了，没法核对。请在终端里删掉文件 \(path)，再运行 cunxue instructor set-pin 重新设置老师密码。",
                en: "The stored instructor PIN is damaged and cannot be checked. In a terminal, delete \(path), then set a new PIN with: cunxue instructor set-pin")
        case .damagedPIN(let path, false):
            return BilingualText(
                zh: "这位学员的密码记录坏了，没法核对，学习记录没有改动。请老师进入老师模式，给这位学员重设密码。（\(path)）",
                en: "This learner's stored PIN is damaged and cannot be checked; progress is untouched. Please ask the instructor to reset the PIN in instructor mode. (\(path))")
        case .ioFailure(let path, let operation, let code):
            let reason = String(cString: strerror(code))
            // What it means and what to do first: a one-line notice may cut the end.
            return BilingualText(
                zh: "学习记录没有保存，之前的记录完好。请告诉老师。（\(operation)：\(reason)，\(path)）",
                en: "Progress was not saved; the last saved progress is intact. Please tell the instructor. (\(operation): \(reason), \(path))")
        }
    }
}

/// Whole megabytes, rounded up.
private func megabytes(_ bytes: Int) -> Int {
    bytes / (1 << 20) + (bytes % (1 << 20) == 0 ? 0 : 1)
}

/// `HH:mm` of `date` in `timeZone`, with the date in front when it is not today.
private func clockTime(_ date: Date, timeZone: TimeZone, now: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    let today = calendar.dateComponents([.year, .month, .day], from: now)
    let hhmm = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    if parts.year == today.year, parts.month == today.month, parts.day == today.day { return hhmm }
    return String(format: "%04d-%02d-%02d ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0) + hhmm
}
