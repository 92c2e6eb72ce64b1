import Foundation
import LessonKit
import ProgressKit

/// The performer of `cunxue preview FOLDER`: the app with one lesson folder as its course and a
/// learner kept in memory only. Nothing is written anywhere: no learner is created, saves are
/// kept in memory for the session (so a lesson read is marked read) and forgotten at the end,
/// and the instructor's effects say they are not available in a preview.
public final class PreviewEffects: EffectPerformer {
    /// The id of the learner the preview signs in.
    public static let learnerID = "preview0"

    private let library: Library
    private var record: LearnerRecord

    /// A preview of `library` for a learner named `name` (kept in memory), created at `now`.
    public init(library: Library, name: String, now: Date) {
        self.library = library
        // A valid name by construction ("预览" / "Preview").
        let learner = (try? Learner(id: Self.learnerID, displayName: name, createdAt: now))
            ?? (try! Learner(id: Self.learnerID, displayName: "Preview", createdAt: now))
        self.record = LearnerRecord(learner: learner)
    }

    /// What the app starts with after the first paint: the course, then the preview learner
    /// signed in.
    public static let startEffects: [Effect] = [.loadCourse, .signIn(learnerID: learnerID)]

    public func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .loadLearners:
            return [.learnersLoaded([LearnerSummary(id: record.id, name: record.learner.displayName, hasPIN: false,
                                                    lastActive: record.learner.lastActiveAt)])]
        case .createLearner:
            return [.notice(Notice(.warning, zh: "预览时不能添加学员（什么都不保存）。", en: "No learner can be added in a preview (nothing is saved)."))]
        case .signIn:
            return [.signedIn(record, warnings: [])]
        case .checkPIN(let id, _):
            return [.pinChecked(learnerID: id, correct: true, failures: 0, waitUntil: nil)]
        case .save(let saved):
            record = saved  // in memory only
            return []
        case .loadCourse:
            return [.libraryLoaded(library)]
        case .loadInstructorStatus, .checkInstructorPIN:
            return [.pinCheckFailed(Notice(.warning, zh: "预览时不能进入老师界面。按 Esc 返回。", en: "Instructor mode is not available in a preview. Press Esc to go back."))]
        case .loadClass, .resetPIN, .rename, .remove, .previewImport, .runImport, .listFolders, .changeInstructorPIN,
             .suggestExportFolder, .exportSheets:
            return [.notice(Notice(.warning, zh: "预览时不能这样做。", en: "Not available in a preview."))]
        case .speak:
            return [.speechEnded(spokenToTheEnd: false)]
        case .checkLessons, .signOut, .stopSpeaking, .suspend, .quit:
            return []
        }
    }
}
