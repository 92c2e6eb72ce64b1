/// Something the store fixed by itself that the person (or instructor) should know about.
/// The UI shows `message`.
public enum StoreWarning: Sendable, Hashable {
    /// The learner's file could not be used (`problem`); what was there was set aside as
    /// `setAsideAs` (nil when there was no file) and the backup from the save before was loaded.
    case restoredFromBackup(learnerID: String, file: String, problem: FileProblem, setAsideAs: String?)
    /// The learner's file and its backup were unreadable; they were set aside and the learner
    /// starts again with no progress.
    case startedClean(learnerID: String, file: String, setAsideAs: [String])
    /// A file could not be read and was left as it is (e.g. written by a newer version).
    case skipped(file: String, reason: StoreError)
    /// Where one of the store's files should be there was something else (a link, a FIFO, a
    /// device, a hard link); it was renamed to `setAsideAs`, never read or written through.
    case setAside(file: String, setAsideAs: String, kind: FileKind)
    /// Numbers in the file were out of any possible range (`fields`, e.g. a reading time of
    /// 30,000 years); they were brought into range.
    case numbersOutOfRange(file: String, fields: [String])
    /// A backup folder (made by `cunxue backup`) was found in the data directory, where its
    /// learners are not read; the message says what it is and what to do.
    case misplacedBackup(folder: String)

    /// Why a learner's file could not be used.
    public enum FileProblem: Sendable, Hashable {
        /// Truncated, empty, not JSON, not a learner file.
        case damaged
        /// There was no file (only its backup).
        case missing
        /// Not a regular file: a link, a FIFO, a device.
        case notAFile(FileKind)
    }

    /// What to tell the person, in both languages (file names cleaned of control characters).
    public var message: BilingualText {
        let text = rawMessage
        return BilingualText(zh: SafeText.cleanLines(text.zh), en: SafeText.cleanLines(text.en))
    }

    /// The message for a two-line notice in the app (shorter where the full one is long).
    public var briefMessage: BilingualText {
        if case .misplacedBackup(let folder) = self { return BackupManifest.misplacedBriefMessage(folder) }
        return message
    }

    private var rawMessage: BilingualText {
        switch self {
        case .restoredFromBackup(_, let file, let problem, let setAside):
            let kept = setAside.map { "，原来的已另存为 \($0)" } ?? ""
            let keptEN = setAside.map { "; what was there was kept as \($0)" } ?? ""
            let what: BilingualText
            switch problem {
            case .damaged: what = BilingualText(zh: "损坏了", en: "was damaged")
            case .missing: what = BilingualText(zh: "不见了（只剩下备份）", en: "was missing (only its backup was there)")
            case .notAFile(let kind): what = BilingualText(zh: "变成了\(kind.words.zh)", en: "had become \(kind.words.en)")
            }
            return BilingualText(
                zh: "学习记录文件 \(file) \(what.zh)，已从上一次保存的备份恢复\(kept)。最近一次的答题可能要重做。如果不知道为什么会这样，请告诉老师。",
                en: "The progress file \(file) \(what.en) and has been restored from the backup of the save before\(keptEN). The very last answers may need to be given again. If nobody knows why, please tell the instructor.")
        case .startedClean(_, let file, let setAside):
            let list = setAside.joined(separator: ", ")
            let backupDamaged = setAside.contains { $0.contains(".json.bak.") }
            let what = backupDamaged ? "和它的备份都损坏了" : "损坏了，也没有备份"
            let whatEN = backupDamaged ? "and its backup were both damaged" : "was damaged and there is no backup"
            return BilingualText(
                zh: "学习记录文件 \(file) \(what)，这位学员只能从头开始。损坏的文件已另存为 \(list)，请告诉老师。",
                en: "The progress file \(file) \(whatEN), so this learner starts again from the beginning. The damaged files were kept as \(list); please tell the instructor.")
        case .skipped(let file, let reason):
            let inner = reason.message()
            return BilingualText(zh: "没有读取 \(file)：\(inner.zh)", en: "Skipped \(file): \(inner.en)")
        case .setAside(let file, let setAside, let kind):
            return BilingualText(
                zh: "\(file) 是\(kind.words.zh)，不是村学写的文件。村学没有读它，也没有往里写，已把它改名为 \(setAside) 放在一边。请老师看看它是从哪里来的。",
                en: "\(file) was \(kind.words.en), not a file Cunxue wrote. It was neither read nor written through, and was renamed to \(setAside). Please ask the instructor to check where it came from.")
        case .numbersOutOfRange(let file, let fields):
            let list = fields.joined(separator: ", ")
            return BilingualText(
                zh: "学习记录文件 \(file) 里有不可能的数字（\(list)），已按最接近的合理数字计算。文件可能被人改过，请告诉老师。",
                en: "The progress file \(file) holds impossible numbers (\(list)); the nearest sensible values were used. The file may have been edited; please tell the instructor.")
        case .misplacedBackup(let folder):
            return BackupManifest.misplacedMessage(folder)
        }
    }
}
