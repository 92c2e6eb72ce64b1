/// One reason an import was refused. Any refusal means nothing at all was imported.
public struct ImportRefusal: Error, Sendable, Equatable {
    /// The file or folder concerned, starting with the folder as given (or the data
    /// directory's `lessons/` for problems there).
    public var path: String
    /// What is wrong.
    public var reason: Reason

    /// Creates a refusal.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// What made the import refuse a folder.
    public enum Reason: Sendable, Equatable {
        /// The folder given does not exist.
        case pathNotFound
        /// The path given is a file, not a folder.
        case notAFolder
        /// A link (to a file or folder, inside the folder or outside): never followed.
        case symbolicLink
        /// A FIFO, device or socket: never opened.
        case specialFile(Diagnostic.SpecialFileKind)
        /// A name containing `..`.
        case nameWithDots
        /// A name containing a control character (ESC, the rest of C0/C1, DEL; tab and newline too).
        case nameWithControlCharacter(scalar: UInt32)
        /// A name containing a bidirectional formatting character (it can disguise a name).
        case nameWithBidiCharacter(scalar: UInt32)
        /// A name that is not UTF-8 (e.g. GBK from a zip made on Windows).
        case nameNotUTF8
        /// A module folder whose own name starts with a dot (it would be hidden).
        case hiddenModuleFolder
        /// A Markdown file larger than the limit (1 MiB).
        case fileTooLarge(bytes: Int, limit: Int)
        /// More files and folders than the limit (2,000); the folder was not looked at further.
        case tooManyFiles(limit: Int)
        /// Folders nested deeper than the limit.
        case tooDeep(limit: Int)
        /// No module in the folder (no `module.md`, no subfolder with Markdown files).
        case noModules
        /// A file or folder that could not be read.
        case unreadable(reason: String)
        /// A file changed (or was swapped for a link) while it was being copied.
        case changedWhileImporting
        /// The validator found errors (listed in `ImportResult.findings`).
        case validationErrors(count: Int)
        /// A module with this id was imported before, into `folderName` (use replace).
        case moduleAlreadyImported(id: String, folderName: String)
        /// The bundled course has a module with this id (use replace).
        case moduleAlreadyBundled(id: String)
        /// `lessons/` already holds something else under this folder name.
        case folderNameTaken(folderName: String)
        /// A module without `id:` in a folder of another name has the title of the module `id`
        /// (imported into `folderName`, or bundled when `nil`): it is taken for that module, which
        /// it replaces (use replace).
        case recognisedByTitle(id: String, title: String, folderName: String?)
        /// The data directory's `lessons/` is a link or not a folder (nothing is written through it).
        case lessonsFolderUnusable
        /// Writing into the data directory failed (disk full, no permission); nothing was imported.
        case writeFailed(reason: String)
    }

    /// What is wrong and what to do, in the reader's language.
    /// - Parameter english: English when true, simplified Chinese otherwise.
    public func message(english: Bool) -> String {
        english ? reason.englishMessage : reason.chineseMessage
    }

    /// `PATH: MESSAGE`.
    /// - Parameter english: English when true, simplified Chinese otherwise.
    public func formatted(english: Bool) -> String {
        english ? "\(path): \(message(english: true))" : "\(path)：\(message(english: false))"
    }
}

