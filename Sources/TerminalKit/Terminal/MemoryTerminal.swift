/// A terminal in memory: events are queued by the test, screens are kept for assertions.
public final class MemoryTerminal: Terminal, @unchecked Sendable {
    /// The size screens are drawn at; change it and queue a `.resize` to simulate a resize.
    public var size: Size
    /// Whether colours are reported as available.
    public var supportsColor: Bool
    /// How ambiguous-width characters are reported to be drawn (tests of the wide mode set it).
    public var ambiguousWidth: AmbiguousWidth = .narrow
    /// Events still to be delivered, first first.
    public var pendingEvents: [InputEvent]
    /// The last screen drawn.
    public private(set) var lastScreen: Screen?
    /// How many times `draw` was called.
    public private(set) var drawCount = 0
    /// Whether `restore()` was called.
    public private(set) var isRestored = false

    /// Creates a terminal of `size` with `events` queued.
    public init(size: Size = Size(width: 80, height: 24), supportsColor: Bool = true, events: [InputEvent] = []) {
        self.size = size
        self.supportsColor = supportsColor
        self.pendingEvents = events
    }

    public func draw(_ screen: Screen) {
        lastScreen = screen
        drawCount += 1
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
    }

    /// How many times `suspend()` was called.
    public private(set) var suspendCount = 0

    public func suspend() {
        suspendCount += 1
    }

    public func restore() {
        isRestored = true
    }
}
