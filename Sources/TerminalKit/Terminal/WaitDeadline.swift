import Glibc

/// A clock that only moves forward at the pace of real time, whatever is done to the wall
/// clock (an NTP step, a person setting the date): nanoseconds since some fixed point.
public struct MonotonicClock: Sendable {
    /// Reads the clock.
    public let now: @Sendable () -> UInt64

    /// A clock read by `now` (tests inject one).
    public init(now: @escaping @Sendable () -> UInt64) {
        self.now = now
    }

    /// The system's `CLOCK_MONOTONIC`, which wall-clock changes never move.
    public static let system = MonotonicClock {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}

/// The end of a wait for input, on a monotonic clock, and the slices `poll` waits in.
///
/// `poll`'s own timeout runs on the monotonic clock too, so a wait built from these slices never
/// lasts longer than asked, however the wall clock moves meanwhile.
public struct WaitDeadline: Hashable, Sendable {
    /// The longest single slice: a wait for ever still comes back this often.
    public static let longestSliceMilliseconds: Int32 = 1000

    /// When the wait ends (nanoseconds on the clock), or nil for a wait without end.
    public let end: UInt64?

    /// A wait of `timeoutMilliseconds` (nil: no end; negative: none) from `now`.
    public init(timeoutMilliseconds: Int?, now: UInt64) {
        guard let timeoutMilliseconds else {
            end = nil
            return
        }
        let nanoseconds = UInt64(max(0, timeoutMilliseconds)).multipliedReportingOverflow(by: 1_000_000)
        let (sum, overflow) = now.addingReportingOverflow(nanoseconds.partialValue)
        end = (nanoseconds.overflow || overflow) ? UInt64.max : sum
    }

    /// Whether the wait is over at `now`.
    public func isOver(now: UInt64) -> Bool {
        guard let end else { return false }
        return now >= end
    }

    /// Milliseconds for the next `poll`: what is left, rounded up so that the wait never ends
    /// early, at most `longestSliceMilliseconds`; 0 once the wait is over.
    public func nextSlice(now: UInt64) -> Int32 {
        guard let end else { return Self.longestSliceMilliseconds }
        guard end > now else { return 0 }
        let left = end - now
        let milliseconds = left / 1_000_000 + (left % 1_000_000 == 0 ? 0 : 1)
        return Int32(min(milliseconds, UInt64(Self.longestSliceMilliseconds)))
    }
}
