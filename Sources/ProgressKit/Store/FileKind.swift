#if canImport(Glibc)
import Glibc
#endif

/// What a folder entry is, as `lstat` sees it (links not followed). The store reads and writes
/// only regular files; anything else where one of its files should be is set aside.
public enum FileKind: Sendable, Hashable {
    /// A regular file.
    case regular
    /// A symbolic link (to anywhere: another learner's file, a file outside the data directory).
    case symbolicLink
    /// A regular file with more than one name (a hard link): writing it in place would change
    /// the other name's file too. (Only lock files are written in place.)
    case hardLink
    /// A folder.
    case folder
    /// A named pipe (FIFO): reading it would wait for a writer for ever.
    case fifo
    /// A character or block device (`/dev/zero`, a disk).
    case device
    /// A socket or anything else.
    case other

    /// The kind of a file with this `st_mode`.
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFLNK: self = .symbolicLink
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFCHR, S_IFBLK: self = .device
        default: self = .other
        }
    }

    /// The words for it in messages: "一个链接" / "a symbolic link".
    var words: BilingualText {
        switch self {
        case .regular: return BilingualText(zh: "一个不是村学写的文件", en: "a file Cunxue did not write")
        case .symbolicLink: return BilingualText(zh: "一个链接（指向别的文件）", en: "a symbolic link (to another file)")
        case .hardLink: return BilingualText(zh: "另一个文件的第二个名字（硬链接）", en: "a second name of another file (a hard link)")
        case .folder: return BilingualText(zh: "一个文件夹", en: "a folder")
        case .fifo: return BilingualText(zh: "一个管道（FIFO）", en: "a named pipe (FIFO)")
        case .device: return BilingualText(zh: "一个设备文件", en: "a device file")
        case .other: return BilingualText(zh: "一个特殊文件", en: "a special file")
        }
    }

    /// The suffix a set-aside entry gets before its time: `.link-` for links, `.special-` otherwise.
    var setAsideSuffix: String {
        switch self {
        case .symbolicLink, .hardLink: return ".link-"
        case .regular: return ".unknown-"
        default: return ".special-"
        }
    }
}
