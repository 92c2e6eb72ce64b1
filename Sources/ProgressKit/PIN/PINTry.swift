/// The outcome of one PIN try, as `PINThrottle.check` decides it.
public enum PINTry: Sendable, Hashable {
    /// The PIN is right; the count of wrong tries starts again.
    case accepted
    /// The PIN is wrong: `failures` wrong tries in a row, and the wait before the next (nil when
    /// the next try is free).
    case rejected(failures: Int, wait: PINWait?)
    /// Not checked: too soon after wrong tries.
    case mustWait(PINWait)
}
