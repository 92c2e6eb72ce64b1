// cunxue-save-loop: a child process for ProgressKit's crash and locking tests.
//
//   cunxue-save-loop save-loop DATA_DIR ID PADDING   lock, then save generation after generation
//                                                    forever, printing "saved N" after each save
//   cunxue-save-loop hold DATA_DIR ID                lock, print "locked", wait to be killed
//   cunxue-save-loop increment DATA_DIR ID COUNT TAG COUNT times: lock (waiting while another
//                                                    process has it), load, add attempt TAG-i,
//                                                    save, release; print "done"
//   cunxue-save-loop bench DATA_DIR -                save and load timings (scripts/bench-progress)
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

/// A learner with `attempts` finished attempts of `answers` answers each, some reading and mistakes.
func benchRecord(_ learner: Learner, attempts: Int, answers: Int) -> LearnerRecord {
    var record = LearnerRecord(learner: learner)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? calendar.timeZone
    let start = Date(timeIntervalSince1970: 1_750_000_000)
    for index in 0..<attempts {
        let begin = start.addingTimeInterval(Double(index) * 600)
        let attempt = record.startAttempt(quizID: "quiz-\(index % 12)", moduleID: "module-\(index % 6)", at: begin)
        for question in 0..<answers {
            let answer = Answer(questionID: "module-\(index % 6)/quiz-\(index % 12)/问题\(question)", chosen: [question % 4],
                                correct: (index + question) % 3 != 0, answeredAt: begin.addingTimeInterval(Double(question) * 20 + 5))
            try? record.record(answer, inAttempt: attempt.id, calendar: calendar)
        }
        try? record.finishAttempt(attempt.id, at: begin.addingTimeInterval(Double(answers) * 20 + 10), scorePercent: 66, passed: false)
    }
    for module in 0..<6 {
        for lesson in 0..<8 {
            record.updateReading(LessonKey(moduleID: "module-\(module)", lessonID: "lesson-\(lesson)"), at: start) {
                $0.move(to: 40, at: start)
                $0.addTime(seconds: 300)
            }
        }
    }
    return record
}

/// CPU time of this thread in milliseconds (less sensitive than wall time to other processes).
func threadCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

func cpuMilliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = threadCPUMilliseconds()
    try body()
    return threadCPUMilliseconds() - start
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func bench(_ store: LearnerStore) {
    func run(label: String, attempts: Int, saves: Int, loads: Int) {
        do {
            let added = try store.add(displayName: "测试学员", at: Date())
            var record = benchRecord(added.learner, attempts: attempts, answers: 8)
            let lock = try store.lock(id: record.id, displayName: nil, at: Date())
            defer { lock.release() }
            var saveTimes: [Double] = []
            for index in 0..<saves {
                record.learner.touch(at: Date(timeIntervalSince1970: 1_800_000_000 + Double(index)))
                saveTimes.append(try milliseconds { try store.save(record, with: lock) })
            }
            var loadTimes: [Double] = []
            for _ in 0..<loads {
                loadTimes.append(try milliseconds { _ = try store.load(id: record.id, now: Date()) })
            }
            // The codec alone, in memory: what the save and load cost above the disk's fsync floor.
            var encodeTimes: [Double] = []
            var decodeTimes: [Double] = []
            for _ in 0..<loads {
                var data = Data()
                encodeTimes.append(try cpuMilliseconds { data = try LearnerStore.fileContents(of: record) })
                decodeTimes.append(try cpuMilliseconds { _ = try LearnerStore.record(fromFileContents: data, path: "-") })
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: store.fileURL(for: record.id).path)[.size] as? Int) ?? 0
            say(String(format: "%@: %d attempts × 8 answers, file %.1f KiB\n  durable save: median %.2f ms, max %.2f ms (%d saves)\n  load: median %.2f ms (%d loads)\n  encode in memory: median %.2f ms CPU; decode in memory: median %.2f ms CPU",
                       label, attempts, Double(size) / 1024, median(saveTimes), saveTimes.max() ?? 0, saves,
                       median(loadTimes), loads, median(encodeTimes), median(decodeTimes)))
        } catch {
            fail("bench: \((error as? StoreError)?.message().en ?? String(describing: error))")
        }
    }
    // The floor: writing a few bytes durably (temporary file, fsync, rename, fsync the folder).
    do {
        let added = try store.add(displayName: "空", at: Date())
        let lock = try store.lock(id: added.id, displayName: nil, at: Date())
        defer { lock.release() }
        let times = try (0..<100).map { _ in try milliseconds { try store.save(added, with: lock) } }
        say(String(format: "new learner (the fsync floor of this disk): durable save median %.2f ms, max %.2f ms",
                   median(times), times.max() ?? 0))
    } catch {
        fail("bench: \((error as? StoreError)?.message().en ?? String(describing: error))")
    }
    run(label: "typical learner", attempts: 50, saves: 200, loads: 50)
    run(label: "busy learner", attempts: 1_000, saves: 21, loads: 21)
    run(label: "heavy learner", attempts: 10_000, saves: 9, loads: 9)
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
case "bench":
    bench(store)
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
