import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// The results of `transform` on every element, computed on all cores, in the original order.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(transform(elements[index]), at: index)
        }
        return slots.values().compactMap { $0 }
    }
}

/// Results written by concurrent workers, each to its own index.
private final class ResultSlots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) {
        storage = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ value: Value, at index: Int) {
        storage.withLock { $0[index] = value }
    }

    func values() -> [Value?] {
        storage.withLock { $0 }
    }
}
