/// Learner ids: short random strings, safe as file names.
///
/// An id is 8 characters from a 31-letter alphabet without look-alikes (no `0`, `o`, `1`, `l`,
/// `i`), about 8.5 × 10¹¹ possibilities, so two stations never pick the same one in practice.
public enum LearnerID {
    /// The characters an id is made of.
    public static let alphabet: [Character] = Array("abcdefghjkmnpqrstuvwxyz23456789")
    /// The length of a new id.
    public static let length = 8

    /// A new random id.
    /// - Parameter generator: the source of randomness (inject a seeded one in tests).
    public static func random(using generator: inout some RandomNumberGenerator) -> String {
        var id = ""
        for _ in 0..<length {
            if let character = alphabet.randomElement(using: &generator) { id.append(character) }
        }
        return id
    }

    /// A new id from the system's random source.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    /// Whether `id` can name a learner file: 1–64 ASCII letters, digits, `-` or `_`, not starting with `-`.
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 64, id.first != "-" else { return false }
        return id.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F
        }
    }
}
