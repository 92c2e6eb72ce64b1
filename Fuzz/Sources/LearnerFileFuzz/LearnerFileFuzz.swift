import Foundation
import FuzzDriver
import ProgressKit

/// The program's entry point: libFuzzer's driver on `learnerFileFuzz` (see `runFuzzDriver`).
@_cdecl("LearnerFileFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzDriver(argc, argv, learnerFileFuzz)
}

/// libFuzzer's entry point: one input is one file of a data directory.
///
/// The first byte picks the file the rest becomes: 0 a learner file `<id>.json` (loaded and
/// listed by `LearnerStore`), 1 its backup `<id>.json.bak` under a damaged learner file, 2 the
/// learner's lock file (who holds it), 3 `instructor.json`, 4 a learner file read by a report
/// (`LearnerRecordCollection`, `TrainingReport`, CSV and JSON). A crash or hang is a finding, and
/// so is any of these: a message or report output holding a control, bidi or zero-width
/// character; the bytes of a learner file lost (neither in place nor set aside); a loaded record
/// with numbers out of range, or one that does not read back as itself once written.
@_cdecl("LLVMFuzzerTestOneInput")
public func learnerFileFuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let input = FuzzInput(start, count) else { return 0 }
    let (role, content) = (input.role, input.content)
    let folder = FuzzFolder.shared
    folder.reset()
    switch role % 5 {
    case 0: fuzzLearnerFile(content, in: folder)
    case 1: fuzzBackup(content, in: folder)
    case 2: fuzzLockFile(content, in: folder)
    case 3: fuzzInstructorFile(content, in: folder)
    default: fuzzReport(content, in: folder)
    }
    return 0
}

private let id = "fz000001"
private let now = Date(timeIntervalSince1970: 1_750_000_000)

private func fuzzLearnerFile(_ content: Data, in folder: FuzzFolder) {
    folder.write(content, to: "learners/\(id).json")
    let store = LearnerStore(directory: folder.directory)
    do {
        let loaded = try store.load(id: id, now: now)
        check(loaded.warnings.map(\.message))
        checkRecord(loaded.record)
    } catch {
        check([error.message()])
    }
    requireKept(content, in: folder)
    if let listing = try? store.list(now: now) { check(listing.warnings.map(\.message)) }
}

private func fuzzBackup(_ content: Data, in folder: FuzzFolder) {
    folder.write(Data("{ damaged".utf8), to: "learners/\(id).json")
    folder.write(content, to: "learners/\(id).json.bak")
    do {
        let loaded = try LearnerStore(directory: folder.directory).load(id: id, now: now)
        check(loaded.warnings.map(\.message))
        checkRecord(loaded.record)
    } catch {
        check([error.message()])
    }
    requireKept(content, in: folder)
}

private func fuzzLockFile(_ content: Data, in folder: FuzzFolder) {
    folder.write(Data("{\"schemaVersion\": 2, \"learner\": {\"id\": \"\(id)\", \"displayName\": \"王芳\", \"createdAt\": \"2025-06-15T15:06:40Z\"}}".utf8),
                 to: "learners/\(id).json")
    folder.write(content, to: "learners/\(id).lock")
    let store = LearnerStore(directory: folder.directory)
    if let holder = store.holder(of: id) {
        check([StoreError.learnerInUse(id: id, name: nil, holder: holder).message(timeZone: .gmt, now: now)])
    }
    do {
        let lock = try store.lock(id: id, displayName: "王芳", at: now)
        check(lock.warnings.map(\.message))
        lock.release()
    } catch {
        check([error.message()])
    }
}

private func fuzzInstructorFile(_ content: Data, in folder: FuzzFolder) {
    folder.write(content, to: "instructor.json")
    do {
        _ = try InstructorStore(directory: folder.directory).load()
    } catch {
        check([error.message()])
    }
}

