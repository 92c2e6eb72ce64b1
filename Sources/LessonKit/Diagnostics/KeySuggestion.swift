/// Finds the known key nearest to a misspelt one, for "did you mean `summary`?".
struct KeySuggestion: Sendable {
    /// The known keys, in order of preference for ties.
    var knownKeys: [String]

    /// The nearest known key to `key`, or `nil` when none is close enough.
    ///
    /// Keys are compared case-insensitively and ignoring `_` and `-` first (so `Passing_Grade`
    /// finds `passingGrade`); otherwise by edit distance, accepted up to a third of the key's
    /// length (at least 2).
    func nearest(to key: String) -> String? {
        let folded = Self.fold(key)
        if let exact = knownKeys.first(where: { Self.fold($0) == folded }) { return exact }
        let limit = max(2, key.count / 3)
        var best: (key: String, distance: Int)?
        for candidate in knownKeys {
            let distance = Self.editDistance(Array(key.lowercased()), Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.key
    }

    private static func fold(_ key: String) -> String {
        key.lowercased().filter { $0 != "_" && $0 != "-" }
    }

    /// Levenshtein distance between two strings of characters.
    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previous = Array(0...rhs.count)
        var current = Array(repeating: 0, count: rhs.count + 1)
        for (index, left) in lhs.enumerated() {
            current[0] = index + 1
            for (otherIndex, right) in rhs.enumerated() {
                let substitution = previous[otherIndex] + (left == right ? 0 : 1)
                current[otherIndex + 1] = min(previous[otherIndex + 1] + 1, current[otherIndex] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
