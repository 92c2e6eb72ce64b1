extension Diagnostic {
    /// What a finding is about, with the details its message needs.
    public enum Problem: Sendable, Equatable {
        // MARK: Folders and files
        /// The path given does not exist.
        case pathNotFound
        /// The path given is a file; a lesson folder is needed.
        case notAFolder
        /// The folder holds no module folder (and no `module.md`).
        case noModules
        /// A module folder has no `module.md` (reported against `FOLDER/module.md`).
        case missingModuleFile
        /// A symbolic link, never followed.
        case symbolicLink
        /// A FIFO, device or socket, never opened.
        case specialFile(SpecialFileKind)
        /// A file larger than 1 MiB (not read).
        case fileTooLarge(bytes: Int)
        /// A file that is not UTF-8.
        case notUTF8
        /// A file or folder whose name is not UTF-8 (it cannot be opened by its shown name).
        case fileNameNotUTF8
        /// A file or folder that could not be read; `reason` is the system's message.
        case unreadable(reason: String)
        /// A file whose name almost ends in `.md` (`02-二.md.txt`), so it is not read;
        /// `suggestion` is the name it should have.
        case misnamedFile(suggestion: String, reason: MisnamedFileReason)
        // MARK: Front matter
        /// Front matter opened with `---` and never closed.
        case unclosedFrontMatter
        /// Front matter that YAML cannot read; `detail` is the YAML parser's (English) message.
        case invalidYAML(detail: String)
        /// Front matter that is YAML but not `key: value` lines.
        case frontMatterNotMapping
        /// A key whose value has the wrong type.
        case wrongType(key: String, expected: ExpectedValue)
        /// A key whose value is of the right type but not allowed.
        case invalidValue(key: String, value: String, expected: ExpectedValue)
        /// A key nobody reads, with the nearest known key if one is close.
        case unknownKey(key: String, suggestion: String?)
        /// Unknown keys past the first `FileReport.unknownKeysListedAtMost` of a file, counted
        /// in one finding (at the first of them) instead of one each.
        case moreUnknownKeys(count: Int)
        /// A key given in a translation that only the original may set.
        case ignoredInTranslation(key: String)
        /// Front matter (or a question options block) larger than `limit` bytes; not read.
        case frontMatterTooLarge(bytes: Int, limit: Int)
        /// A YAML anchor (`&name`) or alias (`*name`): refused, so an alias bomb costs nothing.
        case yamlAnchorOrAlias
        /// A full-width colon `：` where YAML needs `:` (`title：新单元`).
        case fullWidthColon
        /// A full-width space after a key's colon (`title:　新单元`).
        case fullWidthSpaceAfterColon
        // MARK: Modules
        /// `module.md` without `title`.
        case missingTitle
        /// Another module declares the same id; `otherFile` is its `module.md`.
        case duplicateModuleID(id: String, otherFile: String)
        /// `requires` names a module id that no module has.
        case unknownRequiredModule(id: String)
        /// A module id that mixes scripts (Latin `a` and Cyrillic `а`), so it can pass for another.
        case mixedScriptModuleID(id: String, scripts: [ModuleID.Script])
        /// A module id that looks like another module's (`other`, declared in `otherFile`) but is
        /// not the same id.
        case confusableModuleID(id: String, other: String, otherFile: String)
        // MARK: Lessons and translations
        /// A lesson with no text.
        case emptyLesson
        /// A translation whose original (`original`, a file name) does not exist.
        case translationWithoutOriginal(original: String)
        /// A lesson check whose lesson file (`lesson`, a file name) does not exist.
        case checkWithoutLesson(lesson: String)
        /// A lesson file that holds only a quiz (headings over `[x]` answer lists): it is shown as
        /// a lesson because of its name.
        case lessonLooksLikeQuiz
        // MARK: Worksheets
        /// A finding about a worksheet (`NAME.sheet.md`).
        case worksheet(WorksheetProblem)
        // MARK: Quizzes
        /// A quiz with no question.
        case quizWithoutQuestions
        /// A question without an answer list.
        case questionWithoutAnswers
        /// A single-choice question with `found` ticked answers instead of one.
        case singleChoiceCorrectCount(found: Int)
        /// A choose-all question with no ticked answer.
        case multipleChoiceWithoutCorrect
        /// An ordering question with fewer than 2 items.
        case orderingTooFewItems(found: Int)
        /// A second question with the same heading; `firstLine` is the first one's line.
        case duplicateQuestion(heading: String, firstLine: Int)
        /// A second question of a quiz, or lesson of a module, with the same id (`id:`, or a
        /// heading or file name that equals another's `id:`); `other` says where the first is.
        case duplicateID(id: String, other: DuplicateIDPlace)
        /// `passingGrade` outside 0–100.
        case passingGradeOutOfRange(value: Int)
        /// `nQuestions` larger than the number of questions.
        case tooManyQuestionsRequested(requested: Int, available: Int)
        /// A question options block opened with `---` and never closed.
        case unclosedQuestionOptions
        /// An answer's box written so that it is no box (`【x】`, `［ ］`, `[x]对`): `found` as
        /// written, `fix` as it should be.
        case malformedTaskBox(found: String, fix: String)
        /// A translated quiz whose questions do not match the original's.
        case translationMismatch(TranslationMismatch)
        // MARK: Text
        /// A control character, removed from the text.
        case controlCharacter(scalar: UInt32)
        /// A bidirectional control character, replaced by U+FFFD.
        case bidiCharacter(scalar: UInt32)
        // MARK: Scenarios
        /// A finding about a rehearsal scenario (a Twee file).
        case scenario(ScenarioProblem)

        /// Error or warning.
        public var severity: Severity {
            switch self {
            case .scenario(let problem):
                return problem.severity
            case .noModules, .unknownKey, .moreUnknownKeys, .ignoredInTranslation, .emptyLesson, .translationWithoutOriginal,
                 .checkWithoutLesson, .controlCharacter, .bidiCharacter, .misnamedFile, .lessonLooksLikeQuiz:
                return .warning
            case .worksheet(let problem):
                return problem.severity
            default:
                return .error
            }
        }

        /// The stable code.
        public var code: DiagnosticCode {
            switch self {
            case .pathNotFound: return .pathNotFound
            case .notAFolder: return .notAFolder
            case .noModules: return .noModules
            case .missingModuleFile: return .missingModuleFile
            case .symbolicLink: return .symbolicLink
            case .specialFile: return .specialFile
            case .fileTooLarge: return .fileTooLarge
            case .notUTF8: return .notUTF8
            case .fileNameNotUTF8: return .fileNameNotUTF8
            case .unreadable: return .unreadable
            case .misnamedFile: return .misnamedFile
            case .unclosedFrontMatter: return .unclosedFrontMatter
            case .invalidYAML: return .invalidYAML
            case .frontMatterNotMapping: return .frontMatterNotMapping
            case .wrongType: return .wrongType
            case .invalidValue: return .invalidValue
            case .unknownKey, .moreUnknownKeys: return .unknownKey
            case .ignoredInTranslation: return .ignoredInTranslation
            case .frontMatterTooLarge: return .frontMatterTooLarge
            case .yamlAnchorOrAlias: return .yamlAnchorOrAlias
            case .fullWidthColon: return .fullWidthColon
            case .fullWidthSpaceAfterColon: return .fullWidthSpaceAfterColon
            case .missingTitle: return .missingTitle
            case .duplicateModuleID: return .duplicateModuleID
            case .unknownRequiredModule: return .unknownRequiredModule
            case .mixedScriptModuleID: return .mixedScriptModuleID
            case .confusableModuleID: return .confusableModuleID
            case .emptyLesson: return .emptyLesson
            case .translationWithoutOriginal: return .translationWithoutOriginal
            case .checkWithoutLesson: return .checkWithoutLesson
            case .lessonLooksLikeQuiz: return .lessonLooksLikeQuiz
            case .worksheet(let problem): return problem.code
            case .quizWithoutQuestions: return .quizWithoutQuestions
            case .questionWithoutAnswers: return .questionWithoutAnswers
            case .singleChoiceCorrectCount: return .singleChoiceCorrectCount
            case .multipleChoiceWithoutCorrect: return .multipleChoiceWithoutCorrect
            case .orderingTooFewItems: return .orderingTooFewItems
            case .duplicateQuestion: return .duplicateQuestion
            case .duplicateID: return .duplicateID
            case .passingGradeOutOfRange: return .passingGradeOutOfRange
            case .tooManyQuestionsRequested: return .tooManyQuestionsRequested
            case .unclosedQuestionOptions: return .unclosedQuestionOptions
            case .malformedTaskBox: return .malformedTaskBox
            case .translationMismatch: return .translationMismatch
            case .controlCharacter: return .controlCharacter
            case .bidiCharacter: return .bidiCharacter
            case .scenario(let problem): return problem.code
            }
        }
    }

    /// The kinds of file that are never opened.
    public enum SpecialFileKind: String, Sendable, Equatable {
        /// A named pipe.
        case fifo
        /// A character or block device.
        case device
        /// A Unix socket.
        case socket

        /// What the kind is called, in Chinese or in English ("a named pipe").
        public func name(english: Bool) -> String {
            switch self {
            case .fifo: return english ? "a named pipe" : "管道"
            case .device: return english ? "a device file" : "设备文件"
            case .socket: return english ? "a socket" : "套接字"
            }
        }
    }

    /// What a front matter value should have been.
    public enum ExpectedValue: Sendable, Equatable {
        /// A piece of text.
        case text
        /// `true` or `false`.
        case boolean
        /// A whole number of minutes, 0 or more.
        case minutes
        /// A whole number from 1 up.
        case positiveInteger
        /// A whole number from 0 to 100.
        case percent
        /// `basic`, `growth` or `advanced`.
        case level
        /// A language tag such as `zh-Hans` or `en`.
        case languageTag
        /// A module id: letters, digits and `-`.
        case moduleID
        /// A list of module ids, e.g. `[platform-registration]`.
        case moduleIDList
        /// A lesson's or question's id: text of at most 200 characters (a lesson's without `/`).
        case contentID
    }

    /// Where the first of two things with one id is.
    public enum DuplicateIDPlace: Sendable, Equatable {
        /// A line of the same file (two questions of one quiz).
        case line(Int)
        /// Another file (two lessons of one module), as reported.
        case file(String)
    }

    /// How a translated quiz differs from its original. `heading` is the original's heading.
    public enum TranslationMismatch: Sendable, Equatable {
        /// The translation has `translation` questions, the original `original`.
        case questionCount(translation: Int, original: Int)
        /// Question `number` (1-based) is of a different kind.
        case kind(number: Int, heading: String, translation: Question.Kind, original: Question.Kind)
        /// Question `number` (1-based) has a different number of answers.
        case answerCount(number: Int, heading: String, translation: Int, original: Int)
        /// The original's question `number`, on `line` of the original, has no translation.
        case missingQuestion(number: Int, heading: String, line: Int)
        /// The translation's question `number` (its `heading` as translated) matches none of the original's.
        case extraQuestion(number: Int, heading: String)
    }

    /// Why a file whose name almost ends in `.md` was not read.
    public enum MisnamedFileReason: Sendable, Equatable {
        /// Another extension after `.md` (`02-二.md.txt`, added by Notepad); `extra` is it.
        case extraExtension(String)
        /// A longer Markdown extension (`.markdown`, `.mdown`, `.mkd`).
        case otherMarkdownExtension
        /// A full-width dot or letters in `.md` (`02-二．md`, `02-二。md`, `02-二.ｍｄ`).
        case fullWidthExtension
        /// Blanks after `.md`.
        case blanksAfterExtension
        /// A plain text file named like a lesson (`02-二.txt`).
        case textFile
        /// A Word or WPS document named like a lesson (`02-二.docx`).
        case wordDocument
    }
}
