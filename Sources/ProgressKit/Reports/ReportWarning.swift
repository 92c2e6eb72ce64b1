/// A file a report could not use, and why; the report is made from the rest.
public struct ReportWarning: Sendable, Hashable {
    /// The file or folder.
    public var path: String
    /// What to tell the instructor.
    public var message: BilingualText

    /// Creates a warning.
    public init(path: String, message: BilingualText) {
        self.path = path
        self.message = message
    }
}
