import Foundation
import Testing
@testable import ProgressKit
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Links and special files where the store's files should be (a hostile USB stick, a synced
/// folder): the store never reads or writes through them, never truncates what they point at,
/// sets them aside with a warning, and never hangs on a FIFO.
struct LinkSafetyTests {
    /// A store with two learners: 王芳 (with progress) and 李娜, and a file outside the data directory.
    struct Scene {
        let folder: TemporaryFolder
        let store: LearnerStore
        let wang: LearnerRecord
        let li: LearnerRecord
        /// A file outside the data directory (as `/etc/passwd` would be).
        let outside: URL
        let outsideBytes = Data("root:x:0:0:root:/root:/bin/bash\n".utf8)

        init() throws {
            let (folder, store) = try LearnerStoreTests.makeStore()
            self.folder = folder
            self.store = store
            wang = try LearnerStoreTests.addWithProgress(store, name: "王芳", attempts: 2)
            li = try store.add(displayName: "李娜", at: TestTime.t0)
            outside = folder.url.appendingPathComponent("outside.txt")
            try outsideBytes.write(to: outside)
        }

        var learners: URL { store.directory.learnersFolder }

        /// Both targets a link may point at: another learner's file and a file outside.
        var targets: [(label: String, url: URL)] {
            [("another learner's file", store.fileURL(for: li.id)), ("a file outside the data directory", outside)]
        }

        func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

        func link(_ name: String, to target: URL) throws {
            try? FileManager.default.removeItem(at: learners.appendingPathComponent(name))
            #expect(symlink(target.path, learners.appendingPathComponent(name).path) == 0)
        }

        /// Whether `name` is now a symbolic link in learners/.
        func isLink(_ name: String) -> Bool {
            var status = stat()
            return lstat(learners.appendingPathComponent(name).path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
        }

        /// The names in learners/ that were set aside from `name` (`name.link-…`, `.special-…`).
        func setAside(_ name: String) -> [String] {
            folder.names(in: "learners").filter { $0.hasPrefix(name + ".link-") || $0.hasPrefix(name + ".special-") }
        }
    }

    @Test("a .lock that is a link is set aside, and what it points at is never truncated",
          arguments: [0, 1])
    func lockLinkIsNeverWrittenThrough(target index: Int) throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        let target = scene.targets[index]
        let before = try scene.bytes(target.url)
        try scene.link(scene.wang.id + ".lock", to: target.url)

        // Sign-in.
        let lock = try scene.store.lock(id: scene.wang.id, displayName: "王芳", at: TestTime.t0)
        #expect(try scene.bytes(target.url) == before, "sign-in wrote through a lock link to \(target.label)")
        #expect(lock.warnings.count == 1)
        #expect(lock.warnings.first?.message.zh.contains("链接") == true)
        #expect(!scene.isLink(scene.wang.id + ".lock"))
        #expect(scene.setAside(scene.wang.id + ".lock").count == 1)
        lock.release()
        #expect(try scene.bytes(target.url) == before)

        // Backup and removal take the lock too.
        try scene.link(scene.wang.id + ".lock", to: target.url)
        let usb = try TemporaryFolder("usb")
        defer { usb.remove() }
        _ = try DataDirectoryBackup(directory: scene.store.directory).write(into: usb.url, now: TestTime.at(1))
        #expect(try scene.bytes(target.url) == before, "backup wrote through a lock link to \(target.label)")
        try scene.link(scene.wang.id + ".lock", to: target.url)
        try scene.store.remove(id: scene.wang.id, at: TestTime.at(2))
        #expect(try scene.bytes(target.url) == before, "removal wrote through a lock link to \(target.label)")
    }

    @Test func lockThatIsAHardLinkOrALargeFileIsSetAsideNotTruncated() throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        let other = scene.store.fileURL(for: scene.li.id)
        let before = try scene.bytes(other)
        unlink(scene.store.lockURL(for: scene.wang.id).path)
        #expect(link(other.path, scene.store.lockURL(for: scene.wang.id).path) == 0)
        let lock = try scene.store.lock(id: scene.wang.id, displayName: nil, at: TestTime.t0)
        lock.release()
        #expect(try scene.bytes(other) == before)
        #expect(lock.warnings.first?.message.en.contains("hard link") == true)

