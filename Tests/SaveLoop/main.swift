// cunxue-save-loop: a child process for ProgressKit's crash and locking tests.
//
//   cunxue-save-loop save-loop DATA_DIR ID PADDING   lock, then save generation after generation
//                                                    forever, printing "saved N" after each save
//   cunxue-save-loop hold DATA_DIR ID                lock, print "locked", wait to be killed
//   cunxue-save-loop increment DATA_DIR ID COUNT TAG COUNT times: lock (waiting while another
//                                                    process has it), load, add attempt TAG-i,
//                                                    save, release; print "done"
import Foundation
import ProgressKit
#if canImport(Glibc)
import Glibc
#endif

/// Writes a line to stdout without buffering (the parent reads it before killing us).
func say(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    let bytes = Array(("cunxue-save-loop: " + message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(2)
}

/// Takes the learner's lock, waiting while another process holds it.
func waitForLock(_ store: LearnerStore, _ id: String) -> LearnerLock {
    while true {
        do {
            return try store.lock(id: id, displayName: nil, at: Date())
        } catch .learnerInUse {
            usleep(500)
        } catch {
            fail("lock: \(error.message().en)")
        }
    }
}

/// The record for generation `generation`: every part of it names the generation, so a file
/// mixing two generations is caught.
func generationRecord(_ base: LearnerRecord, generation: Int, padding: Int) -> LearnerRecord {
    var learner = base.learner
    learner.preferredLanguage = "gen-\(generation)"
    var attempts: [Attempt] = []
    let start = Date(timeIntervalSince1970: 1_750_000_000)
    for index in 0..<padding {
        var attempt = Attempt(id: "pad-\(index)", quizID: "gen-\(generation)", moduleID: "m", startedAt: start.addingTimeInterval(Double(index)))
        for question in 0..<3 {
            attempt.record(Answer(questionID: "q\(question)", chosen: [generation % 4], correct: question == 0,
                                  answeredAt: start.addingTimeInterval(Double(index) + Double(question) / 10)))
        }
        attempts.append(attempt)
    }
    let reading = [LessonKey(moduleID: "m", lessonID: "l"): ReadingState(lastPosition: generation, secondsSpent: generation)]
    return LearnerRecord(learner: learner, reading: reading, attempts: attempts, notebook: MistakeNotebook())
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else { fail("usage: save-loop|hold|increment DATA_DIR ID ...") }
let store = LearnerStore(directory: DataDirectory(url: URL(fileURLWithPath: arguments[2], isDirectory: true)))
let id = arguments[3]
do {
    try store.prepare(now: Date())
} catch {
    fail("prepare: \(error.message().en)")
}

switch arguments[1] {
case "save-loop":
    let padding = arguments.count > 4 ? Int(arguments[4]) ?? 50 : 50
    let lock = waitForLock(store, id)
    var generation: Int
    var base: LearnerRecord
    do {
        base = try store.load(id: id, now: Date()).record
        generation = base.readingState(LessonKey(moduleID: "m", lessonID: "l")).lastPosition
    } catch {
        fail("load: \(error.message().en)")
    }
    while true {
        generation += 1
        do {
            try store.save(generationRecord(base, generation: generation, padding: padding), with: lock)
        } catch {
            fail("save: \(error.message().en)")
        }
        say("saved \(generation)")
    }
case "hold":
    let lock = waitForLock(store, id)
    say("locked")
    withExtendedLifetime(lock) {
        while true { sleep(60) }
    }
case "increment":
    guard arguments.count >= 6, let count = Int(arguments[4]) else { fail("usage: increment DATA_DIR ID COUNT TAG") }
    let tag = arguments[5]
    for index in 0..<count {
        let lock = waitForLock(store, id)
        do {
            var record = try store.load(id: id, now: Date()).record
            record.startAttempt(id: "\(tag)-\(index)", quizID: "quiz", moduleID: "m", at: Date())
            try store.save(record, with: lock)
        } catch {
            fail("increment: \(error.message().en)")
        }
        lock.release()
    }
    say("done")
default:
    fail("unknown mode \(arguments[1])")
}
