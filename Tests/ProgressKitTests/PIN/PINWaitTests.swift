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

/// Issue 12, items 4 and 10: a PIN read from a file is checked only when it can be checked in
/// time; a wait stamped in the future is never longer than the full wait.
struct PINFromFileTests {
    @Test func aHugeWorkFactorIsADamagedPINAndIsNeverRun() throws {
        var stored = try PINHasher(iterations: 1_000).hash("2468")
        #expect(PINHasher.isUsable(stored))
        #expect(PINHasher.isUsable(try PINHasher().hash("2468")))  // what the app writes
        for iterations in [Int.max, 1_000_000_000, 2_000_001, 999, 0, -5] {
            stored.iterations = iterations
            #expect(!PINHasher.isUsable(stored), "\(iterations)")
            // Refused at once: a billion iterations would take minutes.
            #expect(!PINHasher.verify("2468", against: stored))
        }
        stored.iterations = 1_000
        stored.salt = String(repeating: "A", count: 10_000)
        #expect(!PINHasher.isUsable(stored))
    }

    @Test func aFailureStampedInTheFutureWaitsNoLongerThanTheFullWait() {
        let failures = PINFailures(count: 12, lastFailureAt: TestTime.days(365))
        let throttle = PINThrottle()
        #expect(throttle.remainingWait(failures, at: TestTime.t0) == throttle.maximumDelay)
        #expect(throttle.wait(failures, at: TestTime.t0) == PINWait(until: TestTime.at(throttle.maximumDelay)))
    }
}
