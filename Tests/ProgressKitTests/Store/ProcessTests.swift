import Foundation
import Testing
@testable import ProgressKit
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Other processes: killed mid-save, killed while holding a lock, saving at the same time.
/// They run one after another (`.serialized`) to keep the 2-core CI machine responsive.
@Suite(.serialized)
struct ProcessTests {
    static let lesson = LessonKey(moduleID: "m", lessonID: "l")

    /// The generation a file written by `save-loop` holds, after checking every part of it
    /// names the same generation (a file mixing two saves fails here).
    static func generation(of data: Data, file: String) throws -> Int {
        let record = try RecordCoding.decode(data)
        let generation = record.readingState(lesson).lastPosition
        let tag = "gen-\(generation)"
        #expect(record.learner.preferredLanguage == tag, "\(file): language \(record.learner.preferredLanguage ?? "nil") in \(tag)")
        #expect(record.readingState(lesson).secondsSpent == generation, "\(file)")
        #expect(record.attempts.allSatisfy { $0.quizID == tag && $0.answers.count == 3 }, "\(file): attempts from another generation")
        return generation
    }

    @Test func killedMidSaveLeavesTheOldOrTheNewFileNeverAMix() throws {
        let folder = try TemporaryFolder("crash")
        defer { folder.remove() }
        let store = LearnerStore(directory: DataDirectory(url: folder.url))
        try store.prepare(now: Date())
        let id = try store.add(displayName: "王芳", at: Date()).id
        let path = store.fileURL(for: id).path
        let backupPath = store.backupURL(for: id).path
        var acknowledged = 0
        var killsMidWrite = 0
        var leftTemporaryFiles = 0
        // The kill moments are random; the seed picks them (the rest is the scheduler's timing).
        let seed = UInt64.random(in: 0...UInt64.max)
        print("crash test seed: \(seed)")
        var generator = SeededGenerator(seed: seed)
        let rounds = 300
        for round in 0..<rounds {
            let child = try ChildProcess(["save-loop", folder.path, id, "40"])
            // Let it get going, then kill it at a random moment of its save loop.
            guard let first = child.readLine(timeout: 30) else {
                Issue.record("round \(round): the child never saved")
                return
            }
            #expect(first == "saved \(acknowledged + 1)", "round \(round): the child did not continue from the last saved generation")
            usleep(UInt32.random(in: 0...8_000, using: &generator))
            child.kill()
            for line in [first] + child.remainingLines() {
                guard let value = Int(line.dropFirst("saved ".count)) else { continue }
                acknowledged = max(acknowledged, value)
            }
            let names = folder.names(in: "learners")
            let temporary = names.filter { $0.hasPrefix(".") }
            if !temporary.isEmpty { killsMidWrite += 1; leftTemporaryFiles += temporary.count }

            let mainData = try Data(contentsOf: URL(fileURLWithPath: path))
            let onDisk = try Self.generation(of: mainData, file: "round \(round) main")
            #expect(onDisk == acknowledged || onDisk == acknowledged + 1,
                    "round \(round): file holds generation \(onDisk), last acknowledged \(acknowledged)")
            acknowledged = onDisk
            // The backup is a file of its own holding an earlier whole generation: the one before,
            // or the one before that when the kill came between exchanging the new file into
            // place and renaming the previous one to the backup.
            var mainStatus = stat(), backupStatus = stat()
            if lstat(path, &mainStatus) == 0, lstat(backupPath, &backupStatus) == 0 {
                #expect(mainStatus.st_ino != backupStatus.st_ino, "round \(round): the file and its backup are one inode")
            }
            if onDisk > 2, let backup = try? Data(contentsOf: URL(fileURLWithPath: backupPath)) {
                let previous = try Self.generation(of: backup, file: "round \(round) backup")
                #expect(previous == onDisk - 1 || previous == onDisk - 2, "round \(round): backup \(previous) vs file \(onDisk)")
            }
            // The next start removes what the killed process left behind.
            store.cleanUp(now: Date())
            #expect(folder.names(in: "learners").filter { $0.hasPrefix(".") }.isEmpty)
        }
        print("crash test: \(rounds) kills, \(acknowledged) generations saved, \(killsMidWrite) kills left \(leftTemporaryFiles) temporary files (removed by cleanUp)")
        #expect(acknowledged >= rounds)
    }

    @Test func lockOfAKilledProcessNeverBlocks() throws {
        let folder = try TemporaryFolder("stale")
        defer { folder.remove() }
        let store = LearnerStore(directory: DataDirectory(url: folder.url))
        try store.prepare(now: Date())
        let id = try store.add(displayName: "张伟", at: Date()).id
        let child = try ChildProcess(["hold", folder.path, id])
        #expect(child.readLine(timeout: 30) == "locked")
        do {
            _ = try store.lock(id: id, displayName: "张伟", at: Date())
            Issue.record("the lock of a living process was granted")
        } catch {
            guard case .learnerInUse(_, _, let holder) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(holder?.pid == child.pid)
            #expect(error.message().zh.contains("进程 \(child.pid)"))
        }
        child.kill()
        // The lock file is still there, with the dead holder written in it; it blocks nobody.
        #expect(FileManager.default.fileExists(atPath: store.lockURL(for: id).path))
        let lock = try store.lock(id: id, displayName: "张伟", at: Date())
        #expect(store.holder(of: id)?.pid == getpid())
        lock.release()
    }

    @Test func twoProcessesSavingTheSameLearnerLoseNothing() throws {
        let folder = try TemporaryFolder("two")
        defer { folder.remove() }
        let store = LearnerStore(directory: DataDirectory(url: folder.url))
        try store.prepare(now: Date())
        let id = try store.add(displayName: "李娜", at: Date()).id
        let count = 40
        let first = try ChildProcess(["increment", folder.path, id, "\(count)", "first"])
        let second = try ChildProcess(["increment", folder.path, id, "\(count)", "second"])
        #expect(first.readLine(timeout: 60) == "done")
        #expect(second.readLine(timeout: 60) == "done")
        #expect(first.wait() == 0 && second.wait() == 0)
        let record = try store.load(id: id, now: Date())
        #expect(record.warnings.isEmpty)
        let ids = Set(record.record.attempts.map(\.id))
        #expect(ids.count == 2 * count)
        #expect(ids == Set((0..<count).flatMap { ["first-\($0)", "second-\($0)"] }))
        #expect(folder.names(in: "learners").filter { $0.hasPrefix(".") }.isEmpty)
    }
}
