/// What a passage's tags mean to Cunxue: `good`, `mistake`, `end` with `pass` or `fail`, and
/// `timer-N`. Other tags (Twine's colours, an author's own labels) are kept and ignored.
struct PassageTags: Sendable, Equatable {
    var feedback: ScenarioFeedback?
    var ending: ScenarioOutcome?
    var isEnd = false
    var timerSeconds: Int?
    /// What is wrong with the tags.
    var problems: [Diagnostic.ScenarioProblem] = []

    /// The seconds a `timer-N` tag may give.
    static let timerRange = 5...300

    /// Whether Cunxue reads this tag (translations must keep these).
    static func isMeaningful(_ tag: String) -> Bool {
        ["good", "mistake", "end", "pass", "fail"].contains(tag) || tag.hasPrefix("timer-")
    }

    /// Reads the tags of one passage.
    init(_ tags: [String]) {
        var outcomes: [String] = []
        var timerTag: String?
        for tag in tags {
            switch tag {
            case "good", "mistake":
                let value: ScenarioFeedback = tag == "good" ? .good : .mistake
                if let feedback, feedback != value {
                    problems.append(.conflictingTags(feedback.rawValue, tag))
                } else {
                    feedback = value
                }
            case "end":
                isEnd = true
            case "pass", "fail":
                if !outcomes.contains(tag) { outcomes.append(tag) }
            case let timer where timer.hasPrefix("timer-"):
                if let timerTag {
                    if timerTag != timer { problems.append(.conflictingTags(timerTag, timer)) }
                    continue
                }
                timerTag = timer
                if let seconds = Self.seconds(timer) {
                    timerSeconds = seconds
                } else {
                    problems.append(.timerOutOfRange(tag: timer))
                }
            default:
                continue
            }
        }
        if isEnd {
            if outcomes.count == 1 {
                ending = outcomes[0] == "pass" ? .pass : .fail
            } else {
                problems.append(.endingOutcome(found: outcomes))
            }
            if let timerTag { problems.append(.conflictingTags("end", timerTag)) }
        } else if let outcome = outcomes.first {
            problems.append(.outcomeWithoutEnd(tag: outcome))
        }
    }

    /// The seconds of `timer-N` when N is a plain whole number in `timerRange`.
    private static func seconds(_ tag: String) -> Int? {
        let digits = tag.dropFirst("timer-".count)
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Int(digits), timerRange.contains(value) else { return nil }
        return value
    }
}
