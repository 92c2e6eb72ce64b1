import Foundation
import Testing
@testable import ProgressKit
import TestSupport

/// The instructor PIN in `instructor.json`: hashed like learners' PINs, with growing waits.
struct InstructorStoreTests {
    /// A fast hasher for tests (the real one takes about 70 ms a hash).
    static let hasher = PINHasher(iterations: 1_000)

    private func store(_ folder: TemporaryFolder) -> InstructorStore {
        InstructorStore(directory: DataDirectory(url: folder.url.appendingPathComponent("data")))
    }

    @Test func noFileMeansNoPIN() throws {
        let folder = try TemporaryFolder("instructor")
        defer { folder.remove() }
        let store = store(folder)
        #expect(try store.load() == InstructorProfile())
        #expect(try store.checkPIN("1234", at: TestTime.t0) == .noPINSet)
        #expect(!FileManager.default.fileExists(atPath: store.fileURL.path))
    }

    @Test func setPINIsStoredHashedAndDurably() throws {
        let folder = try TemporaryFolder("instructor")
        defer { folder.remove() }
        let store = store(folder)
        var generator = SeededGenerator(seed: 7)
        try store.setPIN(try Self.hasher.hash("2580", using: &generator), at: TestTime.t0)
        let text = try String(contentsOf: store.fileURL, encoding: .utf8)
        #expect(!text.contains("2580"))
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.contains("\"pinSetAt\" : \"2025-06-15T15:06:40.000Z\""))
        #expect(try store.load().hasPIN)
        #expect(try store.checkPIN("2580", at: TestTime.t0) == .accepted)
        // Changing it keeps the previous generation as the backup.
        try store.setPIN(try Self.hasher.hash("1111", using: &generator), at: TestTime.at(60))
        #expect(FileManager.default.fileExists(atPath: store.backupURL.path))
        #expect(try store.checkPIN("2580", at: TestTime.at(61)) == .rejected(failures: 1, wait: 0))
        #expect(try store.checkPIN("1111", at: TestTime.at(62)) == .accepted)
        #expect(folder.names(in: "data").filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func wrongTriesWaitLongerAndTheCountSurvivesARestart() throws {
        let folder = try TemporaryFolder("instructor")
        defer { folder.remove() }
        var generator = SeededGenerator(seed: 8)
        try store(folder).setPIN(try Self.hasher.hash("2580", using: &generator), at: TestTime.t0)
        // A new store value each time: nothing is kept in memory between tries.
        #expect(try store(folder).checkPIN("0000", at: TestTime.at(1)) == .rejected(failures: 1, wait: 0))
        #expect(try store(folder).checkPIN("0000", at: TestTime.at(2)) == .rejected(failures: 2, wait: 0))
        #expect(try store(folder).checkPIN("0000", at: TestTime.at(3)) == .rejected(failures: 3, wait: 2))
        #expect(try store(folder).checkPIN("2580", at: TestTime.at(4)) == .mustWait(seconds: 1))
        #expect(try store(folder).checkPIN("0000", at: TestTime.at(5)) == .rejected(failures: 4, wait: 4))
        #expect(try store(folder).checkPIN("0000", at: TestTime.at(9)) == .rejected(failures: 5, wait: 8))
        #expect(try store(folder).load().pinFailures.count == 5)
        #expect(try store(folder).checkPIN("2580", at: TestTime.at(17)) == .accepted)
        #expect(try store(folder).load().pinFailures == PINFailures())
    }

    @Test func damagedFileFallsBackToTheBackupAndNeverDropsThePIN() throws {
        let folder = try TemporaryFolder("instructor")
        defer { folder.remove() }
        let store = store(folder)
        var generator = SeededGenerator(seed: 9)
        try store.setPIN(try Self.hasher.hash("2580", using: &generator), at: TestTime.t0)
        try store.setPIN(try Self.hasher.hash("1357", using: &generator), at: TestTime.at(1))
        try Data("garbage".utf8).write(to: store.fileURL)
        #expect(try store.checkPIN("2580", at: TestTime.at(2)) == .accepted)
        try Data("garbage".utf8).write(to: store.backupURL)
        try Data("garbage".utf8).write(to: store.fileURL)
        #expect(throws: StoreError.self) { try store.checkPIN("2580", at: TestTime.at(3)) }
    }

    /// A store whose `instructor.json` holds the PIN 1357 and whose backup holds 2580.
    private func storeWithBackup(_ folder: TemporaryFolder, seed: UInt64) throws -> InstructorStore {
        let store = store(folder)
        var generator = SeededGenerator(seed: seed)
        try store.setPIN(try Self.hasher.hash("2580", using: &generator), at: TestTime.t0)
        try store.setPIN(try Self.hasher.hash("1357", using: &generator), at: TestTime.at(1))
        return store
    }

    @Test func aLinkCountsAsDamagedAndTheBackupIsRead() throws {
        let folder = try TemporaryFolder("instructor")
        defer { folder.remove() }
        let store = try storeWithBackup(folder, seed: 10)
        try FileManager.default.removeItem(at: store.fileURL)
        try FileManager.default.createSymbolicLink(atPath: store.fileURL.path, withDestinationPath: "/dev/null")
        #expect(try store.load().pinSetAt == TestTime.t0)
        try Data("garbage".utf8).write(to: store.backupURL)
        #expect(throws: StoreError.notAFile(path: store.fileURL.path, kind: .symbolicLink)) { try store.load() }
    }

    @Test func aFileTooLargeIsThrownNotPassedOverForTheBackup() throws {
        let folder = try TemporaryFolder("instructor")
        defer { folder.remove() }
        let store = try storeWithBackup(folder, seed: 11)
        try Data(repeating: 0x20, count: InstructorStore.fileSizeLimit + 1).write(to: store.fileURL)
        #expect(throws: StoreError.fileTooLarge(path: store.fileURL.path, size: InstructorStore.fileSizeLimit + 1,
                                                limit: InstructorStore.fileSizeLimit)) { try store.load() }
    }

    @Test func aNewerFileIsNeverPassedOver() throws {
        let folder = try TemporaryFolder("instructor")
        defer { folder.remove() }
        let store = try storeWithBackup(folder, seed: 12)
        try Data(#"{"schemaVersion": 2}"#.utf8).write(to: store.fileURL)
        #expect(throws: StoreError.newerSchema(path: store.fileURL.path, found: 2, supported: 1)) { try store.load() }
        try Data("garbage".utf8).write(to: store.fileURL)
        #expect(try store.load().pinSetAt == TestTime.t0)
        try Data("garbage".utf8).write(to: store.backupURL)
        #expect(throws: StoreError.damaged(path: store.fileURL.path)) { try store.load() }
    }

    @Test func messagesTellWhatToDo() {
        #expect(InstructorPINCheck.rejected(failures: 3, wait: 2).message.zh == "密码不对。请等 2 秒再试。")
        #expect(InstructorPINCheck.mustWait(seconds: 1.2).message.en.contains("wait 2 seconds"))
        #expect(InstructorPINCheck.noPINSet.message.zh.contains("cunxue instructor set-pin"))
    }
}
