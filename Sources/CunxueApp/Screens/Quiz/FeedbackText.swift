import LessonKit
import TerminalKit

/// What the learner is told after an answer, the same on the question screen and in the
/// results: her choice and the right one by the numbers on screen, and for choose-all what was
/// missing and what was extra.
enum FeedbackText {
    /// The sentence naming her choice and the right one, nil for an ordering question (whose
    /// orders are shown in full instead).
    /// - Parameters:
    ///   - order: the display order (`order[i]` is the answer shown as i+1).
    ///   - chosen: the answers chosen, as original indices.
    static func sentence(_ question: Question, answers: [LessonKit.Answer], order: [Int], chosen: [Int], _ s: Strings) -> String? {
        let row = { (original: Int) in (order.firstIndex(of: original) ?? original) + 1 }
        let chosenRows = chosen.map(row).sorted()
        let rightRows = answers.indices.filter { answers[$0].isCorrect }.map(row).sorted()
        switch question.kind {
        case .single:
            guard let mine = chosenRows.first, let right = rightRows.first else { return nil }
            return mine == right ? s.youChoseRight(mine) : s.youChose(mine, right: right)
        case .multiple:
            var text = s.youTicked(chosenRows, right: rightRows)
            let missing = rightRows.filter { !chosenRows.contains($0) }
            let extra = chosenRows.filter { !rightRows.contains($0) }
            if !missing.isEmpty { text += s.missing(missing) }
            if !extra.isEmpty { text += s.extra(extra) }
            return text
        case .ordering:
            return nil
        }
    }

    /// The answers whose comment is shown after answering: for one choice hers and the right
    /// one, for choose-all every answer (each is a yes or no of its own).
    static func commented(_ question: Question, answers: [LessonKit.Answer], chosen: [Int]) -> Set<Int> {
        switch question.kind {
        case .single: return Set(answers.indices.filter { answers[$0].isCorrect || chosen.contains($0) })
        case .multiple, .ordering: return Set(answers.indices)
        }
    }

    /// "Your order: 1. … → 2. …" and "The right order: …", both numbered as placed.
    static func orders(answers: [LessonKit.Answer], chosen: [Int], _ s: Strings) -> (yours: String, right: String) {
        let list = { (indices: [Int]) in
            indices.enumerated().map { "\($0.offset + 1). \(answers[$0.element].plainText)" }.joined(separator: " → ")
        }
        return (s.yourOrder + list(chosen.filter { answers.indices.contains($0) }), s.rightOrderIs + list(Array(answers.indices)))
    }
}
