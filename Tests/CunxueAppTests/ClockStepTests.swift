import Foundation
import Testing
import ProgressKit
import TerminalKit
@testable import CunxueApp

/// Issue 12, item 10: idle time and waits follow the monotonic clock, whatever the wall clock
/// does (an NTP step, a person setting the date).
@Suite("Clock steps")
struct ClockStepTests {
    /// 王芳 signed in with a 1-minute idle limit, and the steady clock in step with the wall.
    private func signedIn() -> AppState {
        var state = signedInState()
        state.idleMinutes = 1
        _ = state.update(.tick(testNow, steady: testNow))
        state.lastInputSteady = testNow  // as when she signed in under the Runtime
        return state
    }

    @Test func aWallClockSetBackDoesNotKeepALearnerSignedInPastTheLimit() {
        var state = signedIn()
        // 61 seconds pass; the wall clock was set back an hour meanwhile.
        _ = state.update(.tick(testNow.addingTimeInterval(61 - 3600), steady: testNow.addingTimeInterval(61)))
        #expect(state.record == nil)
        #expect(state.notice?.zh.contains("很久没有按键") == true)
    }

    @Test func aWallClockSetForwardDoesNotSignALearnerOutEarly() {
        var state = signedIn()
        let effects = state.update(.tick(testNow.addingTimeInterval(5 + 86_400), steady: testNow.addingTimeInterval(5)))
        #expect(effects.isEmpty)
        #expect(state.record != nil)
        #expect(state.overlay == nil)
        #expect(state.idleSecondsLeft == 55)
    }

    @Test func theRuntimeTicksOnTheMonotonicClock() {
        let clock = TestClock(testNow)
        let runtime = Runtime(state: AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow),
                              terminal: MemoryTerminal(events: []), performer: NoEffects(), effects: .inline,
                              clock: { clock.now }, monotonic: clock.monotonic)
        clock.advance(10)
        clock.step(-7200)
        #expect(runtime.tick() == .tick(testNow.addingTimeInterval(10 - 7200), steady: testNow.addingTimeInterval(10)))
        clock.step(86_400 * 365)
        clock.advance(2)
        #expect(runtime.tick() == .tick(testNow.addingTimeInterval(12 - 7200 + 86_400 * 365), steady: testNow.addingTimeInterval(12)))
    }

    @Test func aPINWaitStampedFarAheadNeverLastsLongerThanTheLongestWait() throws {
        let learner = LearnerSummary(id: "a1", name: "王芳", hasPIN: true, lastActive: nil)
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary,
                         learners: [learner])
        _ = s.update(.tick(testNow, steady: testNow))
        s.keys(.enter)
        s.type("1111")
        _ = s.keys(.enter)
        // The store's clock was a year ahead when it stamped the wait.
        _ = s.update(.pinChecked(learnerID: "a1", correct: false, failures: 9, waitUntil: testNow.addingTimeInterval(365 * 86_400)))
        #expect(renderScreen(s).text.contains("请等 300 秒再试"))
        // The wall clock is set back a day: the wait still ends after 300 seconds.
        _ = s.update(.tick(testNow.addingTimeInterval(299 - 86_400), steady: testNow.addingTimeInterval(299)))
        #expect(renderScreen(s).text.contains("请等 1 秒再试"))
        _ = s.update(.tick(testNow.addingTimeInterval(300 - 86_400), steady: testNow.addingTimeInterval(300)))
        #expect(!renderScreen(s).text.contains("请等"))
        s.type("2468")
        #expect(s.keys(.enter) == [.checkPIN(learnerID: "a1", pin: "2468")])
    }
}

private final class NoEffects: EffectPerformer {
    func perform(_ effect: Effect) -> [Event] { [] }
}
