import Foundation
import Testing
@testable import ProgressKit
import TestSupport

/// `DataDirectoryBackup`: a whole, consistent copy, also while a learner is signed in.
struct DataDirectoryBackupTests {
    static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current

    @Test func copiesEverythingButLocksAndTemporaryFilesWhileALearnerIsSignedIn() throws {
        let folder = try TemporaryFolder("backup")
        defer { folder.remove() }
        let directories = try ReportFixture.write(into: folder.url)
        let data = directories[0]
        let store = LearnerStore(directory: data)
        // 王芳 is signed in at the station (the app holds her lock) while the backup runs.
        let session = try store.lock(id: "wangfang", displayName: "王芳", at: TestTime.t0)
        defer { session.release() }
        try FileManager.default.createDirectory(at: data.lessonsFolder.appendingPathComponent("03-new"), withIntermediateDirectories: true)
        try Data("---\ntitle: 新\n---\n".utf8).write(to: data.lessonsFolder.appendingPathComponent("03-new/module.md"))
        try Data().write(to: data.lessonsFolder.appendingPathComponent(".import.lock"))
        try Data("{}".utf8).write(to: data.learnersFolder.appendingPathComponent(".liqiang.123.abc.tmp"))
        try FileManager.default.createSymbolicLink(at: data.lessonsFolder.appendingPathComponent("elsewhere"),
                                                   withDestinationURL: folder.url)
        var generator = SeededGenerator(seed: 1)
        try InstructorStore(directory: data).setPIN(try PINHasher(iterations: 1_000).hash("2580", using: &generator), at: TestTime.t0)
        let usb = folder.url.appendingPathComponent("usb")
        try FileManager.default.createDirectory(at: usb, withIntermediateDirectories: true)

        let result = try DataDirectoryBackup(directory: data).write(into: usb, now: TestTime.t0, timeZone: Self.utc)

        #expect(result.folder.lastPathComponent == "cunxue-backup-20250615-150640")
        #expect(result.learners == 3)
        #expect(result.learnersInUse == ["wangfang"])
        #expect(result.skipped == ["lessons/elsewhere"])
        #expect(result.unreadable.isEmpty)
        #expect(folder.names(in: "usb") == ["cunxue-backup-20250615-150640"])
        let copy = "usb/cunxue-backup-20250615-150640"
        // The station's name (ReportFixture sets one) is backed up too.
        #expect(folder.names(in: copy) == ["cunxue-backup.json", "instructor.json", "learners", "lessons", "station.json"])
        // Lock files and the temporary file of a killed save are left out.
        #expect(folder.names(in: copy + "/learners") == ["liqiang.json", "wangfang.json", "zhaomin.json"])
        #expect(folder.names(in: "station-a/learners").contains("wangfang.lock"))
        #expect(folder.names(in: copy + "/lessons") == ["03-new"])
        for id in ["liqiang", "wangfang", "zhaomin"] {
            let original = try Data(contentsOf: store.fileURL(for: id))
            let copied = try Data(contentsOf: folder.url.appendingPathComponent(copy + "/learners/\(id).json"))
            #expect(copied == original)
        }
        // A second backup in the same second gets its own folder.
        let again = try DataDirectoryBackup(directory: data).write(into: usb, now: TestTime.t0, timeZone: Self.utc)
        #expect(again.folder.lastPathComponent == "cunxue-backup-20250615-150640-2")
        // The backup's copy reads as the same data.
        let restored = LearnerRecordCollection.gather(from: [DataDirectory(url: result.folder)])
        #expect(restored.records == LearnerRecordCollection.gather(from: [data]).records)
    }

    @Test func destinationMustExistAndBeOutsideTheData() throws {
        let folder = try TemporaryFolder("backup")
        defer { folder.remove() }
        let data = DataDirectory(url: folder.url.appendingPathComponent("data"))
        try LearnerStore(directory: data).prepare(now: TestTime.t0)
        let backup = DataDirectoryBackup(directory: data)
        #expect(throws: BackupError.destinationMissing(path: folder.path + "/no-usb")) {
            try backup.write(into: folder.url.appendingPathComponent("no-usb"), now: TestTime.t0)
        }
        #expect(throws: BackupError.destinationInsideData(path: data.learnersFolder.path)) {
            try backup.write(into: data.learnersFolder, now: TestTime.t0)
        }
        #expect(throws: BackupError.noDataDirectory(path: folder.path + "/none")) {
            try DataDirectoryBackup(directory: DataDirectory(url: folder.url.appendingPathComponent("none")))
                .write(into: folder.url, now: TestTime.t0)
        }
        #expect(folder.names(in: "data/learners").isEmpty)
    }
}
