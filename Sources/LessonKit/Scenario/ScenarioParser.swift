/// What a scenario file says, read and checked on its own.
struct ScenarioFile: Sendable, Equatable {
    /// The story as read (passages with errors included; the file is unusable then).
    var story: ScenarioStory
    /// The line where `StoryData` names the start, else 1.
    var startLine: Int
}

/// Reads a Twee 3 file into a `ScenarioStory` and reports what is wrong with it.
///
/// `StoryTitle` gives the title, `StoryData` (JSON) its `start`, else the start is the passage
/// `Start`. Passages tagged `script` or `stylesheet` are ignored, as are passage metadata blocks.
/// Every other passage is part of the story: its tags are read (`PassageTags`), its text taken
/// apart (`PassageText`) and parsed as Markdown. Then the story as a whole is checked
/// (`ScenarioGraph`).
struct ScenarioParser {
    /// The most passages a file may have (a rehearsal needs a few dozen).
    static let maximumPassages = 2_000

    /// Reads a scenario file's text.
    /// - Parameters:
    ///   - text: the text, prepared (`SourceText.prepare`: LF line ends, sanitized).
    ///   - name: the file name without `.twee` (the title when there is no `StoryTitle`).
    ///   - report: the file's findings.
    func parse(_ text: String, name: String, report: inout FileReport) -> ScenarioFile {
        let source = TweeSource(text)
        var file = ScenarioFile(story: ScenarioStory(title: name, startName: "Start", passages: [], sourcePath: report.file),
                                startLine: 1)
        guard source.passages.count <= Self.maximumPassages else {
            report.add(.scenario(.tooManyPassages(count: source.passages.count, limit: Self.maximumPassages)))
            return file
        }
        var namedStart = false
        var firstLineOf: [String: Int] = [:]
        var passages: [ScenarioPassage] = []
        for raw in source.passages {
            if let problem = raw.header.problem { reportHeader(problem, line: raw.line, report: &report) }
            let name = raw.header.name
            if name.isEmpty { continue }
            if let first = firstLineOf[name] {
                report.add(.scenario(.duplicatePassage(name: name, firstLine: first)), line: raw.line)
                continue
            }
            firstLineOf[name] = raw.line
            switch name {
            case "StoryTitle":
                let title = raw.text.split(whereSeparator: { $0 == "\n" }).map(\.trimmed).filter { !$0.isEmpty }.joined(separator: " ")
                if !title.isEmpty { file.story.title = title }
            case "StoryData":
                if let start = readStoryData(raw, report: &report) {
                    file.story.startName = start.name
                    file.startLine = start.line
                    namedStart = true
                }
            default:
                if raw.header.tags.contains("script") || raw.header.tags.contains("stylesheet") { continue }
                passages.append(passage(raw, report: &report))
            }
        }
        file.story.passages = passages
        ScenarioGraph(story: file.story).check(startLine: file.startLine, namedStart: namedStart, report: &report)
        return file
    }

    private func reportHeader(_ problem: TweeHeader.Problem, line: Int, report: inout FileReport) {
        switch problem {
        case .emptyName: report.add(.scenario(.invalidPassageHeader(.emptyName)), line: line)
        case .unclosedTags: report.add(.scenario(.invalidPassageHeader(.unclosedTags)), line: line)
        case .textAfterTags(let column): report.add(.scenario(.invalidPassageHeader(.textAfterTags)), line: line, column: column)
        }
    }

    /// The start `StoryData` names, with its line; `StoryData` that cannot be used is reported
    /// (a warning: it is ignored, as the Twee 3 specification recommends).
    private func readStoryData(_ raw: TweeSource.Passage, report: inout FileReport) -> (name: String, line: Int)? {
        let data: JSONValue
        do {
            data = try JSONValue.parse(raw.text)
        } catch {
            report.add(.scenario(.invalidStoryData(.notJSON)), line: raw.firstContentLine + error.line - 1, column: error.column)
            return nil
        }
        guard case .object = data else {
            report.add(.scenario(.invalidStoryData(.notObject)), line: raw.line)
            return nil
        }
        guard let (value, line) = data.member("start") else { return nil }
        let fileLine = raw.firstContentLine + line - 1
        switch value {
        case .string(let name):
            return (report.sanitized(name, line: fileLine, column: 1), fileLine)
        case .null:
            return nil
        default:
            report.add(.scenario(.invalidStoryData(.startNotText)), line: fileLine)
            return nil
        }
    }

    /// One story passage: tags, text, choices and comments, with their findings.
    private func passage(_ raw: TweeSource.Passage, report: inout FileReport) -> ScenarioPassage {
        let tags = PassageTags(raw.header.tags)
        for problem in tags.problems { report.add(.scenario(problem), line: raw.line) }
        let text = PassageText(lines: raw.lines, firstLine: raw.firstContentLine)
        for finding in text.findings { report.add(.scenario(finding.problem), line: finding.line, column: finding.column) }
        var choices = text.choices
        if tags.isEnd, !choices.isEmpty {
            report.add(.scenario(.endingWithChoices(name: raw.header.name)), line: choices[0].line, column: choices[0].column)
            choices = []
        }
        let parsed = MarkdownParser().parseReportingSanitized(text.markdown, sourceIsClean: true)
        for change in parsed.sanitized { report.report(change.scalar, line: change.line + raw.line, column: 1) }
        return ScenarioPassage(
            name: raw.header.name, tags: raw.header.tags, feedback: tags.feedback, ending: tags.ending,
            timerSeconds: tags.timerSeconds, body: Document(blocks: parsed.document.blocks.map { $0.shifted(by: raw.line) }),
            comments: text.comments, choices: choices, line: raw.line)
    }
}

extension Block {
    /// The block with its line, and the lines of the blocks and items inside it, moved by `lines`.
    func shifted(by lines: Int) -> Block {
        switch kind {
        case .blockQuote(let blocks):
            return Block(.blockQuote(blocks.map { $0.shifted(by: lines) }), line: line + lines)
        case .list(var list):
            list.items = list.items.map { item in
                ListItem(task: item.task, blocks: item.blocks.map { $0.shifted(by: lines) }, line: item.line + lines)
            }
            return Block(.list(list), line: line + lines)
        default:
            return Block(kind, line: line + lines)
        }
    }
}
