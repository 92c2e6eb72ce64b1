/// One passage of a rehearsal: what the learner reads, the viewers' comments, and the choices.
public struct ScenarioPassage: Sendable, Equatable {
    /// The passage's name: its id within the story, the same in every translation (never shown).
    public var name: String
    /// Every tag as written, those without a meaning for Cunxue included.
    public var tags: [String]
    /// `good` or `mistake`: the passage is feedback on the choice that led here.
    public var feedback: ScenarioFeedback?
    /// For an ending (tagged `end`): passed or failed.
    public var ending: ScenarioOutcome?
    /// Seconds the learner has to choose (`timer-N`); when they run out, the last choice is taken.
    public var timerSeconds: Int?
    /// The text (Markdown), without its links and its viewer comments. Block lines are lines of
    /// the file.
    public var body: Document
    /// Viewers' comments (弹幕) in the order written, for a panel beside the text.
    public var comments: [ViewerComment]
    /// The choices in the order written; empty for an ending.
    public var choices: [ScenarioChoice]
    /// The 1-based line of the passage's header (`:: Name`) in its file.
    public var line: Int

    /// Creates a passage.
    public init(name: String, tags: [String] = [], feedback: ScenarioFeedback? = nil, ending: ScenarioOutcome? = nil,
                timerSeconds: Int? = nil, body: Document = Document(), comments: [ViewerComment] = [],
                choices: [ScenarioChoice] = [], line: Int = 1) {
        self.name = name
        self.tags = tags
        self.feedback = feedback
        self.ending = ending
        self.timerSeconds = timerSeconds
        self.body = body
        self.comments = comments
        self.choices = choices
        self.line = line
    }

    /// Whether the passage ends the story (tagged `end`).
    public var isEnding: Bool { ending != nil }

    /// Whether the learner decides here: two choices or more.
    public var isDecision: Bool { ending == nil && choices.count >= 2 }

    /// The choice taken when the timer runs out: the last one.
    public var timeoutChoice: ScenarioChoice? { timerSeconds == nil ? nil : choices.last }
}

/// A choice: a Twine link.
public struct ScenarioChoice: Sendable, Equatable {
    /// What the learner reads (the link's text).
    public var text: String
    /// The name of the passage it leads to.
    public var target: String
    /// The 1-based line of the link in its file.
    public var line: Int
    /// The 1-based column of the link's `[[`.
    public var column: Int

    /// Creates a choice.
    public init(text: String, target: String, line: Int = 1, column: Int = 1) {
        self.text = text
        self.target = target
        self.line = line
        self.column = column
    }
}

/// What a feedback passage says about the choice that led to it.
public enum ScenarioFeedback: String, Sendable, Equatable, CaseIterable, Codable {
    /// Tag `good`: the choice was right; the passage's text says why.
    case good
    /// Tag `mistake`: the choice was wrong; it counts as a mistake, and the text says why.
    case mistake
}

/// How a rehearsal ended.
public enum ScenarioOutcome: String, Sendable, Equatable, CaseIterable, Codable {
    /// Tags `end pass`: the learner handled it.
    case pass
    /// Tags `end fail`: the learner did not (the ending's text says what went wrong).
    case fail
}

/// One viewer comment (弹幕), written as a block quote line `> 弹幕 NAME：TEXT`
/// (or `> 弹幕：TEXT` without a name; `Chat` may stand for `弹幕`, `:` for `：`).
public struct ViewerComment: Sendable, Equatable {
    /// The viewer's name, if given.
    public var viewer: String?
    /// What they wrote.
    public var text: String
    /// The 1-based line in the file.
    public var line: Int

    /// Creates a comment.
    public init(viewer: String?, text: String, line: Int = 1) {
        self.viewer = viewer
        self.text = text
        self.line = line
    }
}
