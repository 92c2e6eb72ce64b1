import Foundation
import TerminalKit

/// Reading one lesson.
public struct ReaderState: Sendable, Equatable {
    /// The module.
    public var moduleID: String
    /// The lesson.
    public var lessonID: String
    /// The first line shown.
    public var scroll: Int = 0
    /// When this reading began (for time spent).
    public var openedAt: Date
    /// The lesson laid out for `layoutWidth` columns in `layoutLanguage`.
    var lines: [StyledLine] = []
    var layoutWidth: Int = 0
    var layoutLanguage: UILanguage = .zh
    /// The laid-out lines being read aloud, marked in the margin.
    var readAloudLines: Range<Int>?

    /// Starts reading.
    public init(moduleID: String, lessonID: String, openedAt: Date) {
        self.moduleID = moduleID
        self.lessonID = lessonID
        self.openedAt = openedAt
    }
}
