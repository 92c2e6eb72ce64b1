import Foundation
import LessonKit
import ProgressKit

/// The instructor's worksheet export: where to write by default, and the writing.
extension InstructorEffects {
    /// `Effect.suggestExportFolder`.
    func suggestExportFolder() -> [Event] {
        let user = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        let roots = ["/media/" + user, "/run/media/" + user].map { URL(fileURLWithPath: $0, isDirectory: true) }
        return [.exportFolderSuggested(Self.exportFolder(dataDirectory: directory.url, mediaRoots: roots).path)]
    }

    /// The default export folder: `村学实操单` on the first USB stick mounted under one of
    /// `mediaRoots` that can be written to, else the data directory's `exports/`.
    static func exportFolder(dataDirectory: URL, mediaRoots: [URL], fileManager: FileManager = .default) -> URL {
        for root in mediaRoots {
            let sticks = (try? fileManager.contentsOfDirectory(at: root, includingPropertiesForKeys: [.isDirectoryKey],
                                                               options: [.skipsHiddenFiles])) ?? []
            for stick in sticks.sorted(by: { $0.path < $1.path }) {
                let isFolder = (try? stick.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
                if isFolder, fileManager.isWritableFile(atPath: stick.path) {
                    return stick.appendingPathComponent("村学实操单", isDirectory: true)
                }
            }
        }
        return dataDirectory.appendingPathComponent("exports", isDirectory: true)
    }

    /// `Effect.exportSheets`: the learner's file is read (not locked: nothing is changed), the
    /// sheets written into `folder/NAME-ID/`.
    func exportSheets(_ id: String, into folder: String, language: UILanguage) -> [Event] {
        let store = LearnerStore(directory: directory)
        let record: LearnerRecord
        do {
            record = try LearnerStore.readRecord(at: store.fileURL(for: id))
        } catch {
            return [.notice(Notice(.error, zh: "读不出这位学员的文件，没有导出。", en: "This learner's file cannot be read; nothing was exported."))]
        }
        let expanded = folder.hasPrefix("~/") ? NSHomeDirectory() + folder.dropFirst() : folder
        let target = URL(fileURLWithPath: expanded, isDirectory: true)
            .appendingPathComponent(SheetExporter.learnerFolderName(name: record.learner.displayName, id: id), isDirectory: true)
        let exporter = SheetExporter(course: loadLibrary().course, language: language == .zh ? .simplifiedChinese : .english,
                                     calendar: Calendar.current)
        do {
            let report = try exporter.export(record, to: target)
            return [.sheetsExported(learnerID: id, report: report)]
        } catch {
            return [.notice(Notice(.error, error.message))]
        }
    }
}
