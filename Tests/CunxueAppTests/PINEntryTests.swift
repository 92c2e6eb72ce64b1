import Foundation
import Testing
import ProgressKit
import TerminalKit
@testable import CunxueApp

/// The one PIN entry, for learners and the instructor: Esc always leaves, a failed check ends
/// with its message, nothing typed during a wait is kept.
@Suite("PIN entry")
struct PINEntryTests {
    private let learner = LearnerSummary(id: "a1", name: "王芳", hasPIN: true, lastActive: nil)

    /// 王芳's PIN entry with `digits` typed and sent for checking.
    private func checking(_ digits: String = "1234") -> AppState {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary,
                         learners: [learner])
        s.keys(.enter)
        s.type(digits)
        #expect(s.keys(.enter) == [.checkPIN(learnerID: "a1", pin: digits)])
        return s
    }

    private func entry(_ s: AppState) throws -> PINEntryState {
        guard case .pinEntry(let entry) = s.route else { throw Failure.notOnPINEntry(s.route) }
        return entry
    }

    @Test func escLeavesWhileTheCheckRuns() {
        var s = checking()
        #expect(s.keys(.escape).isEmpty)
        #expect(s.route == .signIn(SignInState(selection: 0)))
        // The check comes back right after all: nobody waits for it, so the lock it took goes.
        #expect(s.update(.pinChecked(learnerID: "a1", correct: true, failures: 0, waitUntil: nil)) == [.signOut(learnerID: "a1")])
        #expect(s.record == nil)
    }

    @Test func aFailedCheckEndsWithItsMessageAndEscLeaves() throws {
        var s = checking()
        let held = Notice(.error, zh: "王芳 正在另一个窗口中使用。", en: "王芳 is in use in another window.")
        #expect(s.update(.pinCheckFailed(held)).isEmpty)
        let entry = try entry(s)
        #expect(!entry.isChecking)
        #expect(entry.digits.isEmpty)
        let text = renderScreen(s).text
        #expect(text.contains("正在另一个窗口中使用"))
        #expect(!text.contains("正在核对"))
        // Typing works again, and Esc leaves.
        s.type("12")
        #expect(try self.entry(s).digits == "12")
        s.keys(.escape)
        #expect(s.route == .signIn(SignInState(selection: 0)))
    }

    @Test func nothingTypedDuringAWaitIsKeptAndTheBoxIsEmptyWhenItEnds() throws {
        var s = checking("1111")
        _ = s.update(.pinChecked(learnerID: "a1", correct: false, failures: 3, waitUntil: testNow.addingTimeInterval(4)))
        #expect(renderScreen(s).text.contains("密码不对"))
        s.type("2468")
        #expect(try entry(s).digits.isEmpty)
        #expect(s.keys(.enter).isEmpty)
        // The body counts down each second; the footer never says a number of its own.
        var screen = renderScreen(s)
        #expect(screen.text.contains("请等 4 秒再试"))
        _ = s.update(.tick(testNow.addingTimeInterval(1)))
        screen = renderScreen(s)
        #expect(screen.text.contains("请等 3 秒再试"))
        #expect(screen.lines.filter { $0.contains("秒") }.count == 1)
        _ = s.update(.tick(testNow.addingTimeInterval(4)))
        screen = renderScreen(s)
        #expect(!screen.text.contains("请等"))
        #expect(screen.text.contains("密码：_ _ _ _"))
        s.type("2468")
        #expect(s.keys(.enter) == [.checkPIN(learnerID: "a1", pin: "2468")])
    }

    @Test("every PIN screen says what to do after forgetting the PIN", arguments: UILanguage.allCases)
    func forgotten(language: UILanguage) {
        var learnerEntry = checking()
        learnerEntry.language = language
        #expect(renderScreen(learnerEntry).text.contains(language == .zh ? "服务站的老师" : "instructor at the service station"))
        var instructor = AppState(size: Size(width: 80, height: 24), language: language, now: testNow, library: bundledLibrary)
        instructor.keys(.function(2))
        _ = instructor.update(.instructorStatus(hasPIN: true))
        #expect(renderScreen(instructor).text.contains("instructor.json"))
    }

    @Test("instructor PIN", arguments: UILanguage.allCases)
    func instructorSnapshot(language: UILanguage) {
        var s = AppState(size: Size(width: 80, height: 24), language: language, now: testNow, library: bundledLibrary)
        s.keys(.function(2))
        _ = s.update(.instructorStatus(hasPIN: true))
        s.type("24")
        expectSnapshot(renderScreen(s), named: "instructor-pin-\(language.rawValue)")
    }

    @Test func pinEntryDuringAWait() {
        var s = checking("1111")
        _ = s.update(.pinChecked(learnerID: "a1", correct: false, failures: 4, waitUntil: testNow.addingTimeInterval(8)))
        expectSnapshot(renderScreen(s), named: "pin-entry-wait-zh-Hans")
    }

    @Test func instructorCheckThatFailsEndsWithItsMessage() throws {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary)
        s.keys(.function(2))
        _ = s.update(.instructorStatus(hasPIN: true))
        s.type("2468")
        #expect(s.keys(.enter) == [.checkInstructorPIN("2468")])
        _ = s.update(.pinCheckFailed(Notice(.error, zh: "老师文件读不出来。", en: "The instructor file cannot be read.")))
        #expect(try entry(s).isChecking == false)
        #expect(renderScreen(s).text.contains("老师文件读不出来"))
        s.type("2468")
        #expect(s.keys(.enter) == [.checkInstructorPIN("2468")])
    }

    @Test func escLeavesBeforeTheInstructorStatusArrives() {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary)
        s.keys(.function(2))
        s.type("2468")
        s.keys(.enter)
        _ = s.update(.pinCheckFailed(Notice(.error, zh: "读不出来。", en: "Unreadable.")))
        #expect(renderScreen(s).text.contains("读不出来"))
        s.keys(.escape)
        #expect(s.route == .signIn(SignInState()))
    }

    @Test func theStoreSaysWhenTheCheckCannotBeMade() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-pin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        func performer() -> StoreEffects {
            StoreEffects(directory: DataDirectory(url: url), hasher: PINHasher(iterations: 1_000), clock: { testNow })
        }
        let first = performer()
        guard case .signedIn(let record, _)? = first.perform(.createLearner(name: "王芳", pin: "2468")).first else {
            throw Failure.notSignedIn
        }
        // Another copy of the app holds 王芳: the check fails with a message instead of hanging.
        let events = performer().perform(.checkPIN(learnerID: record.id, pin: "2468"))
        guard case .pinCheckFailed(let notice)? = events.first else { throw Failure.unexpected(events) }
        #expect(notice.zh.contains("王芳 正在另一个窗口中使用"))
        #expect(notice.kind == .error)
    }

    /// Issue 12, item 4: a stored PIN with a huge work factor is a damaged PIN, said so at once.
    @Test func aDamagedPINInTheFileSaysWhatToDo() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-pin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        let effects = StoreEffects(directory: DataDirectory(url: url), hasher: PINHasher(iterations: 1_000), clock: { testNow })
        guard case .signedIn(let record, _)? = effects.perform(.createLearner(name: "王芳", pin: "2468")).first else {
            throw Failure.notSignedIn
        }
        _ = effects.perform(.signOut(learnerID: record.id))
        let file = url.appendingPathComponent("learners/\(record.id).json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"iterations\" : 1000", with: "\"iterations\" : 4000000000")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("4000000000"))
        let events = effects.perform(.checkPIN(learnerID: record.id, pin: "2468"))
        guard case .pinCheckFailed(let notice)? = events.first else { throw Failure.unexpected(events) }
        #expect(notice.zh.hasPrefix("这位学员的密码记录坏了，没法核对"))
        #expect(notice.zh.contains("给这位学员重设密码"))
        // Not counted as a wrong try, and the learner is not left locked.
        let again = try LearnerStore(directory: DataDirectory(url: url)).load(id: record.id, now: testNow).record
        #expect(again.learner.pinFailures.count == 0)
        guard case .signedIn? = StoreEffects(directory: DataDirectory(url: url), clock: { testNow }).perform(.signIn(learnerID: record.id)).first else {
            throw Failure.notSignedIn
        }
    }

    private enum Failure: Error {
        case notOnPINEntry(AppState.Route)
        case notSignedIn
        case unexpected([Event])
    }
}
