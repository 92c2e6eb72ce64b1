/// A list: bulleted (`-`, `*`, `+`) or numbered (`1.`, `1)`), possibly a task list.
public struct ListBlock: Sendable, Equatable {
    /// Whether the list is numbered.
    public var isOrdered: Bool
    /// The first number of a numbered list (1 for bulleted lists).
    public var start: Int
    /// Whether the list is tight (no blank lines between items).
    public var isTight: Bool
    /// The items in order.
    public var items: [ListItem]

    /// Creates a list.
    /// - Parameters:
    ///   - isOrdered: numbered or bulleted.
    ///   - start: the first number.
    ///   - isTight: no blank lines between items.
    ///   - items: the items.
    public init(isOrdered: Bool, start: Int = 1, isTight: Bool = true, items: [ListItem]) {
        self.isOrdered = isOrdered
        self.start = start
        self.isTight = isTight
        self.items = items
    }
}

/// One item of a `ListBlock`.
public struct ListItem: Sendable, Equatable {
    /// The task box: `nil` for an item without one, else whether it is ticked (`[x]`).
    public var task: TaskState?
    /// The item's blocks (usually one paragraph; nested lists and quotes follow it).
    public var blocks: [Block]
    /// The 1-based source line of the item.
    public var line: Int

    /// Creates a list item.
    /// - Parameters:
    ///   - task: the task box, if any.
    ///   - blocks: the content.
    ///   - line: the 1-based source line.
    public init(task: TaskState? = nil, blocks: [Block], line: Int) {
        self.task = task
        self.blocks = blocks
        self.line = line
    }
}

/// The state of a task list box.
public enum TaskState: Sendable, Equatable {
    /// `[x]`
    case checked
    /// `[ ]`
    case unchecked
}
