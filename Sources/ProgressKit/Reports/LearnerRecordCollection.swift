import Foundation

/// Learners' records gathered from one or more data directories (this station's, other
/// stations' synced with a file-sync tool, USB copies) and merged by learner id, so that a
/// learner whose file exists in several places is one learner and every attempt counts once.
///
/// Only reads: nothing in the folders is repaired, moved or locked. In `learners/`, every
/// `NAME.json` is read (so `<id>.sync-conflict-….json` copies made by Syncthing are merged in
/// too); `<id>.json.bak` is read only when `<id>.json` is missing or unreadable. Learners in
/// `removed/` are left out.
public struct LearnerRecordCollection: Sendable {
    /// The merged records, by learner id.
    public var records: [LearnerRecord]
    /// Files that could not be used.
    public var warnings: [ReportWarning]
    /// How many files were read.
    public var filesRead: Int

    /// Reads and merges the learners of `directories`.
    /// - Parameter directories: data directories, in any order (the merge does not depend on it).
    public static func gather(from directories: [DataDirectory]) -> LearnerRecordCollection {
        var byID: [String: LearnerRecord] = [:]
        var warnings: [ReportWarning] = []
        var filesRead = 0
        for directory in directories {
            let folder = directory.learnersFolder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            let visible = Set(names.filter { !$0.hasPrefix(".") })
            var usedMain = Set<String>()
            for name in visible.sorted() where name.hasSuffix(".json") {
                let url = folder.appendingPathComponent(name)
                do {
                    let record = try LearnerStore.readRecord(at: url)
                    filesRead += 1
                    usedMain.insert(name)
                    byID[record.id] = try byID[record.id].map { try LearnerRecord.merge($0, record) } ?? record
                } catch let error as StoreError {
                    if !visible.contains(name + ".bak") {
                        warnings.append(ReportWarning(path: url.path, message: Self.skipped(url.path, error)))
                    }
                } catch {
                    // Records of one id always merge; nothing else is thrown.
                }
            }
            for name in visible.sorted() where name.hasSuffix(".json.bak") && !usedMain.contains(String(name.dropLast(4))) {
                let url = folder.appendingPathComponent(name)
                do {
                    let record = try LearnerStore.readRecord(at: url)
                    filesRead += 1
                    byID[record.id] = try byID[record.id].map { try LearnerRecord.merge($0, record) } ?? record
                } catch let error as StoreError {
                    warnings.append(ReportWarning(path: url.path, message: Self.skipped(url.path, error)))
                } catch {
                    // As above.
                }
            }
        }
        return LearnerRecordCollection(records: byID.keys.sorted().compactMap { byID[$0] }, warnings: warnings,
                                       filesRead: filesRead)
    }

    private static func skipped(_ path: String, _ error: StoreError) -> BilingualText {
        switch error {
        case .newerSchema:
            return StoreWarning.skipped(file: path, reason: error).message
        default:
            return BilingualText(zh: "没有读取 \(path)：文件损坏或不是学习记录，报表里没有算它。",
                                 en: "Skipped \(path): the file is damaged or not a progress file; the report leaves it out.")
        }
    }
}
