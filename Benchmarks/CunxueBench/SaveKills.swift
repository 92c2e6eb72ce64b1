import Foundation
import ProgressKit
#if canImport(Glibc)
import Glibc
#endif

/// SIGKILL during durable saves, `rounds` times: `cunxue-save-loop save-loop` saves generation
/// after generation of a learner (every part of a generation names it) and is killed at a random
/// moment, 0–8 ms after its first save of the round. After each kill the learner's file must
/// read cleanly and hold the last acknowledged generation or the one after it (never a mix);
/// the backup must be a file of its own (never the file's inode under a second name) holding an
/// earlier whole generation: the one before, or the one before that when the kill came between
/// exchanging the new file into place and renaming the previous one to the backup (or the same
/// one, where the file system cannot exchange names and the backup is a copy); and `cleanUp` must
/// remove any temporary file the kill left. Every 100 rounds a full `load` must give no warning.
struct SaveKills {
    /// The `cunxue-save-loop` binary.
    var saveLoop: String
    /// Kills.
    var rounds: Int
    /// Attempts in each saved generation (file size).
    var padding: Int

    private static let lesson = LessonKey(moduleID: "m", lessonID: "l")

    /// Runs the kills and prints what held. Exits with status 1 if anything did not.
    func run() {
        let folder = makeTemporaryFolder("cunxue-kills")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = LearnerStore(directory: DataDirectory(url: folder))
        let id: String
        do {
            try store.prepare(now: Date())
            id = try store.add(displayName: "王芳", at: Date()).id
        } catch {
            fail("cannot set up the learner: \(error.message().en)")
        }
        var failures: [String] = []
        var acknowledged = 0
        var killsMidWrite = 0
        var temporaryFiles = 0
        var backupsChecked = 0
        var sharedInodes = 0
        var generator = SystemRandomNumberGenerator()
        let started = monotonicNanoseconds()
        for round in 1...rounds {
            let child = RunningChild(saveLoop, ["save-loop", folder.path, id, "\(padding)"])
            guard let first = child.readLine(timeout: 30) else {
                failures.append("round \(round): the child never saved")
                break
            }
            if first != "saved \(acknowledged + 1)" {
                failures.append("round \(round): the child started at \"\(first)\", not at generation \(acknowledged + 1)")
            }
            usleep(UInt32.random(in: 0...8_000, using: &generator))
            child.send(SIGKILL)
            child.wait()
            for line in [first] + child.remainingLines() {
                if let value = Int(line.dropFirst("saved ".count)) { acknowledged = max(acknowledged, value) }
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: store.directory.learnersFolder.path)) ?? []
            let temporary = names.filter { $0.hasPrefix(".") }
            if !temporary.isEmpty {
                killsMidWrite += 1
                temporaryFiles += temporary.count
            }
            var mainStatus = stat(), backupStatus = stat()
            if stat(store.fileURL(for: id).path, &mainStatus) == 0, stat(store.backupURL(for: id).path, &backupStatus) == 0,
               mainStatus.st_ino == backupStatus.st_ino {
                sharedInodes += 1
                failures.append("round \(round): the file and its backup are one inode (a hard link)")
            }
            do {
                let onDisk = try generation(of: LearnerStore.readRecord(at: store.fileURL(for: id)))
                if onDisk != acknowledged && onDisk != acknowledged + 1 {
                    failures.append("round \(round): the file holds generation \(onDisk), the last acknowledged was \(acknowledged)")
                }
                acknowledged = onDisk
                if onDisk > 1, FileManager.default.fileExists(atPath: store.backupURL(for: id).path) {
                    let previous = try generation(of: LearnerStore.readRecord(at: store.backupURL(for: id)))
                    backupsChecked += 1
                    if !(onDisk - 2...onDisk).contains(previous) {
                        failures.append("round \(round): backup holds generation \(previous), the file \(onDisk)")
                    }
                }
            } catch let error as StoreError {
                failures.append("round \(round): \(error.message().en)")
            } catch {
                failures.append("round \(round): \(error)")
            }
            store.cleanUp(now: Date())
            let left = ((try? FileManager.default.contentsOfDirectory(atPath: store.directory.learnersFolder.path)) ?? [])
                .filter { $0.hasPrefix(".") }
            if !left.isEmpty { failures.append("round \(round): cleanUp left \(left)") }
            if round % 100 == 0 {
                do {
                    let loaded = try store.load(id: id, now: Date())
                    if !loaded.warnings.isEmpty { failures.append("round \(round): load warned \(loaded.warnings)") }
                } catch {
                    failures.append("round \(round): load failed: \(error.message().en)")
                }
                say("  \(round) kills, \(acknowledged) generations saved, \(failures.count) problems")
            }
            if failures.count > 20 { break }
        }
        let seconds = Double(monotonicNanoseconds() - started) / 1e9
        say("SIGKILL during saves: \(rounds) kills in \(format(seconds, 1)) s; \(acknowledged) generations saved; \(killsMidWrite) kills came mid-write and left \(temporaryFiles) temporary files (all removed by cleanUp); \(backupsChecked) backups checked; \(sharedInodes) kills left the file and its backup one file with two names")
        for failure in failures { say("  FAILED: \(failure)") }
        say(failures.isEmpty ? "held: the file was always a whole generation (the last acknowledged or the next), the backup a file of its own with an earlier whole generation" : "NOT HELD: \(failures.count) problems")
        if !failures.isEmpty { exit(1) }
    }

    /// The generation a record holds, after checking that every part of it names the same one.
    private func generation(of record: LearnerRecord) throws -> Int {
        let generation = record.readingState(Self.lesson).lastPosition
        let tag = "gen-\(generation)"
        guard record.learner.preferredLanguage == tag,
              record.readingState(Self.lesson).secondsSpent == generation,
              record.attempts.allSatisfy({ $0.quizID == tag }) else {
            throw MixedGeneration(generation: generation)
        }
        return generation
    }

    private struct MixedGeneration: Error, CustomStringConvertible {
        var generation: Int
        var description: String { "a file mixing generation \(generation) with another" }
    }
}
