/// A message for a person, in Chinese and in English; the app picks one when it shows it.
public struct BilingualText: Sendable, Hashable, CustomStringConvertible {
    /// Simplified Chinese text.
    public var zh: String
    /// English text.
    public var en: String

    /// Creates a message from its two texts.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// Both texts, Chinese first (for logs).
    public var description: String { "\(zh) / \(en)" }
}
