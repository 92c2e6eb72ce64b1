import Foundation
import Testing
@testable import ProgressKit

@Suite("Learner settings (reading aloud)")
struct LearnerSettingsTests {
    private let start = Date(timeIntervalSince1970: 1_772_355_600)

    private func text(_ record: LearnerRecord) throws -> String {
        String(decoding: try RecordCoding.encode(record), as: UTF8.self)
    }

    @Test func defaultsAreLeftOutOfTheFile() throws {
        let plain = try newLearnerRecord(createdAt: start)
        #expect(!(try text(plain)).contains("settings"))
        var changed = plain
        changed.learner.settings.speechSpeed = .normal
        #expect(try text(changed) == (try text(plain)))
    }

    @Test func changedSettingsAreSavedAndLoaded() throws {
        var changed = try newLearnerRecord(createdAt: start)
        changed.learner.settings = LearnerSettings(readsAloudOnOpen: true, speechSpeed: .slow)
        let written = try text(changed)
        #expect(written.contains("\"autoRead\""))
        #expect(written.contains("\"slow\""))
        let loaded = try RecordCoding.decode(try RecordCoding.encode(changed))
        #expect(loaded.learner.settings == LearnerSettings(readsAloudOnOpen: true, speechSpeed: .slow))
        var onlySpeed = try newLearnerRecord(createdAt: start)
        onlySpeed.learner.settings.speechSpeed = .fast
        #expect(!(try text(onlySpeed)).contains("autoRead"))
    }

    @Test func oldFilesAndDamagedSettingsLoadWithTheDefaults() throws {
        let old = try text(try newLearnerRecord(createdAt: start))
        #expect(try RecordCoding.decode(Data(old.utf8)).learner.settings == LearnerSettings())
        for damaged in [#"{"speechSpeed":"turbo","autoRead":"yes"}"#, #"5"#, #"{"autoRead":true,"speechSpeed":7}"#] {
            let edited = old.replacingOccurrences(of: "\"displayName\"", with: "\"settings\":\(damaged),\"displayName\"")
            #expect(edited != old)
            let loaded = try RecordCoding.decode(Data(edited.utf8))
            #expect(loaded.learner.settings.speechSpeed == .normal, "\(damaged)")
            #expect(loaded.learner.settings.readsAloudOnOpen == damaged.contains("true"), "\(damaged)")
        }
    }

    @Test func speedsAreSlowerAndFasterAndGoRound() {
        let all = LearnerSettings.SpeechSpeed.allCases
        #expect(all.map(\.wordsPerMinute) == all.map(\.wordsPerMinute).sorted())
        #expect(LearnerSettings.SpeechSpeed.fast.next == .slow)
        #expect(LearnerSettings.SpeechSpeed.slow.next == .normal)
    }

    @Test func aMergeKeepsTheSettingsOfTheCopyActiveLast() throws {
        var a = try newLearnerRecord(createdAt: start)
        var b = a
        a.learner.touch(at: start.addingTimeInterval(10))
        b.learner.settings.readsAloudOnOpen = true
        b.learner.touch(at: start.addingTimeInterval(20))
        #expect(try LearnerRecord.merge(a, b).learner.settings.readsAloudOnOpen)
        #expect(try LearnerRecord.merge(b, a).learner.settings.readsAloudOnOpen)
    }
}
