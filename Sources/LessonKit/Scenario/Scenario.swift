/// A rehearsal (情景演练): a branching story read from a Twee 3 file (`NAME.twee`, as Twine 2
/// exports it), with its translations (`NAME.en.twee`).
///
/// The learner reads a passage, picks one of its choices, and goes on to the passage the choice
/// leads to, until an ending. Passages tagged `good` or `mistake` are feedback on the choice
/// that led there; mistakes are counted. Translations have the same passages (by name), tags and
/// links as the original, so a learner who switches language stays on the same passage.
public struct Scenario: Sendable, Equatable, Identifiable {
    /// The stable id within its module: the file name without `.twee`, e.g. `07-livestream-rehearsal`.
    public var id: String
    /// The id of the module it belongs to.
    public var moduleID: String
    /// The story per language.
    public var content: Localized<ScenarioStory>

    /// Creates a scenario.
    public init(id: String, moduleID: String, content: Localized<ScenarioStory>) {
        self.id = id
        self.moduleID = moduleID
        self.content = content
    }

    /// `moduleID/id.twee`, unique in a course (a lesson of the same name has `moduleID/id`).
    public var qualifiedID: String { "\(moduleID)/\(id).twee" }
    /// The title per language (`StoryTitle`, else the file name).
    public var title: Localized<String> { content.map(\.title) }
    /// The story in its original language: its passages, tags and links hold for every language.
    public var story: ScenarioStory { content.original }
}

/// One language's version of a scenario: its title and passages.
public struct ScenarioStory: Sendable, Equatable {
    /// `StoryTitle`, else the file name without `.twee`.
    public var title: String
    /// The name of the passage the story starts at (`start` in `StoryData`, else `Start`).
    public var startName: String
    /// The story's passages in file order (`StoryTitle`, `StoryData` and passages tagged
    /// `script` or `stylesheet` left out).
    public var passages: [ScenarioPassage] {
        didSet { indexByName = Self.index(passages) }
    }
    /// The file this came from, as reported in diagnostics.
    public var sourcePath: String
    private var indexByName: [String: Int]

    /// Creates a story.
    public init(title: String, startName: String, passages: [ScenarioPassage], sourcePath: String) {
        self.title = title
        self.startName = startName
        self.passages = passages
        self.sourcePath = sourcePath
        indexByName = Self.index(passages)
    }

    /// The passage with this name (the first, if two share it).
    /// - Parameter name: a passage name, e.g. a choice's `target`.
    public func passage(named name: String) -> ScenarioPassage? {
        indexByName[name].map { passages[$0] }
    }

    /// The passage the story starts at.
    public var start: ScenarioPassage? { passage(named: startName) }

    /// The endings (passages tagged `end`), in file order.
    public var endings: [ScenarioPassage] { passages.filter(\.isEnding) }

    /// The number of decisions: passages with two choices or more.
    public var decisionCount: Int { passages.filter(\.isDecision).count }

    private static func index(_ passages: [ScenarioPassage]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (offset, passage) in passages.enumerated() where index[passage.name] == nil {
            index[passage.name] = offset
        }
        return index
    }
}
