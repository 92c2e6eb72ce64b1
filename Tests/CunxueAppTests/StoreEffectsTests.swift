import Foundation
import Testing
import ProgressKit
@testable import CunxueApp

/// The effects against a real data directory: create, sign in, lock, PIN, save.
@Suite("Store effects")
struct StoreEffectsTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-effects-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func performer(_ url: URL, at time: Date = testNow) -> StoreEffects {
        StoreEffects(directory: DataDirectory(url: url), hasher: PINHasher(iterations: 1_000), clock: { time })
    }

    @Test func createSignInAndSave() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let effects = performer(url)
        #expect(effects.prepare().isEmpty)
        guard case .signedIn(var record, let warnings) = effects.perform(.createLearner(name: "王芳", pin: nil)).first else {
            Issue.record("not signed in"); return
        }
        #expect(warnings.isEmpty)
        record.learner.preferredLanguage = "en"
        #expect(effects.perform(.save(record)).isEmpty)
        guard case .learnersLoaded(let list) = effects.perform(.loadLearners).first else { Issue.record("no list"); return }
        #expect(list.map(\.name) == ["王芳"])
        let saved = try LearnerStore(directory: DataDirectory(url: url)).load(id: record.id, now: testNow).record
        #expect(saved.learner.preferredLanguage == "en")
    }

    @Test func aSecondCopySaysWhoHoldsTheLearner() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let first = performer(url)
        let record = try #require(first.perform(.createLearner(name: "王芳", pin: nil)).first?.signedInRecord)
        let second = performer(url)
        guard case .notice(let notice) = second.perform(.signIn(learnerID: record.id)).first else {
            Issue.record("second copy signed in too"); return
        }
        #expect(notice.zh.contains("王芳 正在另一个窗口中使用"))
        // Once the first copy signs out, the second may sign in.
        _ = first.perform(.signOut(learnerID: record.id))
        guard case .signedIn = second.perform(.signIn(learnerID: record.id)).first else { Issue.record("still locked"); return }
    }

    @Test func pinIsCheckedAndWrongTriesWaitLonger() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let creator = performer(url)
        let record = try #require(creator.perform(.createLearner(name: "李建国", pin: "2468")).first?.signedInRecord)
        #expect(record.learner.hasPIN)
        _ = creator.perform(.signOut(learnerID: record.id))
        let json = try String(contentsOf: url.appendingPathComponent("learners/\(record.id).json"), encoding: .utf8)
        #expect(!json.contains("2468"))

        var waits: [Date?] = []
        for attempt in 0..<3 {
            let at = testNow.addingTimeInterval(Double(attempt) * 600)
            guard case .pinChecked(_, let correct, _, let wait) = performer(url, at: at).perform(.checkPIN(learnerID: record.id, pin: "1111")).first else {
                Issue.record("no answer"); return
            }
            #expect(!correct)
            waits.append(wait)
        }
        #expect(waits[0] == nil)                      // the first wrong try costs nothing
        #expect(waits[2] != nil)                      // by the third there is a wait
        let later = testNow.addingTimeInterval(3600)
        let answer = performer(url, at: later).perform(.checkPIN(learnerID: record.id, pin: "2468")).first
        let event = try #require(answer)
        #expect(event.pinCheckedCorrect == true)
    }

    @Test func savingWithoutSigningInIsRefusedWithAMessage() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        let effects = performer(url)
        guard case .notice(let notice) = effects.perform(.save(makeRecord())).first else { Issue.record("saved"); return }
        #expect(notice.kind == .error)
        #expect(notice.zh.contains("没有登录"))
    }
}
