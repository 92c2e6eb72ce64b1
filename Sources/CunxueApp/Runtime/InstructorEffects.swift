import Foundation
import LessonKit
import ProgressKit

/// Performs the instructor's effects: the instructor PIN, the class table, learner changes,
/// importing lesson folders (then loading the course again).
public final class InstructorEffects {
    let directory: DataDirectory
    private let store: LearnerStore
    let instructorStore: InstructorStore
    let hasher: PINHasher
    /// Lists the USB sticks and their folders for the import picker.
    public var folderBrowser = FolderBrowser(roots: [])
    let bundledCourse: String?
    let extraLessons: [String]

    /// Creates the performer.
    /// - Parameters:
    ///   - directory: the data directory.
    ///   - bundledCourse: the bundled course folder (for import conflicts and reloading).
    ///   - extraLessons: `--lessons` folders (reloaded after an import too).
    ///   - hasher: how a new instructor PIN is hashed.
    public init(directory: DataDirectory, bundledCourse: String?, extraLessons: [String], hasher: PINHasher = PINHasher()) {
        self.directory = directory
        self.store = LearnerStore(directory: directory)
        self.instructorStore = InstructorStore(directory: directory)
        self.hasher = hasher
        self.bundledCourse = bundledCourse
        self.extraLessons = extraLessons
    }

    /// The course as the app loads it: bundled, then imported, then `--lessons`. The lessons
    /// stamp is read first, so a change made while loading is noticed by the next check. The course
    /// is an index: lesson bodies are read when a lesson is opened (`Library.body(of:in:)`).
    public func loadLibrary() -> Library {
        loadedStamp = LessonsStamp.read(lessonsFolder: directory.lessonsFolder.path)
        return Library(CourseLibrary.load(bundled: bundledCourse, imported: directory.lessonsFolder.path, extra: extraLessons,
                                   mode: .index).course)
    }

    /// The lessons stamp when the course was last loaded.
    private var loadedStamp: String?

    /// `Effect.checkLessons`: whether `lessons/.stamp` changed since the course was loaded.
    func checkLessons() -> [Event] {
        LessonsStamp.read(lessonsFolder: directory.lessonsFolder.path) == loadedStamp ? [] : [.lessonsChanged]
    }

    /// Runs `body`, turning a failure into a notice for the person. The instructor PIN's effects
    /// (`forPINScreen`) end the PIN screen's wait with the message instead.
    private func reporting(now: Date, forPINScreen: Bool = false, _ body: () throws -> [Event]) -> [Event] {
        let notice: Notice
        do {
            return try body()
        } catch let error as StoreError {
            notice = Notice(.error, error.message(now: now))
        } catch {
            notice = Notice(.error, zh: "出错了：\(error)", en: "Something went wrong: \(error)")
        }
        return [forPINScreen ? .pinCheckFailed(notice) : .notice(notice)]
    }

    /// `Effect.loadCourse`.
    func loadCourse() -> [Event] { [.libraryLoaded(loadLibrary())] }

    /// `Effect.loadInstructorStatus`.
    func loadStatus(now: Date) -> [Event] {
        reporting(now: now, forPINScreen: true) { [.instructorStatus(hasPIN: try instructorStore.load().hasPIN)] }
    }

    /// `Effect.checkInstructorPIN`.
    func checkPIN(_ pin: String, now: Date) -> [Event] {
        reporting(now: now, forPINScreen: true) {
            switch try instructorStore.checkPIN(pin, at: now) {
            case .accepted:
                return [.instructorPINChecked(correct: true, waitUntil: nil)]
            case .noPINSet:
                // Never opened without a PIN: it is set with `cunxue instructor set-pin`.
                return [.pinCheckFailed(Notice(.warning) { $0.instructorNoPIN })]
            case .rejected(_, let wait):
                return [.instructorPINChecked(correct: false, waitUntil: wait > 0 ? now.addingTimeInterval(wait) : nil)]
            case .mustWait(let seconds):
                return [.instructorPINChecked(correct: false, waitUntil: now.addingTimeInterval(seconds))]
            }
        }
    }