        // A large regular file is not a lock file the store made: kept whole.
        let large = Data(repeating: 0x41, count: 100_000)
        let lockURL = scene.store.lockURL(for: scene.li.id)
        try large.write(to: lockURL)
        let second = try scene.store.lock(id: scene.li.id, displayName: nil, at: TestTime.t0)
        second.release()
        let kept = try #require(scene.folder.names(in: "learners").first { $0.hasPrefix(scene.li.id + ".lock.unknown-") })
        #expect(try scene.bytes(scene.learners.appendingPathComponent(kept)) == large)
    }

    @Test("a learner file that is a link is set aside unread; the backup is used", arguments: [0, 1])
    func learnerFileLinkIsSetAsideUnread(target index: Int) throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        let target = scene.targets[index]
        let before = try scene.bytes(target.url)
        let name = scene.wang.id + ".json"
        try FileManager.default.removeItem(at: scene.learners.appendingPathComponent(name))
        try scene.link(name, to: target.url)

        let loaded = try scene.store.load(id: scene.wang.id, now: TestTime.at(60))
        #expect(loaded.record.id == scene.wang.id)
        #expect(loaded.record.attempts.count == 1)                      // the backup: the save before
        guard case .restoredFromBackup(_, _, .notAFile(.symbolicLink), let aside?)? = loaded.warnings.first else {
            Issue.record("expected the link to be reported, got \(loaded.warnings)")
            return
        }
        #expect(aside.contains(".json.link-"))
        #expect(scene.setAside(name).count == 1)
        #expect(!scene.isLink(name))
        // Saving never writes through either.
        let lock = try scene.store.lock(id: scene.wang.id, displayName: nil, at: TestTime.at(61))
        try scene.store.save(loaded.record, with: lock)
        lock.release()
        #expect(try scene.bytes(target.url) == before)
    }

    @Test("a link where the backup or a temporary file should be is set aside; saves never write through it",
          arguments: [0, 1])
    func backupAndTemporaryLinks(target index: Int) throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        let target = scene.targets[index]
        let before = try scene.bytes(target.url)
        let backupName = scene.wang.id + ".json.bak"
        let temporaryName = "." + scene.wang.id + ".\(getpid()).planted.tmp"
        try scene.link(backupName, to: target.url)
        try scene.link(temporaryName, to: target.url)

        scene.store.cleanUp(now: TestTime.t0)
        let listing = try scene.store.list(now: TestTime.t0)
        #expect(listing.warnings.count == 2)
        #expect(scene.setAside(backupName).count == 1 && scene.setAside(temporaryName).count == 1)
        let lock = try scene.store.lock(id: scene.wang.id, displayName: nil, at: TestTime.t0)
        try scene.store.save(scene.wang, with: lock)
        try scene.store.save(scene.wang, with: lock)
        lock.release()
        #expect(try scene.bytes(target.url) == before)
        #expect(!scene.isLink(backupName))

        // A link planted after the listing is replaced by the save's rotation, not written through.
        try scene.link(backupName, to: target.url)
        let again = try scene.store.lock(id: scene.wang.id, displayName: nil, at: TestTime.t0)
        try scene.store.save(scene.wang, with: again)
        again.release()
        #expect(try scene.bytes(target.url) == before)
        // And the main file, damaged with only a linked backup, never reads through it.
        try Data("garbage".utf8).write(to: scene.store.fileURL(for: scene.wang.id))
        try scene.link(backupName, to: scene.store.fileURL(for: scene.li.id))
        let loaded = try scene.store.load(id: scene.wang.id, now: TestTime.at(5))
        #expect(loaded.record.learner.displayName != "李娜")
        #expect(try scene.bytes(target.url) == before)
    }

    @Test("a FIFO named x.json hangs nothing: listing, loading and the report go on", .timeLimit(.minutes(1)))
    func fifoIsNeverReadAsData() throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        let fifo = scene.learners.appendingPathComponent("xfifo123.json")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let lockFIFO = scene.store.lockURL(for: scene.li.id)
        #expect(mkfifo(lockFIFO.path, 0o644) == 0)

        let outcome = try #require(Self.withDeadline(seconds: 20) {
            let listing = try? scene.store.list(now: TestTime.t0)
            let report = LearnerRecordCollection.gather(from: [scene.store.directory])
            return (listing, report)
        }, "listing or the report hung on a FIFO")
        let listing = try #require(outcome.0)
        #expect(Set(listing.learners.map(\.id)) == [scene.wang.id, scene.li.id])
        #expect(listing.warnings.contains { $0.message.zh.contains("管道") })
        #expect(scene.setAside("xfifo123.json").count == 1)
        #expect(outcome.1.records.count == 2)
    }

    @Test("a report never reads a FIFO or a link, and says so", .timeLimit(.minutes(1)))
    func reportSkipsSpecialFiles() throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        #expect(mkfifo(scene.learners.appendingPathComponent("xfifo123.json").path, 0o644) == 0)
        try scene.link("zlink456.json", to: scene.store.fileURL(for: scene.li.id))
        let collection = try #require(Self.withDeadline(seconds: 20) {
            LearnerRecordCollection.gather(from: [scene.store.directory])
        }, "the report hung on a FIFO")
        #expect(collection.records.count == 2)
        #expect(collection.warnings.count == 2)
        #expect(collection.warnings.allSatisfy { $0.message.zh.contains("不是村学写的文件") })
        // The report only reads: nothing was renamed.
        #expect(scene.setAside("xfifo123.json").isEmpty)
    }

    @Test func linkToDevZeroIsRefusedNotReadUntilMemoryRunsOut() throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        let name = scene.wang.id + ".json"
        try FileManager.default.removeItem(at: scene.learners.appendingPathComponent(name))
        try scene.link(name, to: URL(fileURLWithPath: "/dev/zero"))
        #expect(throws: StoreError.notAFile(path: scene.store.fileURL(for: scene.wang.id).path, kind: .symbolicLink)) {
            _ = try LearnerStore.readRecord(at: scene.store.fileURL(for: scene.wang.id))
        }
        let loaded = try scene.store.load(id: scene.wang.id, now: TestTime.t0)
        #expect(loaded.record.attempts.count == 1)
        #expect(scene.setAside(name).count == 1)
        // The instructor's file too.
        let instructor = scene.store.directory.url.appendingPathComponent("instructor.json")
        #expect(symlink("/dev/zero", instructor.path) == 0)
        #expect(throws: StoreError.self) { _ = try InstructorStore(directory: scene.store.directory).load() }
    }

    @Test func oversizedLearnerFileIsRefusedAndLeftAlone() throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        let url = scene.store.fileURL(for: scene.li.id)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(LearnerStore.fileSizeLimit + 1))
        try handle.close()
        #expect(throws: StoreError.fileTooLarge(path: url.path, size: LearnerStore.fileSizeLimit + 1,
                                                limit: LearnerStore.fileSizeLimit)) {
            _ = try scene.store.load(id: scene.li.id, now: TestTime.t0)
        }
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int == LearnerStore.fileSizeLimit + 1)
        let message = StoreError.fileTooLarge(path: url.path, size: 70 << 20, limit: 64 << 20).message()
        #expect(message.zh.contains("太大") && message.zh.contains("70 MB"))
    }

    @Test func instructorLockLinkIsNeverWrittenThrough() throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        let lock = scene.store.directory.url.appendingPathComponent("instructor.lock")
        #expect(symlink(scene.outside.path, lock.path) == 0)
        var generator = SeededGenerator(seed: 3)
        try InstructorStore(directory: scene.store.directory)
            .setPIN(try PINHasher(iterations: 1_000).hash("2580", using: &generator), at: TestTime.t0)
        #expect(try scene.bytes(scene.outside) == scene.outsideBytes)
    }

    @Test func learnersFolderThatIsALinkIsRefused() throws {
        let folder = try TemporaryFolder("linked")
        defer { folder.remove() }
        let elsewhere = folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let data = folder.url.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        #expect(symlink(elsewhere.path, data.appendingPathComponent("learners").path) == 0)
        let store = LearnerStore(directory: DataDirectory(url: data))
        #expect(throws: StoreError.notAFolder(path: data.path + "/learners", kind: .symbolicLink)) {
            _ = try store.add(displayName: "王芳", at: TestTime.t0)
        }
        #expect(folder.names(in: "elsewhere").isEmpty)
    }

    @Test("no save leaves the file and its backup one inode (the backup is rotated by exchanging names)")
    func saveNeverSharesAnInodeWithTheBackup() throws {
        let scene = try Scene()
        defer { scene.folder.remove() }
        var record = scene.wang
        let lock = try scene.store.lock(id: record.id, displayName: nil, at: TestTime.t0)
        defer { lock.release() }
        var previous = try scene.bytes(scene.store.fileURL(for: record.id))
        for index in 0..<5 {
            record.startAttempt(id: "more-\(index)", quizID: "quiz", moduleID: "m", at: TestTime.at(Double(100 + index)))
            try scene.store.save(record, with: lock)
            var main = stat(), backup = stat()
            #expect(stat(scene.store.fileURL(for: record.id).path, &main) == 0)
            #expect(stat(scene.store.backupURL(for: record.id).path, &backup) == 0)
            #expect(main.st_ino != backup.st_ino && main.st_nlink == 1 && backup.st_nlink == 1)
            #expect(try scene.bytes(scene.store.backupURL(for: record.id)) == previous)
            previous = try scene.bytes(scene.store.fileURL(for: record.id))
        }
    }

    /// Runs `body` on another thread; nil when it did not finish within `seconds` (it hung).
    static func withDeadline<T: Sendable>(seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.value = body()
            done.signal()
        }
        return done.wait(timeout: .now() + seconds) == .success ? box.value : nil
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
