/// The language the app speaks to the person: Chinese first, English on request.
public enum UILanguage: String, Hashable, Sendable, CaseIterable, Codable {
    /// Simplified Chinese, the default.
    case zh = "zh-Hans"
    /// English.
    case en

    /// Reads `--lang` values and locale names: `zh`, `zh-Hans`, `zh_CN.UTF-8`, `en`, `en_US.UTF-8`.
    /// - Returns: nil for anything else.
    public init?(tag: String) {
        let lower = tag.lowercased()
        if lower == "zh" || lower.hasPrefix("zh-") || lower.hasPrefix("zh_") { self = .zh }
        else if lower == "en" || lower.hasPrefix("en-") || lower.hasPrefix("en_") { self = .en }
        else { return nil }
    }

    /// The language asked for by `--lang`, else by the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`),
    /// else Chinese.
    public static func resolve(flag: String?, environment: [String: String]) -> UILanguage {
        if let flag, let language = UILanguage(tag: flag) { return language }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return UILanguage(tag: value) ?? .zh
            }
        }
        return .zh
    }

    /// The other language, for the `L` key.
    public var toggled: UILanguage { self == .zh ? .en : .zh }

    /// The tag lesson files use for this language.
    public var lessonTag: String { rawValue }
}
