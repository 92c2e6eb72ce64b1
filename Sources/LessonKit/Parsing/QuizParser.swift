/// A question as written in one file, before it is joined with its translations.
struct RawQuestion: Sendable, Equatable {
    /// The heading's text, trimmed (the question's identity in the original).
    var headingText: String
    /// The 1-based line of the heading.
    var line: Int
    /// The kind, or `nil` when there is no usable answer list.
    var kind: Question.Kind?
    /// Heading, body, hint and answers.
    var content: QuestionContent
    /// The options block's `shuffleAnswers`, if given.
    var shuffleAnswers: Bool?
    /// The options block's `id`, if given: the question's identity instead of its heading.
    var id: String? = nil
    /// Whether the question has an error (it is left out).
    var hasError: Bool
}

/// A quiz file's content, read as quizdown.
struct QuizFile: Sendable, Equatable {
    /// Whether the file as a whole cannot be used (front matter, no question, `nQuestions`).
    var hasFileError = false
    var options = QuizOptions()
    var messages = QuizMessages()
    var questions: [RawQuestion] = []
}

/// Reads a quiz file's front matter and body (quizdown) and reports what is wrong.
struct QuizParser: Sendable {
    /// Whether the file is a translation (only the two messages are read from its options).
    var isTranslation: Bool

    private static let optionKeys = [
        "shuffleAnswers", "shuffleQuestions", "nQuestions", "passingGrade", "customPassMsg", "customFailMsg",
        "enableRetry", "primaryColor", "secondaryColor", "textColor", "locale",
        "shuffle_answers", "shuffle_questions", "n_questions", "passing_grade", "custom_pass_msg",
        "custom_fail_msg", "enable_retry", "primary_color", "secondary_color", "text_color",
    ]
    private static let ignoredKeys: Set<String> = ["primaryColor", "secondaryColor", "textColor", "locale"]
    private static let questionOptionKeys = ["shuffleAnswers", "shuffle_answers", "id"]

    /// Parses a quiz.
    /// - Parameters:
    ///   - frontMatter: the file's front matter entries.
    ///   - body: the body with front matter lines blanked (lines are file lines).
    ///   - report: where findings go.
    func parse(frontMatter: FrontMatter, body: String, report: inout FileReport) -> QuizFile {
        var quiz = QuizFile()
        var requested: FrontMatter.Entry?
        for entry in frontMatter.entries {
            let key = Self.camelCase(entry.key)
            guard Self.optionKeys.contains(entry.key) else {
                report.unknownKey(entry, known: Self.optionKeys)
                continue
            }
            if key == "customPassMsg" { quiz.messages.pass = report.text(entry); continue }
            if key == "customFailMsg" { quiz.messages.fail = report.text(entry); continue }
            if Self.ignoredKeys.contains(key) { continue }
            if isTranslation {
                report.add(.ignoredInTranslation(key: entry.key), line: entry.line, column: entry.column)
                continue
            }
            switch key {
            case "shuffleAnswers": quiz.options.shuffleAnswers = report.boolean(entry) ?? quiz.options.shuffleAnswers
            case "shuffleQuestions": quiz.options.shuffleQuestions = report.boolean(entry) ?? quiz.options.shuffleQuestions
            case "enableRetry": quiz.options.enableRetry = report.boolean(entry) ?? quiz.options.enableRetry
            case "passingGrade":
                if let grade = report.integer(entry, expected: .percent) {
                    if (0...100).contains(grade) {
                        quiz.options.passingGrade = grade
                    } else {
                        report.add(.passingGradeOutOfRange(value: grade), line: entry.line, column: entry.column)
                    }
                }
            case "nQuestions":
                if let count = report.integer(entry, expected: .positiveInteger) {
                    if count >= 1 {
                        quiz.options.questionsPerAttempt = count
                        requested = entry
                    } else {
                        report.add(.invalidValue(key: entry.key, value: entry.value.displayText, expected: .positiveInteger),
                                   line: entry.line, column: entry.column)
                    }
                }
            default:
                break
            }
        }

        let fileErrorsBeforeQuestions = report.hasError
        let preprocessed = QuizPreprocessor(body)
        let parsed = MarkdownParser().parseReportingSanitized(preprocessed.text, sourceIsClean: true)
        for change in parsed.sanitized { report.report(change.scalar, line: change.line, column: 1) }
        let lines = preprocessed.text.lineSlices()
        quiz.questions = questions(in: parsed.document, optionsBlocks: preprocessed.optionsBlocks, lines: lines, report: &report)

        quiz.hasFileError = fileErrorsBeforeQuestions
        if quiz.questions.isEmpty {
            report.add(.quizWithoutQuestions)
            quiz.hasFileError = true
        }
        if let requested, let count = quiz.options.questionsPerAttempt, count > quiz.questions.count, !quiz.questions.isEmpty {
            report.add(.tooManyQuestionsRequested(requested: count, available: quiz.questions.count),
                       line: requested.line, column: requested.column)
            quiz.hasFileError = true
        }
        return quiz
    }

