import Foundation
import Testing
@testable import ProgressKit
#if canImport(Glibc)
import Glibc
#endif

/// Messages say what happened and what to do — not another failure's words.
struct StoreMessageTests {
    @Test("a file that cannot be read says so, not that the folder cannot be written")
    func unreadableFileSaysItCouldNotBeRead() throws {
        let error = StoreError.reading(errno: EACCES, path: "/d/learners/x.json", folder: "/d/learners", operation: "open")
        #expect(error == .unreadable(path: "/d/learners/x.json"))
        let message = error.message()
        #expect(message.zh.contains("没有权限读取") && message.zh.contains("没有改动") && message.zh.contains("chmod"))
        #expect(!message.zh.contains("不能写入") && !message.zh.contains("没有保存"))
        #expect(message.en.contains("No permission to read"))
        // An ordinary user meets it for real (root reads everything).
        if getuid() != 0 {
            let (folder, store) = try LearnerStoreTests.makeStore()
            defer { folder.remove() }
            let record = try store.add(displayName: "王芳", at: TestTime.t0)
            chmod(store.fileURL(for: record.id).path, 0)
            #expect(throws: StoreError.unreadable(path: store.fileURL(for: record.id).path)) {
                _ = try store.load(id: record.id, now: TestTime.t0)
            }
        }
    }

    @Test("a damaged file met while reading says it is damaged, not that progress was not saved")
    func damagedFileSaysDamaged() throws {
        let folder = try TemporaryFolder("damaged")
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("x.json")
        try Data("{".utf8).write(to: url)
        #expect(throws: StoreError.damaged(path: url.path)) { _ = try LearnerStore.readRecord(at: url) }
        let message = StoreError.damaged(path: url.path).message()
        #expect(message.zh.contains("损坏") && !message.zh.contains("没有保存"))
        let read = StoreError.reading(errno: EIO, path: url.path, folder: folder.path, operation: "read").message()
        #expect(read.zh.contains("读取") && read.zh.contains("没有改动") && !read.zh.contains("没有保存"))
    }

    @Test("every message cleans the file names it shows")
    func messagesCleanFileNames() {
        let path = "/d/learners/\u{1B}]0;x\u{07}\u{202E}.json"
        let errors: [StoreError] = [
            .diskFull(path: path), .readOnly(path: path), .folderMissing(path: path), .unreadable(path: path),
            .notAFile(path: path, kind: .fifo), .notAFolder(path: path, kind: .symbolicLink),
            .fileTooLarge(path: path, size: 1, limit: 1), .damaged(path: path), .newerSchema(path: path, found: 9, supported: 2),
            .ioFailure(path: path, operation: "write", errno: EIO), .readFailure(path: path, operation: "read", errno: EIO),
            .learnerNotFound(id: path), .invalidLearnerID(path),
        ]
        let warnings: [StoreWarning] = [
            .restoredFromBackup(learnerID: "x", file: path, problem: .damaged, setAsideAs: path),
            .startedClean(learnerID: "x", file: path, setAsideAs: [path]),
            .setAside(file: path, setAsideAs: path, kind: .symbolicLink),
            .numbersOutOfRange(file: path, fields: ["secondsSpent"]), .skipped(file: path, reason: .damaged(path: path)),
        ]
        let texts = errors.map { $0.message() } + warnings.map(\.message) + [BackupError.destinationFull(path: path).message]
        for text in texts {
            #expect(SafeText.isClean(text.zh.replacingOccurrences(of: "\n", with: " ")), "\(text.zh)")
            #expect(SafeText.isClean(text.en.replacingOccurrences(of: "\n", with: " ")), "\(text.en)")
        }
    }
}
