import Foundation

/// A learner's own settings for reading aloud: whether each page, question and rehearsal passage
/// is read aloud as it opens, and how fast.
///
/// Kept in the learner's file under `learner.settings`, and only when something differs from
/// the default, so files written before settings existed (or by a learner who never changed
/// them) keep their shape and load as they are. A value the file holds that this version does
/// not know (a hand edit, a newer version) reads as the default instead of refusing the file.
public struct LearnerSettings: Codable, Sendable, Hashable {
    /// How fast speech goes.
    public enum SpeechSpeed: String, Codable, Sendable, CaseIterable {
        /// For a learner who follows slowly.
        case slow
        /// The default.
        case normal
        /// For a learner who reads well.
        case fast

        /// Words a minute handed to the speech engine (espeak-ng `-s`, spd-say `-r` around the
        /// voice's 160, `CUNXUE_SPEAK_RATE`).
        public var wordsPerMinute: Int {
            switch self {
            case .slow: return 110
            case .normal: return 150
            case .fast: return 190
            }
        }

        /// The next speed up, wrapping round after `fast` (one key goes through all three).
        public var next: SpeechSpeed {
            switch self {
            case .slow: return .normal
            case .normal: return .fast
            case .fast: return .slow
            }
        }
    }

    /// Whether pages, questions and rehearsal passages are read aloud as they open.
    public var readsAloudOnOpen: Bool
    /// How fast they are read.
    public var speechSpeed: SpeechSpeed

    /// The default settings: nothing read on its own, normal speed.
    public init(readsAloudOnOpen: Bool = false, speechSpeed: SpeechSpeed = .normal) {
        self.readsAloudOnOpen = readsAloudOnOpen
        self.speechSpeed = speechSpeed
    }

    /// Whether these are the default settings (then they are not written to the file).
    public var isDefault: Bool { self == LearnerSettings() }

    private enum CodingKeys: String, CodingKey {
        case autoRead, speechSpeed
    }

    /// Reads settings; a missing or unknown value is the default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        readsAloudOnOpen = (try? container.decodeIfPresent(Bool.self, forKey: .autoRead)) ?? false
        let speed = (try? container.decodeIfPresent(String.self, forKey: .speechSpeed)) ?? nil
        speechSpeed = speed.flatMap(SpeechSpeed.init(rawValue:)) ?? .normal
    }

    /// Writes only what differs from the default.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if readsAloudOnOpen { try container.encode(true, forKey: .autoRead) }
        if speechSpeed != .normal { try container.encode(speechSpeed.rawValue, forKey: .speechSpeed) }
    }
}