private func fuzzReport(_ content: Data, in folder: FuzzFolder) {
    folder.write(content, to: "learners/\(id).json")
    let collection = LearnerRecordCollection.gather(from: [folder.directory], now: now)
    check(collection.warnings.map(\.message))
    let modules = [ReportModule(id: "platform-registration", title: "开网店", lessonIDs: ["01-a", "02-b"],
                                quizID: "platform-registration/quiz")]
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .gmt
    let report = TrainingReport(records: collection.records, modules: modules, calendar: calendar)
    let csv = String(decoding: ReportCSV(english: false).combined(report).dropFirst(3), as: UTF8.self)
    requireCleanLines(csv, what: "the CSV report")
    if let json = try? ReportJSON.render(report) {
        requireClean(String(decoding: json, as: UTF8.self), what: "the JSON report")
    }
}

// MARK: - Checks

/// Every message must be safe to print.
private func check(_ messages: [BilingualText]) {
    for message in messages {
        requireClean(message.zh, what: "a message")
        requireClean(message.en, what: "a message")
    }
}

/// Each CRLF- or LF-ended line of `text` must be safe to print. Lines are cut at their bytes:
/// a line break followed by a combining mark is not one that Foundation's `replacingOccurrences`
/// or a split by `Character` finds.
private func requireCleanLines(_ text: String, what: String) {
    for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
        let bytes = line.last == 0x0D ? line.dropLast() : line[...]
        requireClean(String(decoding: bytes, as: UTF8.self), what: what)
    }
}

private func requireClean(_ text: String, what: String) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !SafeText.isClean(String(line)) {
        fatalError("\(what) holds an unsafe character: \(line.debugDescription)")
    }
}

/// A loaded record: numbers in range, the name clean, and it reads back as itself once written.
private func checkRecord(_ record: LearnerRecord) {
    requireClean(record.learner.displayName, what: "a name")
    for state in record.reading.values where !(0...315_360_000).contains(state.secondsSpent) || state.lastPosition < 0 {
        fatalError("reading numbers out of range: \(state)")
    }
    for attempt in record.attempts {
        if let score = attempt.scorePercent, !(0...100).contains(score) { fatalError("score out of range: \(score)") }
        if attempt.answers.contains(where: { $0.chosen.contains { $0 < 0 || $0 > 999 } }) { fatalError("chosen out of range") }
    }
    for entry in record.notebook.entries.values where !(1...4).contains(entry.box) || entry.wrongCount < 0 {
        fatalError("notebook numbers out of range: \(entry)")
    }
    guard let once = try? LearnerStore.fileContents(of: record),
          let again = try? LearnerStore.record(fromFileContents: once, path: "-").record,
          let twice = try? LearnerStore.fileContents(of: again) else {
        fatalError("a loaded record cannot be written and read back")
    }
    if once != twice {
        fatalError("a record does not read back as itself:\n\(String(decoding: once, as: UTF8.self))\n---\n\(String(decoding: twice, as: UTF8.self))")
    }
}

/// The bytes of the learner file are still somewhere in `learners/` (in place or set aside).
private func requireKept(_ content: Data, in folder: FuzzFolder) {
    let learners = folder.path + "/learners"
    for name in (try? FileManager.default.contentsOfDirectory(atPath: learners)) ?? [] {
        if FileManager.default.contents(atPath: learners + "/" + name) == content { return }
    }
    fatalError("the learner file's bytes were lost")
}

/// The data directory inputs are written to: one per process, removed at exit.
private final class FuzzFolder: @unchecked Sendable {
    static let shared = FuzzFolder()
    let path: String
    let directory: DataDirectory

    private init() {
        path = fuzzScratchFolder("cunxue-learner-fuzz")
        directory = DataDirectory(url: URL(fileURLWithPath: path, isDirectory: true))
        try? FileManager.default.createDirectory(atPath: path + "/learners", withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: FuzzFolder.shared.path) }
    }

    /// Empties the data directory (but keeps `learners/`).
    func reset() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path + "/learners")) ?? [] {
            unlink(path + "/learners/" + name)
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where name != "learners" {
            try? FileManager.default.removeItem(atPath: path + "/" + name)
        }
    }

    func write(_ data: Data, to relative: String) {
        _ = FileManager.default.createFile(atPath: path + "/" + relative, contents: data)
    }
}
