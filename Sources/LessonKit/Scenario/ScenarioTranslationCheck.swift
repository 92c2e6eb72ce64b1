/// Compares a translated scenario with its original: the same start, the same passages (by
/// name), the same tags that Cunxue reads on each, and links to the same passages in the same
/// order. Texts, link texts, comments and other tags may differ.
struct ScenarioTranslationCheck {
    let original: ScenarioFile

    /// The differences, each with the line of the translation it is reported at.
    func mismatches(of translation: ScenarioFile) -> [(mismatch: Diagnostic.ScenarioMismatch, line: Int)] {
        var found: [(mismatch: Diagnostic.ScenarioMismatch, line: Int)] = []
        let originalStory = original.story
        let translatedStory = translation.story
        if translatedStory.startName != originalStory.startName {
            found.append((.start(translation: translatedStory.startName, original: originalStory.startName), translation.startLine))
        }
        for passage in translatedStory.passages {
            guard let theirs = originalStory.passage(named: passage.name) else {
                found.append((.extraPassage(name: passage.name), passage.line))
                continue
            }
            let mineTags = Self.meaningfulTags(passage)
            let theirTags = Self.meaningfulTags(theirs)
            if mineTags != theirTags {
                found.append((.tags(passage: passage.name, translation: mineTags, original: theirTags), passage.line))
            }
            let mineLinks = passage.choices.map(\.target)
            let theirLinks = theirs.choices.map(\.target)
            if mineLinks != theirLinks {
                found.append((.links(passage: passage.name, translation: mineLinks, original: theirLinks), passage.line))
            }
        }
        for passage in originalStory.passages where translatedStory.passage(named: passage.name) == nil {
            found.append((.missingPassage(name: passage.name), 1))
        }
        return found
    }

    /// The tags Cunxue reads, sorted, without repeats.
    private static func meaningfulTags(_ passage: ScenarioPassage) -> [String] {
        Array(Set(passage.tags.filter(PassageTags.isMeaningful))).sorted()
    }
}
