/// Checks a story as a whole: the start exists, every link leads somewhere, every passage can be
/// reached, there is an ending, and an ending can be reached from every passage the learner can
/// get to. Each walk is linear in passages and links, whatever the file holds.
struct ScenarioGraph {
    let story: ScenarioStory
    /// Passage index by name (the first passage of a name).
    private let index: [String: Int]
    /// The passages each passage links to (existing targets only; endings link nowhere).
    private let successors: [[Int]]
    /// Whether a passage is an ending (tagged `end`, even when its outcome is missing).
    private let isEnding: [Bool]

    init(story: ScenarioStory) {
        self.story = story
        var index: [String: Int] = [:]
        for (offset, passage) in story.passages.enumerated() where index[passage.name] == nil {
            index[passage.name] = offset
        }
        self.index = index
        isEnding = story.passages.map { $0.isEnding || $0.tags.contains("end") }
        successors = story.passages.map { passage in passage.choices.compactMap { index[$0.target] } }
    }

    /// Reports every finding about the story's shape.
    /// - Parameters:
    ///   - startLine: where `StoryData` names the start (1 when it does not).
    ///   - namedStart: whether `StoryData` names the start.
    ///   - report: the file's findings.
    func check(startLine: Int, namedStart: Bool, report: inout FileReport) {
        var hasBrokenLink = Array(repeating: false, count: story.passages.count)
        for (offset, passage) in story.passages.enumerated() {
            for choice in passage.choices where index[choice.target] == nil {
                report.add(.scenario(.brokenLink(target: choice.target)), line: choice.line, column: choice.column)
                hasBrokenLink[offset] = true
            }
        }
        guard let start = index[story.startName] else {
            report.add(.scenario(.missingStart(named: namedStart ? story.startName : nil)), line: startLine)
            return
        }
        let reachable = walk(from: [start], along: successors)
        for (offset, passage) in story.passages.enumerated() where !reachable[offset] {
            report.add(.scenario(.unreachablePassage(name: passage.name)), line: passage.line)
        }
        guard isEnding.contains(true) else {
            report.add(.scenario(.noEnding))
            return
        }
        let predecessors = self.predecessors()
        let endings = story.passages.indices.filter { isEnding[$0] }
        let canEnd = walk(from: endings, along: predecessors)
        var stuck: [Int] = []
        for (offset, passage) in story.passages.enumerated() where reachable[offset] && !isEnding[offset] {
            if passage.choices.isEmpty {
                report.add(.scenario(.deadEnd(name: passage.name)), line: passage.line)
                stuck.append(offset)
            } else if hasBrokenLink[offset] {
                stuck.append(offset)
            }
        }
        // Passages that cannot end only because they lead to a dead end or a broken link are
        // explained by those findings; what is left goes round in circles.
        let leadsToStuck = walk(from: stuck, along: predecessors)
        let circling = story.passages.indices.map { reachable[$0] && !canEnd[$0] && !leadsToStuck[$0] }
        for offset in story.passages.indices where circling[offset] {
            let isEntry = offset == start || predecessors[offset].contains { reachable[$0] && !circling[$0] }
            if isEntry {
                report.add(.scenario(.noWayToEnding(name: story.passages[offset].name)), line: story.passages[offset].line)
            }
        }
    }

    private func predecessors() -> [[Int]] {
        var result = Array(repeating: [Int](), count: story.passages.count)
        for (offset, targets) in successors.enumerated() {
            for target in targets { result[target].append(offset) }
        }
        return result
    }

    /// Every passage reachable from `starts` along `edges` (starts included).
    private func walk(from starts: [Int], along edges: [[Int]]) -> [Bool] {
        var seen = Array(repeating: false, count: story.passages.count)
        var queue = starts
        for start in starts { seen[start] = true }
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for next in edges[current] where !seen[next] {
                seen[next] = true
                queue.append(next)
            }
        }
        return seen
    }
}
