/// A stable name for each kind of finding, for tools and the JSON output (`--format json`).
public enum DiagnosticCode: String, Sendable, Equatable, Codable, CaseIterable {
    // MARK: - Folders and files
    /// The path given does not exist.
    case pathNotFound = "path-not-found"
    /// The path given is a file, not a folder.
    case notAFolder = "not-a-folder"
    /// A folder holds no module.
    case noModules = "no-modules"
    /// A module folder has no `module.md`.
    case missingModuleFile = "missing-module-file"
    /// A file or folder is a symbolic link (never followed).
    case symbolicLink = "symbolic-link"
    /// A FIFO, device or socket (never opened).
    case specialFile = "special-file"
    /// A file is larger than 1 MiB.
    case fileTooLarge = "file-too-large"
    /// A file is not UTF-8.
    case notUTF8 = "not-utf8"
    /// A file or folder whose name is not UTF-8 (e.g. GBK from a zip made on Windows).
    case fileNameNotUTF8 = "file-name-not-utf8"
    /// A file or folder could not be read.
    case unreadable = "unreadable"
    /// A file whose name almost ends in `.md` (`02-二.md.txt`), not read.
    case misnamedFile = "misnamed-file"
    // MARK: - Front matter
    /// Front matter without its closing `---`.
    case unclosedFrontMatter = "unclosed-front-matter"
    /// Front matter that is not valid YAML.
    case invalidYAML = "invalid-yaml"
    /// Front matter that is not `key: value` lines.
    case frontMatterNotMapping = "front-matter-not-mapping"
    /// A key whose value has the wrong type.
    case wrongType = "wrong-type"
    /// A key whose value is not allowed.
    case invalidValue = "invalid-value"
    /// A key nobody reads.
    case unknownKey = "unknown-key"
    /// A key read only from the original, given in a translation.
    case ignoredInTranslation = "ignored-in-translation"
    /// Front matter larger than the limit (8 KiB).
    case frontMatterTooLarge = "front-matter-too-large"
    /// A YAML anchor or alias in front matter.
    case yamlAnchorOrAlias = "yaml-anchor-or-alias"
    /// A full-width colon `：` where YAML needs `:`.
    case fullWidthColon = "full-width-colon"
    /// A full-width space after a key's colon.
    case fullWidthSpaceAfterColon = "full-width-space"
    // MARK: - Modules
    /// `module.md` without `title`.
    case missingTitle = "missing-title"
    /// Two modules with the same id.
    case duplicateModuleID = "duplicate-module-id"
    /// `requires` names a module that does not exist.
    case unknownRequiredModule = "unknown-required-module"
    /// A module id that mixes scripts.
    case mixedScriptModuleID = "mixed-script-module-id"
    /// A module id that looks like another module's but is not the same.
    case confusableModuleID = "confusable-module-id"
    // MARK: - Lessons and translations
    /// A lesson with no text.
    case emptyLesson = "empty-lesson"
    /// A translation whose original file does not exist.
    case translationWithoutOriginal = "translation-without-original"
    /// A lesson check (`NAME.quiz.md`) whose lesson `NAME.md` does not exist.
    case checkWithoutLesson = "check-without-lesson"
    /// A lesson file that holds only a quiz.
    case lessonLooksLikeQuiz = "lesson-looks-like-quiz"
    // MARK: - Worksheets (NAME.sheet.md)
    /// A worksheet, field or forbidden word without a key it needs (`title`, `fields`, `id`, `label`, `kind`, `word`, `reason`).
    case missingKey = "missing-key"
    /// A worksheet whose `fields` list is empty.
    case noFields = "no-fields"
    /// A worksheet with more fields than are read.
    case tooManyFields = "too-many-fields"
    /// A worksheet key whose value has the wrong type or is not allowed.
    case invalidSheetValue = "invalid-sheet-value"
    /// Two fields with the same id.
    case duplicateField = "duplicate-field"
    /// A field `kind` that does not exist.
    case unknownKind = "unknown-kind"
    /// A check or key that does not apply to the field's kind.
    case checkDoesNotFit = "check-does-not-fit"
    /// A choice with fewer than two options.
    case choiceWithoutOptions = "choice-without-options"
    /// The same option twice in a choice.
    case duplicateOption = "duplicate-option"
    /// An empty `forbidden` list.
    case emptyForbiddenList = "empty-forbidden-list"
    /// A lower limit above its upper limit.
    case contradictoryChecks = "contradictory-checks"
    /// A formula that cannot be read.
    case formulaSyntax = "formula-syntax"
    /// A formula naming a field the worksheet does not have.
    case unknownField = "unknown-field"
    /// A formula using a field that holds no number.
    case formulaFieldKind = "formula-field-kind"
    /// Formulas that use themselves, directly or in a circle.
    case formulaCycle = "formula-cycle"
    /// A field's example that its own checks refuse.
    case exampleFailsCheck = "example-fails-check"
    // MARK: - Quizzes
    /// A quiz with no question.
    case quizWithoutQuestions = "quiz-without-questions"
    /// A question with no answer list.
    case questionWithoutAnswers = "question-without-answers"
    /// A single-choice question without exactly one `[x]`.
    case singleChoiceCorrectCount = "single-choice-correct-count"
    /// A choose-all question without any `[x]`.
    case multipleChoiceWithoutCorrect = "multiple-choice-without-correct"
    /// An ordering question with fewer than 2 items.
    case orderingTooFewItems = "ordering-too-few-items"
    /// Two questions with the same heading in one quiz.
    case duplicateQuestion = "duplicate-question"
    /// Two questions of one quiz, or two lessons of one module, with the same id.
    case duplicateID = "duplicate-id"
    /// `passingGrade` outside 0–100.
    case passingGradeOutOfRange = "passing-grade-out-of-range"
    /// `nQuestions` larger than the number of questions.
    case tooManyQuestionsRequested = "too-many-questions-requested"
    /// A question options block without its closing `---`.
    case unclosedQuestionOptions = "unclosed-question-options"
    /// An answer box that is no box (`【x】`, `［ ］`, `[x]对`).
    case malformedTaskBox = "malformed-task-box"
    /// A translated quiz or scenario that does not match its original.
    case translationMismatch = "translation-mismatch"
    // MARK: - Text
    /// A control character (ESC, the rest of C0/C1 but tab and newline) in the text.
    case controlCharacter = "control-character"
    /// A bidirectional override or isolate character in the text.
    case bidiCharacter = "bidi-character"
    // MARK: - Scenarios (Twee files)
    /// A scenario file with more passages than Cunxue reads.
    case tooManyPassages = "too-many-passages"
    /// A passage header (`:: Name [tags]`) that cannot be read.
    case invalidPassageHeader = "invalid-passage-header"
    /// A `StoryData` passage that is not a JSON object, or whose `start` is not text.
    case invalidStoryData = "invalid-story-data"
    /// No passage to start at.
    case missingStart = "missing-start"
    /// Two passages with the same name.
    case duplicatePassage = "duplicate-passage"
    /// A link to a passage that does not exist.
    case brokenLink = "broken-link"
    /// A passage no link leads to.
    case unreachablePassage = "unreachable-passage"
    /// A scenario without any ending.
    case noEnding = "no-ending"
    /// A passage that is not an ending and has no link.
    case deadEnd = "dead-end"
    /// A part of the story from which no ending can be reached.
    case noWayToEnding = "no-way-to-ending"
    /// A `timer-N` tag with N not a whole number from 5 to 300.
    case timerOutOfRange = "timer-out-of-range"
    /// Code written for a Twine story format (Harlowe, SugarCube, Chapbook).
    case storyFormatCode = "story-format-code"
    /// An `end` tag without exactly one of `pass` and `fail`.
    case endingOutcome = "ending-outcome"
    /// A `pass` or `fail` tag on a passage that is not an ending.
    case outcomeWithoutEnd = "outcome-without-end"
    /// Two tags that cannot go together on one passage.
    case conflictingTags = "conflicting-tags"
    /// An ending with links (they are not shown).
    case endingWithChoices = "ending-with-choices"
}
