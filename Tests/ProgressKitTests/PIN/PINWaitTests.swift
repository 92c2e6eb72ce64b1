import Foundation
import Testing
@testable import ProgressKit

/// The wait after wrong PINs, the same for learners and the instructor.
struct PINWaitTests {
    let hasher = PINHasher(iterations: 1_000)

    @Test func countsDownInWholeSecondsRoundedUp() throws {
        let wait = try #require(PINWait(seconds: 4, from: TestTime.t0))
        #expect(wait.secondsLeft(at: TestTime.t0) == 4)
        #expect(wait.secondsLeft(at: TestTime.at(0.2)) == 4)
        #expect(wait.secondsLeft(at: TestTime.at(1)) == 3)
        #expect(wait.secondsLeft(at: TestTime.at(3.9)) == 1)
        #expect(wait.isRunning(at: TestTime.at(3.9)))
        #expect(wait.secondsLeft(at: TestTime.at(4)) == 0)
        #expect(!wait.isRunning(at: TestTime.at(4)))
        #expect(wait.secondsLeft(at: TestTime.at(60)) == 0)
    }

    @Test func noWaitIsNil() {
        #expect(PINWait(seconds: 0, from: TestTime.t0) == nil)
        #expect(PINWait(seconds: -1, from: TestTime.t0) == nil)
        #expect(PINThrottle().wait(PINFailures(), at: TestTime.t0) == nil)
    }

    @Test func checkCountsWrongTriesAndRefusesTriesDuringAWait() throws {
        let stored = try hasher.hash("2468")
        let throttle = PINThrottle()
        var failures = PINFailures()
        #expect(throttle.check("1111", against: stored, failures: &failures, at: TestTime.t0) == .rejected(failures: 1, wait: nil))
        #expect(throttle.check("1111", against: stored, failures: &failures, at: TestTime.at(1)) == .rejected(failures: 2, wait: nil))
        let third = throttle.check("1111", against: stored, failures: &failures, at: TestTime.at(2))
        #expect(third == .rejected(failures: 3, wait: PINWait(until: TestTime.at(4))))
        // The right PIN during the wait is not even checked, and the count stays.
        #expect(throttle.check("2468", against: stored, failures: &failures, at: TestTime.at(3)) == .mustWait(PINWait(until: TestTime.at(4))))
        #expect(failures.count == 3)
        #expect(throttle.check("2468", against: stored, failures: &failures, at: TestTime.at(4)) == .accepted)
        #expect(failures == PINFailures())
    }
}