    /// `Effect.loadClass`.
    func loadClass(now: Date) -> [Event] {
        reporting(now: now) {
            let listing = try store.list(now: now)
            let members = listing.learners.map { overview -> ClassMember in
                let summary = LearnerSummary(id: overview.id, name: overview.displayName, hasPIN: overview.hasPIN,
                                             lastActive: overview.lastActiveAt)
                return ClassMember(summary: summary, record: try? LearnerStore.readRecord(at: store.fileURL(for: overview.id)))
            }
            return [.classLoaded(members)] + listing.warnings.prefix(1).map { .notice(Notice(.warning, $0.message)) }
        }
    }

    /// `Effect.resetPIN`.
    func resetPIN(_ id: String, now: Date) -> [Event] {
        reporting(now: now) {
            try change(id, now: now) { $0.learner.pin = nil; $0.learner.pinFailures.recordSuccess() }
            return [.notice(Notice(.info, zh: "已清除密码。", en: "The PIN was cleared."))]
        }
    }

    /// `Effect.rename`.
    func rename(_ id: String, to name: String, now: Date) -> [Event] {
        reporting(now: now) {
            let others = try store.list(now: now).learners.filter { $0.id != id }.map(\.displayName)
            if let clash = DisplayName.clash(of: name, with: others) {
                return [.notice(Notice(.warning) { $0.nameClash(clash) })]
            }
            var failure: Notice?
            try change(id, now: now) { record in
                do throws(DisplayNameError) { try record.learner.rename(to: name) } catch { failure = Notice(.error, error.message) }
            }
            return [.notice(failure ?? Notice(.info, zh: "已改名为 \(name)。", en: "Renamed to \(name)."))]
        }
    }

    /// `Effect.remove`.
    func remove(_ id: String, now: Date) -> [Event] {
        reporting(now: now) {
            _ = try store.remove(id: id, at: now)
            return [.notice(Notice(.info, zh: "已移到 removed/ 文件夹。", en: "Moved to the removed/ folder."))]
        }
    }

    /// `Effect.previewImport`.
    func previewImport(_ path: String) -> [Event] { [.importPreviewed(preview(path))] }

    /// `Effect.runImport`.
    func runImport(_ path: String, replace: Bool) -> [Event] {
        let importer = LessonImporter(dataDirectory: directory.path, bundledCourse: bundledCourse)
        let result = importer.importFolder(path, replace: replace)
        guard result.succeeded else {
            let reasons = result.refusals.prefix(2).map { $0.formatted(english: false) }.joined(separator: "；")
            let reasonsEn = result.refusals.prefix(2).map { $0.formatted(english: true) }.joined(separator: "; ")
            return [.notice(Notice(.error, zh: "没有导入：\(reasons)", en: "Nothing was imported: \(reasonsEn)"))]
        }
        let titles = result.imported.map(\.title)
        return [.libraryLoaded(loadLibrary()), .importFinished(ImportPreview(path: path, result: result)),
                .notice(Notice(.info, zh: "已导入：\(Strings(.zh).list(titles))", en: "Imported: \(Strings(.en).list(titles))"))]
    }

    /// Changes a learner who is not signed in anywhere (their lock is taken for the change).
    private func change(_ id: String, now: Date, _ edit: (inout LearnerRecord) -> Void) throws(StoreError) {
        let lock = try store.lock(id: id, displayName: nil, at: now)
        defer { lock.release() }
        var record = try store.load(id: id, now: now).record
        edit(&record)
        try store.save(record, with: lock)
    }

    /// What importing `path` would do, as the importer decides it; nothing is put in place.
    private func preview(_ path: String) -> ImportPreview {
        let importer = LessonImporter(dataDirectory: directory.path, bundledCourse: bundledCourse)
        return ImportPreview(path: path, result: importer.preview(path))
    }
}
