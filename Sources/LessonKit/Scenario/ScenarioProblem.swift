extension Diagnostic {
    /// What can be wrong with a rehearsal scenario (a Twee file), with what the message needs.
    public enum ScenarioProblem: Sendable, Equatable {
        /// More passages than Cunxue reads (the file is not loaded).
        case tooManyPassages(count: Int, limit: Int)
        /// A passage header that cannot be read.
        case invalidPassageHeader(PassageHeaderProblem)
        /// `StoryData` that cannot be used (it is ignored).
        case invalidStoryData(StoryDataProblem)
        /// No passage to start at: `named` is the missing passage `StoryData` names, or `nil`
        /// when `StoryData` names none and there is no passage `Start`.
        case missingStart(named: String?)
        /// A second passage with a name already used on `firstLine`.
        case duplicatePassage(name: String, firstLine: Int)
        /// A link to a passage that does not exist (`target` may be empty).
        case brokenLink(target: String)
        /// A passage no link leads to.
        case unreachablePassage(name: String)
        /// No passage is tagged `end`.
        case noEnding
        /// A passage that is neither an ending nor has a link.
        case deadEnd(name: String)
        /// From this passage on, no ending can be reached (its links go round in a circle).
        case noWayToEnding(name: String)
        /// A `timer-` tag whose seconds are not a whole number from 5 to 300.
        case timerOutOfRange(tag: String)
        /// Code for a Twine story format; `sample` quotes it.
        case storyFormatCode(sample: String)
        /// An `end` tag with `found` of `pass`/`fail` (none, or both).
        case endingOutcome(found: [String])
        /// `pass` or `fail` on a passage that is not tagged `end`.
        case outcomeWithoutEnd(tag: String)
        /// Two tags that cannot go on one passage.
        case conflictingTags(String, String)
        /// An ending with links (not shown).
        case endingWithChoices(name: String)
        /// A translation that does not match its original.
        case translationMismatch(ScenarioMismatch)

        /// Error or warning.
        public var severity: Severity {
            switch self {
            case .invalidStoryData, .unreachablePassage, .endingWithChoices: return .warning
            default: return .error
            }
        }

        /// The stable code.
        public var code: DiagnosticCode {
            switch self {
            case .tooManyPassages: return .tooManyPassages
            case .invalidPassageHeader: return .invalidPassageHeader
            case .invalidStoryData: return .invalidStoryData
            case .missingStart: return .missingStart
            case .duplicatePassage: return .duplicatePassage
            case .brokenLink: return .brokenLink
            case .unreachablePassage: return .unreachablePassage
            case .noEnding: return .noEnding
            case .deadEnd: return .deadEnd
            case .noWayToEnding: return .noWayToEnding
            case .timerOutOfRange: return .timerOutOfRange
            case .storyFormatCode: return .storyFormatCode
            case .endingOutcome: return .endingOutcome
            case .outcomeWithoutEnd: return .outcomeWithoutEnd
            case .conflictingTags: return .conflictingTags
            case .endingWithChoices: return .endingWithChoices
            case .translationMismatch: return .translationMismatch
            }
        }
    }

    /// What is wrong with a passage header.
    public enum PassageHeaderProblem: Sendable, Equatable {
        /// No name after `::`.
        case emptyName
        /// A `[` tag block without its `]`.
        case unclosedTags
        /// Text after the tag block that is not a metadata block `{...}`.
        case textAfterTags
    }

    /// What is wrong with `StoryData`.
    public enum StoryDataProblem: Sendable, Equatable {
        /// It is not JSON.
        case notJSON
        /// It is JSON but not an object.
        case notObject
        /// Its `start` is not text.
        case startNotText
    }

    /// How a translated scenario differs from its original.
    public enum ScenarioMismatch: Sendable, Equatable {
        /// The original's passage `name` is not in the translation.
        case missingPassage(name: String)
        /// The translation's passage `name` is not in the original.
        case extraPassage(name: String)
        /// Passage `passage` has other meaningful tags (those Cunxue reads).
        case tags(passage: String, translation: [String], original: [String])
        /// Passage `passage` links to other passages, or in another order.
        case links(passage: String, translation: [String], original: [String])
        /// The translation starts at another passage.
        case start(translation: String, original: String)
    }
}
