import Foundation
import LessonKit

extension ScenarioPassage {
    /// The words the app's status line already says for a `good` passage ("✓ 选对了") and a
    /// `mistake` one ("✗ 选错了"), as an author might also begin the passage with them.
    private static let verdictWords: [ScenarioFeedback: [String]] = [
        .good: ["选对了", "答对了", "做对了", "Right", "Correct", "Well done"],
        .mistake: ["选错了", "答错了", "做错了", "Wrong", "Incorrect", "Mistake"],
    ]
    /// What may follow such a word for it to be a verdict and not the start of a sentence.
    private static let verdictEnds: Set<Character> = ["：", ":", "，", ",", "！", "!", "。", ".", "—"]

    /// The passage's text as shown under the status line: a feedback passage that begins with
    /// the verdict the status line gives ("选对了：", "Right:") starts after it, so it is not
    /// shown (or read aloud) twice. Stories written in Twine the old way need no change.
    var shownBody: Document {
        guard let feedback, let words = Self.verdictWords[feedback], var first = body.blocks.first,
              case .paragraph(var inlines) = first.kind, let lead = inlines.first else { return body }
        switch lead {
        case .text(let text):
            guard let rest = Self.strippingVerdict(text, words: words) else { return body }
            if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(rest) }
        case .strong(let inner) where inner.count == 1:
            // "**选对了：**后面的话" or "**选对了**：后面的话".
            guard case .text(let word) = inner[0] else { return body }
            if let rest = Self.strippingVerdict(word, words: words), rest.isEmpty {
                inlines.removeFirst()
            } else if words.contains(word.trimmingCharacters(in: .whitespaces)), inlines.count > 1,
                      case .text(let after) = inlines[1], let first = after.first, Self.verdictEnds.contains(first) {
                inlines.removeFirst()
                inlines[0] = .text(Self.capitalized(String(after.dropFirst()).trimmingCharacters(in: .whitespaces)))
            } else {
                return body
            }
        default:
            return body
        }
        var document = body
        if inlines.isEmpty {
            document.blocks.removeFirst()
        } else {
            first.kind = .paragraph(inlines)
            document.blocks[0] = first
        }
        return document
    }

    /// `text` after a leading verdict word and its punctuation, nil when it does not begin so.
    static func strippingVerdict(_ text: String, words: [String]) -> String? {
        let trimmed = text.drop { $0 == " " }
        for word in words where trimmed.lowercased().hasPrefix(word.lowercased()) {
            let after = trimmed.dropFirst(word.count)
            guard let mark = after.first, verdictEnds.contains(mark) else { continue }
            let rest = after.drop { verdictEnds.contains($0) || $0 == " " }
            return capitalized(String(rest))
        }
        return nil
    }

    /// The text with its first letter upper-case (an English sentence left after "Right: ").
    private static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
