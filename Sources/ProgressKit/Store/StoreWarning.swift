/// Something the store fixed by itself that the person (or instructor) should know about.
/// The UI shows `message`.
public enum StoreWarning: Sendable, Hashable {
    /// The learner's file was unreadable (or gone); it was set aside as `setAsideAs` (nil when
    /// there was no file) and the backup from the save before was loaded.
    case restoredFromBackup(learnerID: String, file: String, setAsideAs: String?)
    /// The learner's file and its backup were unreadable; they were set aside and the learner
    /// starts again with no progress.
    case startedClean(learnerID: String, file: String, setAsideAs: [String])
    /// A file could not be read and was left as it is (e.g. written by a newer version).
    case skipped(file: String, reason: StoreError)

    /// What to tell the person, in both languages.
    public var message: BilingualText {
        switch self {
        case .restoredFromBackup(_, let file, let setAside):
            let kept = setAside.map { "，原文件已另存为 \($0)" } ?? ""
            let keptEN = setAside.map { "; the damaged file was kept as \($0)" } ?? ""
            return BilingualText(
                zh: "学习记录文件 \(file) 损坏了，已从上一次的备份恢复\(kept)。最近一次的答题可能要重做。",
                en: "The progress file \(file) was damaged and has been restored from the backup\(keptEN). The very last answers may need to be given again.")
        case .startedClean(_, let file, let setAside):
            let list = setAside.joined(separator: ", ")
            let backupDamaged = setAside.contains { $0.contains(".json.bak.corrupt-") }
            let what = backupDamaged ? "和它的备份都损坏了" : "损坏了，也没有备份"
            let whatEN = backupDamaged ? "and its backup were both damaged" : "was damaged and there is no backup"
            return BilingualText(
                zh: "学习记录文件 \(file) \(what)，这位学员只能从头开始。损坏的文件已另存为 \(list)，请告诉老师。",
                en: "The progress file \(file) \(whatEN), so this learner starts again from the beginning. The damaged files were kept as \(list); please tell the instructor.")
        case .skipped(let file, let reason):
            let inner = reason.message()
            return BilingualText(zh: "没有读取 \(file)：\(inner.zh)", en: "Skipped \(file): \(inner.en)")
        }
    }
}
