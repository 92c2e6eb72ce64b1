import Foundation
import Testing
@testable import ProgressKit
#if canImport(Glibc)
import Glibc
#endif

/// A full disk and a read-only folder, on a small tmpfs mounted for the test (needs root).
@Suite(.serialized)
struct FileSystemFailureTests {
    /// A tmpfs of `size` mounted on a fresh temporary folder, or nil with the reason it is not.
    struct SmallDisk {
        let folder: TemporaryFolder

        static func mount(size: String) throws -> SmallDisk {
            guard getuid() == 0 else {
                print("skipped: mounting a tmpfs needs root (running as uid \(getuid()))")
                try Test.cancel("mounting a tmpfs needs root")
            }
            let folder = try TemporaryFolder("smalldisk")
            let status = run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path])
            guard status == 0 else {
                folder.remove()
                print("skipped: mount -t tmpfs failed (status \(status)); no capability to mount here")
                try Test.cancel("mount -t tmpfs failed")
            }
            return SmallDisk(folder: folder)
        }

        func remountReadOnly() -> Bool {
            Self.run("/bin/mount", ["-o", "remount,ro", folder.path]) == 0
        }

        func unmount() {
            _ = Self.run("/bin/umount", [folder.path])
            folder.remove()
        }

        static func run(_ tool: String, _ arguments: [String]) -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                return -1
            }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// A store in `folder`, prepared, with the learner `name` added and locked (under
    /// `lockedAs`, the name the lock file shows).
    static func lockedLearner(_ name: String, in folder: URL,
                              lockedAs: String? = nil) throws -> (LearnerStore, LearnerRecord, LearnerLock) {
        let store = LearnerStore(directory: DataDirectory(url: folder))
        try store.prepare(now: TestTime.t0)
        let record = try store.add(displayName: name, at: TestTime.t0)
        return (store, record, try store.lock(id: record.id, displayName: lockedAs, at: TestTime.t0))
    }

    static func bigRecord(_ record: LearnerRecord, attempts: Int) -> LearnerRecord {
        var record = record
        for index in 0..<attempts {
            record.startAttempt(id: "big-\(index)", quizID: "quiz", moduleID: "m", at: TestTime.at(Double(index)))
        }
        return record
    }

    @Test func diskFullIsAClearErrorAndTheOldFileSurvives() throws {
        let disk = try SmallDisk.mount(size: "64k")
        defer { disk.unmount() }
        let (store, added, lock) = try Self.lockedLearner("王芳", in: disk.folder.url, lockedAs: "王芳")
        var record = added
        defer { lock.release() }
        record.startAttempt(id: "first", quizID: "quiz", moduleID: "m", at: TestTime.t0)
        try store.save(record, with: lock)
        try store.save(record, with: lock)
        let good = try Data(contentsOf: store.fileURL(for: record.id))
        let goodBackup = try Data(contentsOf: store.backupURL(for: record.id))

        // Fill the disk.
        let filler = disk.folder.url.appendingPathComponent("filler").path
        let descriptor = open(filler, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        let block = [UInt8](repeating: 0x55, count: 1024)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        #expect(errno == ENOSPC)
        close(descriptor)

        let bigger = Self.bigRecord(record, attempts: 50)
        #expect(throws: StoreError.diskFull(path: store.directory.learnersFolder.path)) {
            try store.save(bigger, with: lock)
        }
        #expect(try Data(contentsOf: store.fileURL(for: record.id)) == good)
        #expect(try Data(contentsOf: store.backupURL(for: record.id)) == goodBackup)
        #expect(disk.folder.names(in: "learners").filter { $0.hasPrefix(".") }.isEmpty)
        #expect(try store.load(id: record.id, now: TestTime.t0).record == record)
        let message = StoreError.diskFull(path: "/x").message()
        #expect(message.zh.contains("磁盘已满") && message.en.contains("intact"))

        // Space again: the save goes through.
        unlink(filler)
        try store.save(bigger, with: lock)
        #expect(try store.load(id: record.id, now: TestTime.t0).record == bigger)
    }

    @Test func readOnlyFolderIsAClearErrorAndTheOldFileSurvives() throws {
        let disk = try SmallDisk.mount(size: "1m")
        defer { disk.unmount() }
        let store = LearnerStore(directory: DataDirectory(url: disk.folder.url))
        try store.prepare(now: TestTime.t0)
        let record = try store.add(displayName: "张伟", at: TestTime.t0)
        let other = try store.add(displayName: "李娜", at: TestTime.t0)
        let writable = try store.lock(id: record.id, displayName: "张伟", at: TestTime.t0)
        try store.save(record, with: writable)
        // A file open for writing (the lock file) keeps a file system from going read-only.
        writable.release()
        let good = try Data(contentsOf: store.fileURL(for: record.id))
        guard disk.remountReadOnly() else {
            print("skipped: remounting the tmpfs read-only failed")
            try Test.cancel("mount -o remount,ro failed")
        }
        // Signing in still works on a read-only folder (the lock file exists), saving does not.
        let lock = try store.lock(id: record.id, displayName: "张伟", at: TestTime.t0)
        defer { lock.release() }
        #expect(throws: StoreError.readOnly(path: store.directory.learnersFolder.path)) {
            try store.save(Self.bigRecord(record, attempts: 3), with: lock)
        }
        #expect(try Data(contentsOf: store.fileURL(for: record.id)) == good)
        #expect(disk.folder.names(in: "learners").filter { $0.hasPrefix(".") }.isEmpty)
        // Reading still works; a learner never signed in (no lock file yet) cannot be locked.
        #expect(try store.list(now: TestTime.t0).learners.count == 2)
        #expect(throws: StoreError.readOnly(path: store.directory.learnersFolder.path)) {
            try store.lock(id: other.id, displayName: nil, at: TestTime.t0)
        }
        #expect(throws: StoreError.readOnly(path: store.directory.learnersFolder.path)) {
            try store.add(displayName: "新学员", at: TestTime.t0)
        }
    }

    /// The app holds `app.lock` while it runs; on a read-only data directory that has none yet
    /// (made by `cunxue learners add`, say) it could not be made, and the app would not start.
    @Test func theStationLockOnAReadOnlyDataDirectoryWithoutALockFileIsALockOnNothing() throws {
        let disk = try SmallDisk.mount(size: "1m")
        defer { disk.unmount() }
        let directory = DataDirectory(url: disk.folder.url)
        let store = LearnerStore(directory: directory)
        try store.prepare(now: TestTime.t0)
        _ = try store.add(displayName: "王芳", at: TestTime.t0)
        #expect(!disk.folder.names(in: ".").contains(StationLock.fileName))
        guard disk.remountReadOnly() else {
            print("skipped: remounting the tmpfs read-only failed")
            try Test.cancel("mount -o remount,ro failed")
        }
        let lock = try StationLock.holdWhileRunning(directory, now: TestTime.t0)
        lock.release()
        #expect(try store.list(now: TestTime.t0).learners.count == 1)
        #expect(!disk.folder.names(in: ".").contains(StationLock.fileName))
    }

    @Test func unwritableFolderForAnOrdinaryUser() throws {
        guard getuid() != 0 else {
            print("skipped: chmod 555 does not stop root; the tmpfs read-only test covers this")
            try Test.cancel("chmod 555 does not stop root")
        }
        let folder = try TemporaryFolder("chmod")
        defer { folder.remove() }
        let (store, record, lock) = try Self.lockedLearner("张伟", in: folder.url)
        defer { lock.release() }
        let good = try Data(contentsOf: store.fileURL(for: record.id))
        chmod(store.directory.learnersFolder.path, 0o555)
        defer { chmod(store.directory.learnersFolder.path, 0o755) }
        #expect(throws: StoreError.readOnly(path: store.directory.learnersFolder.path)) {
            try store.save(Self.bigRecord(record, attempts: 3), with: lock)
        }
        #expect(try Data(contentsOf: store.fileURL(for: record.id)) == good)
        #expect(folder.names(in: "learners").filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test("a backup onto a full disk says the backup's disk is full, not that progress was not saved")
    func backupOntoAFullDisk() throws {
        let disk = try SmallDisk.mount(size: "64k")
        defer { disk.unmount() }
        let data = try TemporaryFolder("full-backup-data")
        defer { data.remove() }
        let (store, record, lock) = try Self.lockedLearner("王芳", in: data.url)
        try store.save(Self.bigRecord(record, attempts: 400), with: lock)
        lock.release()
        do {
            _ = try DataDirectoryBackup(directory: store.directory).write(into: disk.folder.url, now: TestTime.t0)
            Issue.record("a backup of 400 attempts fitted on a 64 KiB disk")
        } catch {
            #expect(error == .destinationFull(path: disk.folder.path))
            let message = error.message
            #expect(message.zh.contains("满了") && message.zh.contains("备份没有完成") && message.zh.contains("U 盘"))
            #expect(!message.zh.contains("学习记录没有保存"))
            #expect(message.en.contains("progress itself is untouched"))
        }
        #expect(disk.folder.names(in: "").isEmpty)                       // the partial copy is gone
        #expect(try store.load(id: record.id, now: TestTime.t0).warnings.isEmpty)
    }
}
