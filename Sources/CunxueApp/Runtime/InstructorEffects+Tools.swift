import Foundation
import ProgressKit

extension InstructorEffects {
    /// `Effect.listFolders`.
    func listFolders(_ path: String?) -> [Event] {
        [.foldersListed(folderBrowser.list(path))]
    }

    /// `Effect.changeInstructorPIN`: the current PIN is checked like any instructor PIN try
    /// (counted, slowed after wrong tries); only when it is right is the new one set. A first
    /// PIN is never set here.
    func changePIN(current: String, new: String, now: Date) -> [Event] {
        do {
            switch try instructorStore.checkPIN(current, at: now) {
            case .accepted:
                try instructorStore.setPIN(try hasher.hash(new), at: now)
                return [.instructorPINChanged(changed: true, waitUntil: nil)]
            case .noPINSet:
                return [.notice(Notice(.warning) { $0.instructorNoPIN })]
            case .rejected(_, let wait):
                return [.instructorPINChanged(changed: false, waitUntil: wait > 0 ? now.addingTimeInterval(wait) : nil)]
            case .mustWait(let seconds):
                return [.instructorPINChanged(changed: false, waitUntil: now.addingTimeInterval(seconds))]
            }
        } catch let error as StoreError {
            return [.notice(Notice(.error, error.message(now: now)))]
        } catch {
            return [.notice(Notice(.error, zh: "出错了：\(error)", en: "Something went wrong: \(error)"))]
        }
    }
}
