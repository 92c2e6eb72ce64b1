import Foundation
import Testing
@testable import ProgressKit
#if canImport(Glibc)
import Glibc
#endif

/// The store on an ordinary folder: saving, backups, repairs, listing, locks, removal.
struct LearnerStoreTests {
    static func makeStore() throws -> (TemporaryFolder, LearnerStore) {
        let folder = try TemporaryFolder("store")
        let store = LearnerStore(directory: DataDirectory(url: folder.url))
        try store.prepare(now: TestTime.t0)
        return (folder, store)
    }

    static func addWithProgress(_ store: LearnerStore, name: String, attempts: Int) throws -> LearnerRecord {
        var record = try store.add(displayName: name, at: TestTime.t0)
        let lock = try store.lock(id: record.id, displayName: name, at: TestTime.t0)
        defer { lock.release() }
        for index in 0..<attempts {
            record.startAttempt(id: "\(record.id)-\(index)", quizID: "quiz", moduleID: "m", at: TestTime.at(Double(index)))
            try store.save(record, with: lock)
        }
        return record
    }

    @Test func addSaveLoadRoundTrip() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        var record = try store.add(displayName: "王芳", at: TestTime.t0)
        #expect(LearnerID.isValid(record.id))
        #expect(try store.load(id: record.id, now: TestTime.t0) == LoadedRecord(record: record, warnings: []))

