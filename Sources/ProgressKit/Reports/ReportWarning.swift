/// A file a report could not use, and why; the report is made from the rest.
public struct ReportWarning: Sendable, Hashable {
    /// The file or folder.
    public var path: String
    /// What to tell the instructor.
    public var message: BilingualText

    /// Creates a warning.
    /// - Parameters:
    ///   - path: the file (cleaned of control, bidi and zero-width characters).
    ///   - message: what to tell the instructor (cleaned the same way).
    public init(path: String, message: BilingualText) {
        self.path = SafeText.clean(path, limit: 1_000)
        self.message = BilingualText(zh: SafeText.cleanLines(message.zh), en: SafeText.cleanLines(message.en))
    }
}