extension ImportRefusal.Reason {
    fileprivate var chineseMessage: String {
        switch self {
        case .pathNotFound: return "找不到这个文件夹：请检查名字是否写对"
        case .notAFolder: return "这是一个文件，不是文件夹：请给出课程文件夹或单元文件夹"
        case .symbolicLink: return "这是一个链接（快捷方式），不会跟过去：请把真正的文件或文件夹复制到这里"
        case .specialFile(let kind):
            let name = kind.name(english: false)
            return "这是\(name)，不是普通文件：请删除它"
        case .nameWithDots: return "名字里有“..”：请给它改个名字"
        case .nameWithControlCharacter(let scalar):
            return "名字里有控制字符（U+\(hex(scalar))）：请给它改个名字"
        case .nameWithBidiCharacter(let scalar):
            return "名字里有改变文字方向的字符（U+\(hex(scalar))），会让名字看起来不一样：请给它改个名字"
        case .nameNotUTF8: return "名字不是 UTF-8 编码（常见于 Windows 上打包的 zip）：请给它重新起名"
        case .hiddenModuleFolder: return "单元文件夹的名字以“.”开头，导入后会被隐藏：请给它改个名字"
        case .fileTooLarge(let bytes, let limit):
            return "文件太大（\(bytes) 字节，最多 \(limit) 字节）：请把它拆成几课"
        case .tooManyFiles(let limit):
            return "文件和文件夹超过 \(limit) 个，没有再往下看：是不是选错了文件夹？请只选课程文件夹"
        case .tooDeep(let limit):
            return "文件夹套得太深（超过 \(limit) 层）：请只选课程文件夹"
        case .noModules: return "这个文件夹里没有单元：单元是含有 module.md 的文件夹"
        case .unreadable(let reason): return "无法读取（\(reason)）：请检查文件权限"
        case .changedWhileImporting: return "导入时这个文件被改动了：请等别的程序写完再导入"
        case .validationErrors(let count):
            return "课程检查发现 \(count) 个错误（见上面）：请改正后再导入，或先用 cunxue validate 检查"
        case .moduleAlreadyImported(let id, let folderName):
            return "单元“\(id)”已经导入过（在 lessons/\(folderName)）：要用新的替换旧的，请加上 --replace"
        case .moduleAlreadyBundled(let id):
            return "村学自带的课程里已有单元“\(id)”：要用导入的替换自带的，请加上 --replace"
        case .folderNameTaken(let folderName):
            return "数据文件夹的 lessons/ 里已经有别的内容叫“\(folderName)”：请给单元文件夹改个名字"
        case .recognisedByTitle(let id, let title, let folderName):
            let place = folderName.map { "已经导入的单元“\(id)”（在 lessons/\($0)）" } ?? "村学自带的单元“\(id)”"
            return "这个单元没有写 id，标题“\(title)”和\(place)相同，认作同一个单元（学员的记录会保留）：要用它替换旧的，请加上 --replace；如果它是另一个单元，请在 module.md 里写上不同的 id"
        case .lessonsFolderUnusable: return "数据文件夹里的 lessons 是链接或不是文件夹，不会写入：请把它改成普通文件夹"
        case .writeFailed(let reason): return "写入数据文件夹失败（\(reason)），什么都没有导入：请检查磁盘空间和权限"
        }
    }

    fileprivate var englishMessage: String {
        switch self {
        case .pathNotFound: return "no such folder: check the name"
        case .notAFolder: return "this is a file, not a folder: give a course or module folder"
        case .symbolicLink: return "this is a link (shortcut) and is never followed: copy the real file or folder here"
        case .specialFile(let kind):
            let name = kind.name(english: true)
            return "this is \(name), not a regular file: delete it"
        case .nameWithDots: return "the name contains “..”: rename it"
        case .nameWithControlCharacter(let scalar):
            return "the name contains a control character (U+\(hex(scalar))): rename it"
        case .nameWithBidiCharacter(let scalar):
            return "the name contains a text-direction character (U+\(hex(scalar))) that can disguise it: rename it"
        case .nameNotUTF8: return "the name is not UTF-8 (common in zips made on Windows): rename it"
        case .hiddenModuleFolder: return "the module folder's name starts with “.”, so it would be hidden: rename it"
        case .fileTooLarge(let bytes, let limit):
            return "file too large (\(bytes) bytes, at most \(limit)): split it into several lessons"
        case .tooManyFiles(let limit):
            return "more than \(limit) files and folders, so it was not looked at further: is this the right folder? Choose just the course folder"
        case .tooDeep(let limit):
            return "folders nested too deep (more than \(limit) levels): choose just the course folder"
        case .noModules: return "no module in this folder: a module is a folder holding module.md"
        case .unreadable(let reason): return "cannot be read (\(reason)): check the file's permissions"
        case .changedWhileImporting: return "the file changed while it was being imported: wait until other programs are done, then import again"
        case .validationErrors(let count):
            return "the check found \(count) \(count == 1 ? "error" : "errors") (see above): fix them and import again, or check first with cunxue validate"
        case .moduleAlreadyImported(let id, let folderName):
            return "module “\(id)” was imported before (in lessons/\(folderName)): add --replace to replace it with the new one"
        case .moduleAlreadyBundled(let id):
            return "the course that comes with Cunxue already has module “\(id)”: add --replace to use the imported one instead"
        case .folderNameTaken(let folderName):
            return "the data directory's lessons/ already holds something else called “\(folderName)”: rename the module folder"
        case .recognisedByTitle(let id, let title, let folderName):
            let place = folderName.map { "the module “\(id)” imported before (in lessons/\($0))" } ?? "the module “\(id)” that comes with Cunxue"
            return "this module has no id and the title “\(title)” of \(place), so it is taken for that module (learners' history is kept): add --replace to replace it; if it is another module, give it a different id in module.md"
        case .lessonsFolderUnusable: return "lessons in the data directory is a link or not a folder, so nothing is written to it: make it a plain folder"
        case .writeFailed(let reason): return "writing to the data directory failed (\(reason)); nothing was imported: check disk space and permissions"
        }
    }
}

private func hex(_ scalar: UInt32) -> String {
    let digits = String(scalar, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
