/// Pairs a translated quiz's questions with its original's when their numbers differ, to say
/// which question is missing or extra.
///
/// Headings are in different languages, so questions are matched by shape: kind and number of
/// answers. The pairing is a longest common subsequence of shapes that, among equally long ones,
/// pairs each question with the earliest it can (a translation usually loses or gains one
/// question, and keeps the order).
enum QuestionAlignment {
    /// The shape a question is matched by.
    struct Shape: Equatable {
        var kind: Question.Kind?
        var answers: Int
    }

    /// How the questions pair up, as 0-based indices.
    struct Pairing: Equatable {
        /// Pairs of a translated question and the original's question it translates, in order.
        var pairs: [(translation: Int, original: Int)]
        /// The original's questions that no translated question pairs with.
        var missing: [Int]
        /// The translation's questions that pair with none of the original's.
        var extra: [Int]

        static func == (lhs: Pairing, rhs: Pairing) -> Bool {
            lhs.pairs.map { [$0.translation, $0.original] } == rhs.pairs.map { [$0.translation, $0.original] }
                && lhs.missing == rhs.missing && lhs.extra == rhs.extra
        }
    }

    /// Pairs the questions of a translation with its original's.
    static func pair(translation: [Shape], original: [Shape]) -> Pairing {
        let rows = translation.count
        let columns = original.count
        // lengths[i][j]: the longest common subsequence of translation[i...] and original[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: columns + 1), count: rows + 1)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                lengths[i][j] = translation[i] == original[j]
                    ? lengths[i + 1][j + 1] + 1
                    : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var pairing = Pairing(pairs: [], missing: [], extra: [])
        var (i, j) = (0, 0)
        while i < rows && j < columns {
            if translation[i] == original[j] && lengths[i][j] == lengths[i + 1][j + 1] + 1 {
                pairing.pairs.append((i, j))
                i += 1
                j += 1
            } else if lengths[i][j + 1] >= lengths[i + 1][j] {
                pairing.missing.append(j)
                j += 1
            } else {
                pairing.extra.append(i)
                i += 1
            }
        }
        pairing.missing += Array(j..<columns)
        pairing.extra += Array(i..<rows)
        return pairing
    }
}