    // MARK: - Questions

    private func questions(in document: Document, optionsBlocks: [Int: QuizPreprocessor.OptionsBlock],
                           lines: [Substring], report: inout FileReport) -> [RawQuestion] {
        var groups: [(heading: Block, content: [Inline], blocks: [Block])] = []
        for block in document.blocks {
            if case .heading(_, let content) = block.kind {
                groups.append((block, content, []))
            } else if !groups.isEmpty {
                groups[groups.count - 1].blocks.append(block)
            }
        }
        var firstLineOfIdentity: [String: (line: Int, isExplicit: Bool)] = [:]
        var result: [RawQuestion] = []
        for group in groups {
            var question = self.question(heading: group.content, line: group.heading.line, blocks: group.blocks,
                                         lines: lines, report: &report)
            if let block = optionsBlocks[group.heading.line] {
                readOptions(block, into: &question, report: &report)
            }
            // A question is known by its `id`, else by its heading: two with one identity are one too many.
            let identity = question.id ?? question.headingText
            if let first = firstLineOfIdentity[identity] {
                if question.id == nil && !first.isExplicit {
                    report.add(.duplicateQuestion(heading: question.headingText, firstLine: first.line), line: question.line)
                } else {
                    report.add(.duplicateID(id: identity, other: .line(first.line)), line: question.line)
                }
                question.hasError = true
            } else {
                firstLineOfIdentity[identity] = (question.line, question.id != nil)
            }
            result.append(question)
        }
        return result
    }

    private func question(heading: [Inline], line: Int, blocks: [Block], lines: [Substring],
                          report: inout FileReport) -> RawQuestion {
        var body: [Block] = []
        var hint: [Block] = []
        var answerList: (list: ListBlock, line: Int)?
        for block in blocks {
            switch block.kind {
            case .blockQuote(let inner):
                hint.append(contentsOf: inner)
            case .list(let list) where answerList == nil:
                answerList = (list, block.line)
            default:
                body.append(block)
            }
        }
        let headingText = heading.plainText.trimmed
        var question = RawQuestion(
            headingText: headingText,
            line: line,
            kind: nil,
            content: QuestionContent(heading: heading, body: Document(blocks: body),
                                     hint: hint.isEmpty ? nil : Document(blocks: hint), answers: []),
            shuffleAnswers: nil,
            hasError: false
        )
        guard let (list, listLine) = answerList else {
            report.add(.questionWithoutAnswers, line: line)
            question.hasError = true
            return question
        }
        if reportLookalikeBoxes(in: list, lines: lines, report: &report) {
            // The author meant boxes: the question is left out until they are written as boxes.
            question.kind = list.isOrdered ? .single : .multiple
            question.content.answers = list.items.map { answer(from: $0, kind: .multiple) }
            question.hasError = true
            return question
        }
        let hasBoxes = list.items.contains { $0.task != nil }
        let kind: Question.Kind
        switch (list.isOrdered, hasBoxes) {
        case (true, true): kind = .single
        case (false, true): kind = .multiple
        case (true, false): kind = .ordering
        case (false, false):
            report.add(.questionWithoutAnswers, line: listLine)
            question.hasError = true
            return question
        }
        question.kind = kind
        question.content.answers = list.items.map { answer(from: $0, kind: kind) }
        let correct = question.content.answers.filter { $0.isCorrect }.count
        switch kind {
        case .single where correct != 1:
            report.add(.singleChoiceCorrectCount(found: correct), line: listLine)
            question.hasError = true
        case .multiple where correct == 0:
            report.add(.multipleChoiceWithoutCorrect, line: listLine)
            question.hasError = true
        case .ordering where list.items.count < 2:
            report.add(.orderingTooFewItems(found: list.items.count), line: listLine)
            question.hasError = true
        default:
            break
        }
        return question
    }