        let lock = try store.lock(id: record.id, displayName: "王芳", at: TestTime.t0)
        defer { lock.release() }
        record.startAttempt(id: "a1", quizID: "quiz", moduleID: "m", at: TestTime.at(5))
        try record.record(Answer(questionID: "q", chosen: [1], correct: false, answeredAt: TestTime.at(6)),
                          inAttempt: "a1", calendar: TestTime.utc)
        try store.save(record, with: lock)
        let loaded = try store.load(id: record.id, now: TestTime.t0)
        #expect(loaded.record == record)
        #expect(loaded.warnings.isEmpty)
        // The file is what the design says: readable JSON, one per learner.
        let text = try String(contentsOf: store.fileURL(for: record.id), encoding: .utf8)
        #expect(text.contains("\"displayName\" : \"王芳\""))
        #expect(folder.names(in: "learners") == ["\(record.id).json", "\(record.id).json.bak", "\(record.id).lock"])
    }

    @Test("a kill between linking the backup and the rename leaves one inode; loading parts them")
    func loadGivesASharedBackupItsOwnCopy() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try Self.addWithProgress(store, name: "王芳", attempts: 2)
        let path = store.fileURL(for: record.id).path, backup = store.backupURL(for: record.id).path
        // What the killed save leaves: the backup name linked to the current file.
        unlink(backup)
        #expect(link(path, backup) == 0)
        _ = try store.load(id: record.id, now: TestTime.t0)
        var a = stat(), b = stat()
        #expect(lstat(path, &a) == 0 && lstat(backup, &b) == 0)
        #expect(a.st_ino != b.st_ino)
        // Damage to the file in place now leaves the backup whole.
        #expect(truncate(path, 0) == 0)
        let loaded = try store.load(id: record.id, now: TestTime.t0)
        #expect(loaded.record == record)
        #expect(loaded.warnings.count == 1)
    }

    @Test func backupHoldsThePreviousGeneration() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        var record = try store.add(displayName: "张伟", at: TestTime.t0)
        let lock = try store.lock(id: record.id, displayName: nil, at: TestTime.t0)
        defer { lock.release() }
        var generations: [Data] = [try Data(contentsOf: store.fileURL(for: record.id))]
        for index in 0..<3 {
            record.startAttempt(id: "a\(index)", quizID: "quiz", moduleID: "m", at: TestTime.at(Double(index)))
            try store.save(record, with: lock)
            generations.append(try Data(contentsOf: store.fileURL(for: record.id)))
            #expect(try Data(contentsOf: store.backupURL(for: record.id)) == generations[generations.count - 2])
        }
    }

    @Test func savingNeedsTheLearnersLock() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let first = try store.add(displayName: "一", at: TestTime.t0)
        let second = try store.add(displayName: "二", at: TestTime.t0)
        let lock = try store.lock(id: first.id, displayName: "一", at: TestTime.t0)
        #expect(throws: StoreError.lockNotHeld(id: second.id)) { try store.save(second, with: lock) }
        lock.release()
        #expect(!lock.isHeld)
        #expect(throws: StoreError.lockNotHeld(id: first.id)) { try store.save(first, with: lock) }
        lock.release()  // twice is harmless
    }

    @Test func secondSignInIsRefusedWithWhoHoldsIt() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try store.add(displayName: "王芳", at: TestTime.t0)
        let lock = try store.lock(id: record.id, displayName: "王芳", at: TestTime.t0)
        do {
            _ = try store.lock(id: record.id, displayName: "王芳", at: TestTime.at(60))
            Issue.record("a second lock was granted")
        } catch {
            guard case .learnerInUse(let id, let name, let holder?) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(id == record.id && name == "王芳")
            #expect(holder.pid == getpid())
            #expect(holder.since == TestTime.t0)
            let utc = try #require(TimeZone(identifier: "UTC"))
            let message = error.message(timeZone: utc, now: TestTime.t0)
            #expect(message.zh.contains("王芳") && message.zh.contains("\(getpid())") && message.zh.contains("15:06"))
            #expect(message.en == "王芳 is in use in another window (pid \(getpid()) on \(holder.host)) since 15:06. Please sign out there first.")
        }
        lock.release()
        let again = try store.lock(id: record.id, displayName: "王芳", at: TestTime.at(120))
        again.release()
    }

    @Test func lockIsReleasedWhenTheLastCopyGoesAway() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try store.add(displayName: "王芳", at: TestTime.t0)
        do {
            let lock = try store.lock(id: record.id, displayName: nil, at: TestTime.t0)
            #expect(lock.isHeld)
        }
        let again = try store.lock(id: record.id, displayName: nil, at: TestTime.t0)
        again.release()
    }

    @Test(arguments: [
        ("empty", Data()),
        ("truncated", Data("{\n  \"attempts\" : [\n    {\n      \"answers\" : [".utf8)),
        ("garbage", Data([0xFF, 0xFE, 0x00, 0x13, 0x37, 0x42])),
        ("not a record", Data("[1, 2, 3]".utf8)),
        ("zeros after a power cut", Data(repeating: 0, count: 4096)),
    ])
    func damagedFileIsSetAsideAndTheBackupLoaded(label: String, damage: Data) throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try Self.addWithProgress(store, name: "王芳", attempts: 3)
        let previous = try RecordCoding.decode(Data(contentsOf: store.backupURL(for: record.id)))
        try damage.write(to: store.fileURL(for: record.id))

        let loaded = try store.load(id: record.id, now: TestTime.at(3600))
        #expect(loaded.record == previous, "\(label)")
        #expect(loaded.record.attempts.count == 2)
        let aside = store.fileURL(for: record.id).path + ".corrupt-20250615T160640Z"
        #expect(loaded.warnings == [.restoredFromBackup(learnerID: record.id, file: store.fileURL(for: record.id).path,
                                                        problem: .damaged, setAsideAs: aside)])
        #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == damage)      // kept, never deleted
        #expect(loaded.warnings[0].message.zh.contains("备份"))
        #expect(loaded.warnings[0].message.en.contains("restored from the backup"))
        // The backup was put back as the learner's file: the next load is clean.
        #expect(try store.load(id: record.id, now: TestTime.at(3601)).warnings.isEmpty)
    }

    @Test func damagedFileWithoutBackupStartsCleanKeepingTheName() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try store.add(displayName: "李秀英", at: TestTime.t0)
        let path = store.fileURL(for: record.id)
        var bytes = try Data(contentsOf: path)
        bytes.removeLast(bytes.count / 2)                        // truncated, name still readable
        try bytes.write(to: path)
        let loaded = try store.load(id: record.id, now: TestTime.at(60))
        #expect(loaded.record.id == record.id)
        #expect(loaded.record.learner.displayName == "李秀英")
        #expect(loaded.record.attempts.isEmpty)
        guard case .startedClean(_, _, let aside)? = loaded.warnings.first else {
            Issue.record("expected a start-clean warning, got \(loaded.warnings)")
            return
        }
        #expect(aside.count == 1)
        #expect(loaded.warnings[0].message.zh.contains("从头开始"))
        #expect(loaded.warnings[0].message.en.contains("there is no backup"))
        #expect(try store.load(id: record.id, now: TestTime.at(61)).warnings.isEmpty)
    }

    @Test func damagedFileAndBackupBothSetAside() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try Self.addWithProgress(store, name: "赵敏", attempts: 2)
        try Data("garbage".utf8).write(to: store.fileURL(for: record.id))
        try Data("more garbage".utf8).write(to: store.backupURL(for: record.id))
        let loaded = try store.load(id: record.id, now: TestTime.at(60))
        #expect(loaded.record.attempts.isEmpty)
        #expect(loaded.record.learner.displayName == record.id)   // no name left to salvage
        guard case .startedClean(_, _, let aside)? = loaded.warnings.first else {
            Issue.record("expected a start-clean warning, got \(loaded.warnings)")
            return
        }
        #expect(aside.count == 2)
        #expect(loaded.warnings[0].message.en.contains("its backup were both damaged"))
        #expect(folder.names(in: "learners").filter { $0.contains(".corrupt-") }.count == 2)
    }

    @Test func missingFileWithBackupIsRestored() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try Self.addWithProgress(store, name: "王芳", attempts: 2)
        try FileManager.default.removeItem(at: store.fileURL(for: record.id))
        let loaded = try store.load(id: record.id, now: TestTime.t0)
        #expect(loaded.record.attempts.count == 1)
        #expect(loaded.warnings == [.restoredFromBackup(learnerID: record.id, file: store.fileURL(for: record.id).path,
                                                        problem: .missing, setAsideAs: nil)])
        // Says what happened — the file is missing — not that it was damaged.
        #expect(loaded.warnings[0].message.zh.contains("不见了"))
        #expect(!loaded.warnings[0].message.zh.contains("损坏"))
        #expect(loaded.warnings[0].message.en.contains("was missing"))
    }

    @Test func fileFromANewerVersionIsLeftAlone() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try store.add(displayName: "王芳", at: TestTime.t0)
        let newer = Data(#"{"schemaVersion": 7, "learner": {"future": true}}"#.utf8)
        try newer.write(to: store.fileURL(for: record.id))
        #expect(throws: StoreError.newerSchema(path: store.fileURL(for: record.id).path, found: 7, supported: 2)) {
            try store.load(id: record.id, now: TestTime.t0)
        }
        #expect(try Data(contentsOf: store.fileURL(for: record.id)) == newer)
        let listing = try store.list(now: TestTime.t0)
        #expect(listing.learners.isEmpty)
        guard case .skipped? = listing.warnings.first else {
            Issue.record("expected a skipped warning, got \(listing.warnings)")
            return
        }
        #expect(listing.warnings[0].message.en.contains("newer Cunxue"))
    }

    @Test func unknownAndInvalidIDs() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        #expect(throws: StoreError.learnerNotFound(id: "nobody")) { try store.load(id: "nobody", now: TestTime.t0) }
        #expect(throws: StoreError.invalidLearnerID("../x")) { try store.load(id: "../x", now: TestTime.t0) }
        #expect(throws: StoreError.invalidName(.empty)) { try store.add(displayName: " \u{200B} ", at: TestTime.t0) }
    }

    @Test func listShowsEveryoneEvenWithOneDamagedFile() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let wang = try Self.addWithProgress(store, name: "王芳", attempts: 2)
        let zhang = try store.add(displayName: "张伟", at: TestTime.t0)
        let li = try store.add(displayName: "李娜", at: TestTime.t0)
        try Data("{\"schemaVersion\": 1, \"learner\": ".utf8).write(to: store.fileURL(for: li.id))
        // Stray files are not learners.
        try Data().write(to: folder.url.appendingPathComponent("learners/.\(wang.id).123.abc.tmp.partial"))
        try Data().write(to: folder.url.appendingPathComponent("learners/notes.txt"))

        let listing = try store.list(now: TestTime.at(7200))
        #expect(Set(listing.learners.map(\.id)) == [wang.id, zhang.id, li.id])
        #expect(listing.learners.first?.id == wang.id)                 // most recently active first
        let wangOverview = try #require(listing.learners.first { $0.id == wang.id })
        #expect(wangOverview.attemptCount == 2 && wangOverview.displayName == "王芳")
        #expect(listing.warnings.count == 1)
        guard case .startedClean(let id, _, let aside)? = listing.warnings.first else {
            Issue.record("expected the damaged file to be reported, got \(listing.warnings)")
            return
        }
        #expect(id == li.id)
        #expect(aside.first?.hasSuffix(".corrupt-20250615T170640Z") == true)
    }

    @Test func namesMayBeSharedButIDsAreNot() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let first = try store.add(displayName: "王芳", at: TestTime.t0)
        let second = try store.add(displayName: " 王芳 ", at: TestTime.t0)
        #expect(first.id != second.id)
        let listing = try store.list(now: TestTime.t0)
        #expect(Set(listing.matching("王芳").map(\.id)) == [first.id, second.id])
        #expect(listing.matching(first.id).map(\.id) == [first.id])
        #expect(listing.matching("王").isEmpty)
    }

    @Test func removeMovesTheFilesAndNeverDeletes() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try Self.addWithProgress(store, name: "王芳", attempts: 2)
        let bytes = try Data(contentsOf: store.fileURL(for: record.id))
        let lock = try store.lock(id: record.id, displayName: "王芳", at: TestTime.t0)
        #expect {
            try store.remove(id: record.id, at: TestTime.t0)
        } throws: { error in
            guard case StoreError.learnerInUse = error else { return false }
            return true
        }
        lock.release()
        let moved = try store.remove(id: record.id, at: TestTime.t0)
        #expect(moved.lastPathComponent == "\(record.id).json")
        #expect(try Data(contentsOf: moved) == bytes)
        #expect(folder.names(in: "removed") == ["\(record.id).json", "\(record.id).json.bak"])
        #expect(folder.names(in: "learners").isEmpty)
        #expect(try store.list(now: TestTime.t0).learners.isEmpty)
        #expect(throws: StoreError.learnerNotFound(id: record.id)) { try store.remove(id: record.id, at: TestTime.t0) }
    }

    @Test func cleanUpRemovesOnlyDeadWritersTemporaryFiles() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let learners = folder.url.appendingPathComponent("learners")
        // pid 1 is alive; a pid above pid_max never is.
        let alive = ".abc.1.x1.tmp"
        let dead = ".abc.99999999.x2.tmp"
        let noPID = ".abc.tmp"
        for name in [alive, dead, noPID, "abc.json"] {
            try Data("x".utf8).write(to: learners.appendingPathComponent(name))
        }
        let removed = store.cleanUp(now: Date())
        #expect(Set(removed) == [dead, noPID])
        #expect(folder.names(in: "learners") == [alive, "abc.json"])
        // A living writer's file older than a minute is stale too.
        #expect(store.cleanUp(now: Date().addingTimeInterval(120)) == [alive])
    }

    @Test func savingIntoAMissingFolderFailsCleanly() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let record = try store.add(displayName: "王芳", at: TestTime.t0)
        let lock = try store.lock(id: record.id, displayName: nil, at: TestTime.t0)
        defer { lock.release() }
        try FileManager.default.removeItem(at: store.directory.learnersFolder)
        #expect(throws: StoreError.folderMissing(path: store.directory.learnersFolder.path)) {
            try store.save(record, with: lock)
        }
        #expect(!FileManager.default.fileExists(atPath: store.directory.learnersFolder.path))
        let message = StoreError.folderMissing(path: "/media/usb").message()
        #expect(message.zh.contains("/media/usb") && message.en.contains("not saved"))
    }

    @Test func mergesAnotherStationsCopyIntoTheFile() throws {
        let (folder, store) = try Self.makeStore()
        defer { folder.remove() }
        let (_, here, there) = try MergeTests.divergedCopies()
        // "Here" is this station's file; "there" arrives as a file from another station.
        let lock = try store.lock(id: here.id, displayName: nil, at: TestTime.t0)
        defer { lock.release() }
        try store.save(here, with: lock)
        let elsewhere = folder.url.appendingPathComponent("from-usb.json")
        try RecordCoding.encode(there).write(to: elsewhere)
        let copy = try LearnerStore.readRecord(at: elsewhere)
        let merged = try store.merge(copy, with: lock, now: TestTime.t0)
        #expect(merged == (try LearnerRecord.merge(here, there)))
        #expect(try store.load(id: here.id, now: TestTime.t0).record == merged)
        // Merging the same copy again changes nothing.
        #expect(try store.merge(copy, with: lock, now: TestTime.t0) == merged)
        #expect(throws: StoreError.self) { try LearnerStore.readRecord(at: folder.url.appendingPathComponent("none.json")) }
    }

    @Test func salvagesNamesFromDamagedBytes() {
        #expect(LearnerStore.salvageName(from: Data("{ \"learner\" : { \"displayName\" : \"王芳\", \"id\" : ".utf8)) == "王芳")
        #expect(LearnerStore.salvageName(from: Data("{ \"displayName\" : \"王".utf8)) == nil)
        #expect(LearnerStore.salvageName(from: Data([0xFF, 0x00])) == nil)
    }
}
