/// A value written in one original language, with optional translations.
///
/// `value(for:)` picks what a reader of a given language should see: the translation in that
/// language where there is one, else the original.
public struct Localized<Value: Sendable>: Sendable {
    /// The language the original is written in (the module's `lang`).
    public var originalLanguage: LanguageTag
    /// The value in the original language.
    public var original: Value
    /// Translations keyed by their language tag as written in the file name (canonical case).
    public var translations: [LanguageTag: Value]

    /// Creates a localized value.
    /// - Parameters:
    ///   - originalLanguage: the language of `original`.
    ///   - original: the value in the original language.
    ///   - translations: translations keyed by language tag.
    public init(originalLanguage: LanguageTag, original: Value, translations: [LanguageTag: Value] = [:]) {
        self.originalLanguage = originalLanguage
        self.original = original
        self.translations = translations
    }

    /// The value a reader of `tag` should see.
    ///
    /// Order: the original if its language matches; an exact translation; a translation whose
    /// language matches (`zh` finds `zh-Hans`); the original.
    /// - Parameter tag: the reader's language.
    /// - Returns: the best value for that reader.
    public func value(for tag: LanguageTag) -> Value {
        if originalLanguage == tag { return original }
        if let exact = translations[tag] { return exact }
        if originalLanguage.matches(tag) { return original }
        let candidates = translations.keys.filter { $0.matches(tag) }.sorted { $0.rawValue < $1.rawValue }
        if let key = candidates.first, let value = translations[key] { return value }
        return original
    }

    /// All languages this value exists in: the original's first, then the translations' in tag order.
    public var languages: [LanguageTag] {
        [originalLanguage] + translations.keys.sorted { $0.rawValue < $1.rawValue }
    }

    /// Transforms every language's value with the same function.
    /// - Parameter transform: the function applied to the original and to each translation.
    /// - Returns: a localized value with the same languages.
    public func map<T: Sendable>(_ transform: (Value) throws -> T) rethrows -> Localized<T> {
        Localized<T>(
            originalLanguage: originalLanguage,
            original: try transform(original),
            translations: try translations.mapValues(transform)
        )
    }
}

extension Localized: Equatable where Value: Equatable {}
