import Foundation

/// What the learner has chosen so far on the question in front of her, before confirming it:
/// the ticks of a choose-all, the order picked so far, the one answer highlighted. Saved as it
/// changes, so leaving (Esc, Ctrl-C, sign-out, a power cut) loses none of it.
public struct DraftAnswer: Codable, Sendable, Hashable {
    /// The question being answered.
    public var questionID: String
    /// The answers chosen so far, as original indices (in the order picked, for ordering).
    public var chosen: [Int]
    /// When it last changed.
    public var savedAt: Date

    /// Creates a draft.
    public init(questionID: String, chosen: [Int], savedAt: Date) {
        self.questionID = questionID
        self.chosen = chosen
        self.savedAt = savedAt
    }

    /// A total order for merging two copies: the later one, ties broken by content.
    static func isPreferred(_ a: DraftAnswer, over b: DraftAnswer) -> Bool {
        if a.savedAt != b.savedAt { return a.savedAt > b.savedAt }
        if a.questionID != b.questionID { return a.questionID < b.questionID }
        return a.chosen.lexicographicallyPrecedes(b.chosen)
    }
}