    /// Reports every answer whose box is a look-alike (`【x】`, `[x]对`); whether there was one.
    private func reportLookalikeBoxes(in list: ListBlock, lines: [Substring], report: inout FileReport) -> Bool {
        var found = false
        for item in list.items {
            guard let match = TaskBoxLookalike.match(item) else { continue }
            let line = item.blocks.first?.line ?? item.line
            let column = line >= 1 && line <= lines.count ? TaskBoxLookalike.column(of: match, in: lines[line - 1]) : 1
            report.add(.malformedTaskBox(found: match.found, fix: match.fix), line: line, column: column)
            found = true
        }
        return found
    }

    private func answer(from item: ListItem, kind: Question.Kind) -> Answer {
        var text: [Inline] = []
        var comment: [Block] = []
        for block in item.blocks {
            switch block.kind {
            case .paragraph(let inlines):
                if !text.isEmpty { text.append(.lineBreak) }
                text.append(contentsOf: inlines)
            case .blockQuote(let inner):
                comment.append(contentsOf: inner)
            default:
                comment.append(block)
            }
        }
        let isCorrect = kind == .ordering ? true : item.task == .checked
        return Answer(text: text, isCorrect: isCorrect, comment: comment.isEmpty ? nil : Document(blocks: comment))
    }

    private func readOptions(_ block: QuizPreprocessor.OptionsBlock, into question: inout RawQuestion, report: inout FileReport) {
        if block.isUnclosed {
            report.add(.unclosedQuestionOptions, line: block.openingLine)
            question.hasError = true
            return
        }
        let options: FrontMatter
        do {
            options = try FrontMatter.parse(block.yaml, firstLine: block.firstLine)
        } catch {
            report.add(error)
            question.hasError = true
            return
        }
        for entry in options.entries {
            guard Self.questionOptionKeys.contains(entry.key) else {
                report.unknownKey(entry, known: Self.questionOptionKeys)
                continue
            }
            if isTranslation {
                report.add(.ignoredInTranslation(key: entry.key), line: entry.line, column: entry.column)
                continue
            }
            let errorsBefore = report.diagnostics.count
            if entry.key == "id" {
                readID(entry, into: &question, report: &report)
                continue
            }
            question.shuffleAnswers = report.boolean(entry)
            if report.diagnostics.count > errorsBefore { question.hasError = true }
        }
    }

    /// Reads a question's `id` (any text, see `ContentID`); an unusable one is an error.
    private func readID(_ entry: FrontMatter.Entry, into question: inout RawQuestion, report: inout FileReport) {
        let errorsBefore = report.diagnostics.count
        guard let text = report.text(entry) else {
            if report.diagnostics.count > errorsBefore { question.hasError = true }
            return
        }
        if let id = ContentID.parse(text, allowsSlash: true) {
            question.id = id
        } else {
            report.add(.invalidValue(key: entry.key, value: text, expected: .contentID), line: entry.line, column: entry.column)
            question.hasError = true
        }
    }

    /// `shuffle_answers` → `shuffleAnswers`; camelCase keys are returned as they are.
    static func camelCase(_ key: String) -> String {
        let parts = key.split(separator: "_")
        guard parts.count > 1, let first = parts.first else { return key }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
