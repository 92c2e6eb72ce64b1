/// Joins a quiz file (a module quiz or a lesson's check) and its translations into a `Quiz`,
/// reporting where a translation does not match and which questions are left out. Used by
/// `ModuleAssembler` while a course loads, and by `DeferredQuiz` for a check read when it is
/// first asked for.
struct QuizAssembler {
    /// The original and its translations, parsed; findings are added to their reports.
    var files: [ParsedFile]
    /// The module's language: the original's.
    let language: LanguageTag
    /// Questions left out because of their errors.
    var skippedQuestions: [SkippedFile] = []

    /// The quiz: the original's usable questions with their translations (a translation that
    /// does not match is reported and left out); `nil` when the original is missing, cannot be
    /// read, has an error of the whole file, or has no usable question.
    /// - Parameter id: the quiz's id (`module/quiz` or `module/lesson.quiz`).
    mutating func assemble(id: String) -> Quiz? {
        let indices = files.indices
        guard let originalIndex = indices.first(where: { files[$0].role.language == nil }),
              files[originalIndex].content != nil,
              case .quiz(let quiz)? = files[originalIndex].content else { return nil }
        var messageTranslations: [LanguageTag: QuizMessages] = [:]
        var contentTranslations: [LanguageTag: [QuestionContent]] = [:]
        for index in indices {
            guard let tag = files[index].role.language, case .quiz(let translated)? = files[index].content else { continue }
            checkTranslation(translated, against: quiz, fileIndex: index)
            guard !files[index].report.hasError else { continue }
            messageTranslations[tag] = QuizMessages(pass: translated.messages.pass ?? quiz.messages.pass,
                                                    fail: translated.messages.fail ?? quiz.messages.fail)
            contentTranslations[tag] = translated.questions.map(\.content)
        }
        guard !quiz.hasFileError else { return nil }
        var questions: [Question] = []
        for (number, raw) in quiz.questions.enumerated() {
            guard !raw.hasError, let kind = raw.kind else {
                let reasons = files[originalIndex].report.diagnostics.filter {
                    $0.severity == .error && $0.line >= raw.line && $0.line < nextQuestionLine(after: number, in: quiz)
                }
                skippedQuestions.append(SkippedFile(path: files[originalIndex].report.file, questionHeading: raw.headingText, reasons: reasons))
                continue
            }
            var translations: [LanguageTag: QuestionContent] = [:]
            for (tag, contents) in contentTranslations where number < contents.count {
                translations[tag] = contents[number]
            }
            questions.append(Question(
                id: "\(id)#\(raw.id ?? raw.headingText)", kind: kind, shuffleAnswers: raw.shuffleAnswers,
                content: Localized(originalLanguage: language, original: raw.content, translations: translations),
                line: raw.line))
        }
        guard !questions.isEmpty else { return nil }
        var options = quiz.options
        if let count = options.questionsPerAttempt { options.questionsPerAttempt = min(count, questions.count) }
        return Quiz(id: id, options: options, questions: questions,
                    messages: Localized(originalLanguage: language, original: quiz.messages, translations: messageTranslations))
    }

    private func nextQuestionLine(after number: Int, in quiz: QuizFile) -> Int {
        number + 1 < quiz.questions.count ? quiz.questions[number + 1].line : Int.max
    }

    /// Reports where a translated quiz does not match its original: its number of questions and
    /// which are missing or extra, else each question of another kind or number of answers.
    private mutating func checkTranslation(_ translated: QuizFile, against original: QuizFile, fileIndex: Int) {
        if translated.questions.count != original.questions.count {
            files[fileIndex].report.add(.translationMismatch(.questionCount(
                translation: translated.questions.count, original: original.questions.count)))
            reportUnmatchedQuestions(translated, against: original, fileIndex: fileIndex)
            return
        }
        for (offset, pair) in zip(translated.questions, original.questions).enumerated() {
            let (mine, theirs) = pair
            if let kind = mine.kind, let originalKind = theirs.kind, kind != originalKind {
                files[fileIndex].report.add(.translationMismatch(.kind(
                    number: offset + 1, heading: theirs.headingText, translation: kind, original: originalKind)), line: mine.line)
            } else if mine.content.answers.count != theirs.content.answers.count, mine.kind != nil, theirs.kind != nil {
                files[fileIndex].report.add(.translationMismatch(.answerCount(
                    number: offset + 1, heading: theirs.headingText, translation: mine.content.answers.count,
                    original: theirs.content.answers.count)), line: mine.line)
            }
        }
    }

    /// Names each question of the original that the translation lacks (at the translated question
    /// it should come before, else line 1) and each translated question the original lacks.
    private mutating func reportUnmatchedQuestions(_ translated: QuizFile, against original: QuizFile, fileIndex: Int) {
        let shape = { (question: RawQuestion) in QuestionAlignment.Shape(kind: question.kind, answers: question.content.answers.count) }
        let pairing = QuestionAlignment.pair(translation: translated.questions.map(shape), original: original.questions.map(shape))
        for index in pairing.missing {
            let next = pairing.pairs.first { $0.original > index }
            let question = original.questions[index]
            files[fileIndex].report.add(.translationMismatch(.missingQuestion(
                number: index + 1, heading: question.headingText, line: question.line)),
                                        line: next.map { translated.questions[$0.translation].line } ?? 1)
        }
        for index in pairing.extra {
            let question = translated.questions[index]
            files[fileIndex].report.add(.translationMismatch(.extraQuestion(number: index + 1, heading: question.headingText)),
                                        line: question.line)
        }
    }
}
