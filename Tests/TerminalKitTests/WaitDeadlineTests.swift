import Synchronization
import Testing
@testable import TerminalKit

/// A monotonic clock the test moves by hand.
private final class FakeClock: Sendable {
    let nanoseconds = Atomic<UInt64>(0)
    init(_ start: UInt64) { nanoseconds.store(start, ordering: .relaxed) }
    var clock: MonotonicClock { MonotonicClock { [self] in nanoseconds.load(ordering: .relaxed) } }
    func advance(milliseconds: Int32) { nanoseconds.add(UInt64(milliseconds) * 1_000_000, ordering: .relaxed) }
    func advance(nanoseconds delta: UInt64) { nanoseconds.add(delta, ordering: .relaxed) }
}

@Suite("Key waits by the monotonic clock")
struct WaitDeadlineTests {
    /// Waits as `NCursesTerminal.nextEvent` does, with a `poll` that sleeps its whole slice
    /// (`interrupted`: a signal cuts every third one short). Returns the time waited in ms.
    private func wait(_ timeout: Int?, from start: UInt64, interrupted: Bool = false, maxPolls: Int = 10_000) -> (waited: UInt64, polls: [Int32]) {
        let fake = FakeClock(start)
        let clock = fake.clock
        let deadline = WaitDeadline(timeoutMilliseconds: timeout, now: clock.now())
        var polls: [Int32] = []
        while polls.count < maxPolls {
            let slice = deadline.nextSlice(now: clock.now())
            polls.append(slice)
            if interrupted && polls.count % 3 == 0 {
                fake.advance(nanoseconds: UInt64(slice) * 1_000_000 / 3)
            } else {
                fake.advance(milliseconds: slice)
            }
            if deadline.isOver(now: clock.now()) { break }
        }
        return ((clock.now() - start) / 1_000_000, polls)
    }

    @Test("a wait lasts exactly as long as asked", arguments: [0, 1, 10, 250, 999, 1000, 1001, 60_000])
    func exact(timeout: Int) {
        let result = wait(timeout, from: 5_000_000_123)
        #expect(result.waited == UInt64(max(timeout, 0)))
        #expect(result.polls.allSatisfy { $0 >= 0 && $0 <= WaitDeadline.longestSliceMilliseconds })
    }

    @Test("interrupted polls never make the wait longer")
    func interrupted() {
        for timeout in [7, 100, 1000, 4321] {
            let result = wait(timeout, from: 42, interrupted: true)
            #expect(result.waited == UInt64(timeout), "timeout \(timeout)")
        }
    }

    @Test("a slice never goes past the deadline, and rounds up only what is less than a millisecond")
    func slices() {
        let deadline = WaitDeadline(timeoutMilliseconds: 1500, now: 1_000)
        #expect(deadline.nextSlice(now: 1_000) == 1000)
        #expect(deadline.nextSlice(now: 1_000 + 1_000_000_000) == 500)
        #expect(deadline.nextSlice(now: 1_000 + 1_499_999_999) == 1)  // one nanosecond left
        #expect(deadline.nextSlice(now: 1_000 + 1_500_000_000) == 0)
        #expect(deadline.isOver(now: 1_000 + 1_500_000_000))
        #expect(!deadline.isOver(now: 1_000 + 1_499_999_999))
    }

    @Test("the deadline is read only from the monotonic clock: nothing else can stretch it")
    func onlyTheMonotonicClock() {
        // Once the monotonic clock has passed the end the wait is over, whatever the slices were.
        let deadline = WaitDeadline(timeoutMilliseconds: 1000, now: 0)
        #expect(deadline.nextSlice(now: 10_000_000_000) == 0)
        #expect(deadline.isOver(now: 10_000_000_000))
        // A clock that does not move (poll returned at once, again and again) keeps the same end.
        #expect(deadline.nextSlice(now: 0) == 1000)
        #expect(deadline.end == 1_000_000_000)
    }

    @Test("no timeout: slices of at most a second, never over")
    func forever() {
        let deadline = WaitDeadline(timeoutMilliseconds: nil, now: 0)
        #expect(deadline.nextSlice(now: 0) == WaitDeadline.longestSliceMilliseconds)
        #expect(!deadline.isOver(now: UInt64.max))
    }

    @Test("negative and huge timeouts and a clock near its end do not overflow")
    func extremes() {
        #expect(WaitDeadline(timeoutMilliseconds: -5, now: 77).end == 77)
        #expect(WaitDeadline(timeoutMilliseconds: Int.max, now: 1).end == UInt64.max)
        #expect(WaitDeadline(timeoutMilliseconds: 10, now: UInt64.max - 5).end == UInt64.max)
        #expect(WaitDeadline(timeoutMilliseconds: Int.max, now: 1).nextSlice(now: 1) == WaitDeadline.longestSliceMilliseconds)
    }

    @Test func systemClockMovesForward() {
        let a = MonotonicClock.system.now()
        let b = MonotonicClock.system.now()
        #expect(b >= a)
        #expect(a > 0)
    }
}
