import Foundation
import Testing
@testable import ProgressKit
import TestSupport

struct PINTests {
    /// A cheap work factor so the tests stay fast; the default one is measured separately.
    let hasher = PINHasher(iterations: 1_000)

    @Test func hashVerifiesOnlyTheRightPIN() throws {
        let stored = try hasher.hash("4821")
        #expect(PINHasher.verify("4821", against: stored))
        #expect(!PINHasher.verify("4822", against: stored))
        #expect(!PINHasher.verify("0000", against: stored))
        #expect(!PINHasher.verify("48210", against: stored))
        #expect(!PINHasher.verify("", against: stored))
    }

    @Test func storedFormIsSaltedAndHasNoDigits() throws {
        var generator = SeededGenerator(seed: 1)
        let first = try hasher.hash("4821", using: &generator)
        let second = try hasher.hash("4821", using: &generator)
        #expect(first.algorithm == "pbkdf2-sha256")
        #expect(first.iterations == 1_000)
        #expect(Data(base64Encoded: first.salt)?.count == 16)
        #expect(Data(base64Encoded: first.hash)?.count == 32)
        #expect(first.salt != second.salt)
        #expect(first.hash != second.hash)
        let json = String(decoding: try RecordCoding.makeEncoder().encode(first), as: UTF8.self)
        #expect(!json.contains("4821"))
    }

    @Test func matchesAnIndependentPBKDF2SHA256() {
        // Python: base64(hashlib.pbkdf2_hmac("sha256", b"1234", b"\xab" * 16, 1000, 32))
        let reference = PINHash(algorithm: "pbkdf2-sha256", iterations: 1_000,
                                salt: "q6urq6urq6urq6urq6urqw==",
                                hash: "rReCcj1kXlNWiWYw+frvH+kiaApsT5H4kHkaZmPcEpo=")
        #expect(PINHasher.verify("1234", against: reference))
        #expect(!PINHasher.verify("1235", against: reference))
    }

    @Test(arguments: ["1234", " 1234 ", "１２３４"])
    func acceptsFourDigits(pin: String) throws {
        #expect(try PINHasher.normalize(pin) == "1234")
    }

    @Test(arguments: ["123", "12345", "12a4", "", "一二三四", "12 34"])
    func rejectsAnythingElse(pin: String) {
        #expect(throws: PINError.notFourDigits) { try PINHasher.normalize(pin) }
        #expect(throws: PINError.notFourDigits) { try hasher.hash(pin) }
    }

    @Test func fullWidthDigitsMatchTheSamePIN() throws {
        let stored = try hasher.hash("1234")
        #expect(PINHasher.verify("１２３４", against: stored))
    }

    @Test func malformedStoredHashesNeverMatch() throws {
        var stored = try hasher.hash("1234")
        stored.algorithm = "md5"
        #expect(!PINHasher.verify("1234", against: stored))
        stored = try hasher.hash("1234")
        stored.salt = "%%%"
        #expect(!PINHasher.verify("1234", against: stored))
        stored = try hasher.hash("1234")
        stored.iterations = 0
        #expect(!PINHasher.verify("1234", against: stored))
        stored = try hasher.hash("1234")
        stored.hash = ""
        #expect(!PINHasher.verify("1234", against: stored))
    }

    @Test func defaultWorkFactorTakesTensOfMilliseconds() throws {
        let start = Date()
        let stored = try PINHasher().hash("2580")
        let elapsed = Date().timeIntervalSince(start)
        print("PBKDF2-SHA256, \(PINHasher.defaultIterations) iterations: \(Int(elapsed * 1000)) ms")
        #expect(stored.iterations == PINHasher.defaultIterations)
        #expect(PINHasher.defaultIterations >= 100_000)
        #expect(elapsed < 2, "hashing a PIN must not make the learner wait")
        #expect(PINHasher().needsRehash(try hasher.hash("2580")))
        #expect(!PINHasher().needsRehash(stored))
    }

    @Test(arguments: [(0, 0.0), (1, 0), (2, 0), (3, 2), (4, 4), (5, 8), (6, 16), (9, 128), (10, 256), (11, 300), (50, 300), (10_000, 300)])
    func throttleDoublesUpToFiveMinutes(failures: Int, seconds: TimeInterval) {
        #expect(PINThrottle().delay(afterFailures: failures) == seconds)
    }

    @Test func throttleCountsFromTheLastFailure() {
        let throttle = PINThrottle()
        var failures = PINFailures()
        #expect(throttle.remainingWait(failures, at: TestTime.t0) == 0)
        for second in 0..<4 { failures.recordFailure(at: TestTime.at(Double(second))) }
        #expect(failures.count == 4)
        #expect(throttle.remainingWait(failures, at: TestTime.at(3)) == 4)
        #expect(throttle.remainingWait(failures, at: TestTime.at(5.5)) == 1.5)
        #expect(throttle.remainingWait(failures, at: TestTime.at(60)) == 0)
        // A clock set back never makes the wait longer than the full delay.
        #expect(throttle.remainingWait(failures, at: TestTime.at(-3600)) == 4)
        failures.recordSuccess()
        #expect(failures == PINFailures())
    }

    @Test func failuresArePersistedWithTheLearner() throws {
        var learner = try Learner(id: "p", displayName: "张伟", createdAt: TestTime.t0)
        learner.pin = try hasher.hash("1357")
        learner.pinFailures.recordFailure(at: TestTime.at(5))
        learner.pinFailures.recordFailure(at: TestTime.at(9))
        let record = LearnerRecord(learner: learner)
        let back = try RecordCoding.decode(RecordCoding.encode(record))
        #expect(back.learner.pinFailures == PINFailures(count: 2, lastFailureAt: TestTime.at(9)))
        #expect(back.learner.hasPIN)
        #expect(PINHasher.verify("1357", against: try #require(back.learner.pin)))
    }
}
