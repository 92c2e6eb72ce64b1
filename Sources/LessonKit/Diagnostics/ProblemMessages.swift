// MARK: - Messages in simplified Chinese and English

extension Diagnostic.Problem {
    /// The message for this problem: what is wrong and what to do.
    /// - Parameter english: English when true, simplified Chinese otherwise.
    func message(english: Bool) -> String {
        english ? englishMessage : chineseMessage
    }

    private var chineseMessage: String {
        switch self {
        case .pathNotFound:
            return "找不到这个路径：请检查文件夹名字是否写对"
        case .notAFolder:
            return "这是一个文件，不是文件夹：请给出课程文件夹或单元文件夹"
        case .noModules:
            return "这个文件夹里没有单元：单元是含有 module.md 的子文件夹"
        case .missingModuleFile:
            return "单元文件夹缺少 module.md：请新建 module.md 并写上 title"
        case .symbolicLink:
            return "这是一个链接（快捷方式），不会打开：请把真正的文件复制到这里"
        case .specialFile(let kind):
            let name = kind.name(english: false)
            return "这是\(name)，不是普通文件，不会打开：请删除它或换成普通文件"
        case .fileTooLarge(let bytes):
            return "文件太大（\(bytes) 字节，最多 1 MiB），没有读取：请把它拆成几课"
        case .notUTF8:
            return "文件不是 UTF-8 编码：请在编辑器里用“UTF-8”格式另存"
        case .fileNameNotUTF8:
            return "文件名不是 UTF-8 编码（常见于 Windows 上打包的 zip），没有读取：请给它重新起名"
        case .unreadable(let reason):
            return "无法读取（\(reason)）：请检查文件权限"
        case .misnamedFile(let suggestion, let reason):
            return reason.chineseMessage(suggestion: suggestion)
        case .unclosedFrontMatter:
            return "开头的设置（front matter）没有结束：请在设置后面加一行 ---"
        case .invalidYAML(let detail):
            if let hint = YAMLProblemHint(detail: detail) { return "开头的设置不是正确的 YAML：\(hint.chinese)（YAML：\(detail)）" }
            return "开头的设置不是正确的 YAML（\(detail)）：请写成“键: 值”，每行一项"
        case .frontMatterNotMapping:
            return "开头的设置应当是“键: 值”的形式，每行一项"
        case .wrongType(let key, let expected):
            return "`\(key)` 的值类型不对：应当是\(expected.chineseDescription)"
        case .invalidValue(let key, let value, let expected):
            return "`\(key)` 的值“\(value)”不可用：应当是\(expected.chineseDescription)"
        case .unknownKey(let key, let suggestion):
            if let suggestion {
                return "不认识的设置 `\(key)`，会被忽略：你是不是想写 `\(suggestion)`？"
            }
            return "不认识的设置 `\(key)`，会被忽略：请检查拼写"
        case .moreUnknownKeys(let count):
            return "从这里起还有 \(count) 个不认识的设置，都会被忽略，不再一一列出：请检查这个文件的设置是不是写错了地方"
        case .ignoredInTranslation(let key):
            return "翻译文件里的 `\(key)` 会被忽略：这一项只从原文读取"
        case .frontMatterTooLarge(let bytes, let limit):
            return "开头的设置太长（\(bytes) 字节，最多 \(limit) 字节），没有读取：设置里只写 title、summary 这样的短项，正文写在第二个 --- 下面"
        case .yamlAnchorOrAlias:
            return "开头的设置里不能用 YAML 的锚点（&名字）和别名（*名字）：请把值直接写出来；如果 & 或 * 本来是文字，请在它后面空一格，或改用全角的 ＆、＊"
        case .fullWidthColon:
            return "把全角冒号“：”改成半角“:”，冒号后面空一格：开头的设置要写成“键: 值”"
        case .fullWidthSpaceAfterColon:
            return "冒号后面是全角空格：请改成半角空格，写成“键: 值”"
        case .missingTitle:
            return "module.md 缺少 title：请在开头的设置里写上 title: 单元名称"
        case .duplicateModuleID(let id, let otherFile):
            return "单元 id “\(id)”重复了（另见 \(otherFile)）：请给其中一个单元换一个 id"
        case .unknownRequiredModule(let id):
            return "requires 里的单元 “\(id)” 不存在：请检查单元 id 是否写对"
        case .mixedScriptModuleID(let id, let scripts):
            let names = scripts.map(\.chineseName).joined(separator: "和")
            return "单元 id “\(id)”混用了\(names)，看起来像别的 id 却不是同一个：请只用一种文字写 id（例如全用英文字母）"
        case .confusableModuleID(let id, let other, let otherFile):
            var detail = ""
            if let difference = ModuleID.firstDifference(id, other) {
                detail = "（第 \(difference.position) 个字符：这里是“\(Self.shown(difference.mine))” \(Self.codePoint(difference.mine.value))，"
                    + "那里是“\(Self.shown(difference.theirs))” \(Self.codePoint(difference.theirs.value))）"
            }
            return "单元 id “\(id)”和 \(otherFile) 里的“\(other)”看起来一样，却是不同的 id\(detail)："
                + "要替换那个单元，两个 id 必须一字不差（最好只用英文字母）；否则请换一个明显不同的 id"
        case .emptyLesson:
            return "这一课没有正文：请写上课文内容"
        case .translationWithoutOriginal(let original):
            return "这是翻译文件，但找不到原文 \(original)：请检查文件名"
        case .checkWithoutLesson(let lesson):
            return "这是课后小测，但找不到课文 \(lesson)：请检查文件名"
        case .lessonLooksLikeQuiz:
            return "这个文件看起来是测验（标题下面是 [x] 答案列表），但名字是课文的名字，会被当成一课来显示："
                + "单元测验请改名为 quiz.md，某一课的小练习请改名为“课文名.quiz.md”（如 01-课.quiz.md）"
        case .worksheet(let problem):
            return problem.message(english: false)
        case .quizWithoutQuestions:
            return "测验里没有题目：每道题用一个标题（如 ## 题目）开头"
        case .questionWithoutAnswers:
            return "这道题没有答案列表：请用 `1. [x]`（单选）、`- [x]`（多选）或 `1.`（排序）写答案"
        case .singleChoiceCorrectCount(let found):
            return "单选题要正好有一个 [x]，这里有 \(found) 个：只勾选一个正确答案"
        case .multipleChoiceWithoutCorrect:
            return "多选题至少要有一个 [x]：请勾选正确答案"
        case .orderingTooFewItems(let found):
            return "排序题至少要有 2 项，这里只有 \(found) 项：请补上其余步骤"
        case .duplicateQuestion(let heading, let firstLine):
            return "题目“\(heading)”和第 \(firstLine) 行的题目重复：请改写其中一题"
        case .duplicateID(let id, .line(let firstLine)):
            return "id “\(id)”和第 \(firstLine) 行的题目重复了（没写 id 的题，用题目文字当 id）：请给其中一题换一个 id"
        case .duplicateID(let id, .file(let other)):
            return "课的 id “\(id)”和 \(other) 重复了（没写 id 的课，用文件名当 id）：请给其中一课换一个 id"
        case .passingGradeOutOfRange(let value):
            return "passingGrade 是 \(value)，应当在 0 到 100 之间：它是及格需要答对的百分比"
        case .tooManyQuestionsRequested(let requested, let available):
            return "nQuestions 是 \(requested)，但测验只有 \(available) 道题：请改小或删去这一项"
        case .unclosedQuestionOptions:
            return "题目的设置块没有结束：请在设置后面加一行 ---"
        case .malformedTaskBox(let found, let fix):
            return "把“\(found)”改成“\(fix)”：答案前的方框要用半角方括号，对的写 [x]，错的写 [ ]，后面空一格"
        case .translationMismatch(let mismatch):
            switch mismatch {
            case .questionCount(let translation, let original):
                return "翻译有 \(translation) 道题，原文有 \(original) 道：翻译要和原文一题一题对应"
            case .kind(let number, let heading, let translation, let original):
                return "第 \(number) 题“\(heading)”在翻译里是\(translation.chineseName)，原文是\(original.chineseName)：题型要和原文一样"
            case .answerCount(let number, let heading, let translation, let original):
                return "第 \(number) 题“\(heading)”在翻译里有 \(translation) 个答案，原文有 \(original) 个：答案要和原文一一对应"
            case .missingQuestion(let number, let heading, let line):
                return "翻译里少了原文的第 \(number) 题“\(heading)”（原文第 \(line) 行）：请补上这道题的翻译"
            case .extraQuestion(let number, let heading):
                return "翻译的第 \(number) 题“\(heading)”在原文里没有对应的题：请删掉它，或先在原文里加上这道题"
            }
        case .controlCharacter(let scalar):
            return "文本里有控制字符 \(Self.codePoint(scalar))，已删除：请从文件里删掉它"
        case .bidiCharacter(let scalar):
            return "文本里有文字方向控制字符 \(Self.codePoint(scalar))，已换成 �：请从文件里删掉它"
        case .scenario(let problem):
            return problem.message(english: false)
        }
    }

    private var englishMessage: String {
        switch self {
        case .pathNotFound:
            return "no such file or folder: check the name"
        case .notAFolder:
            return "this is a file, not a folder: give a course or module folder"
        case .noModules:
            return "no module in this folder: a module is a subfolder holding a module.md"
        case .missingModuleFile:
            return "module folder without module.md: create module.md with a title"
        case .symbolicLink:
            return "this is a link and is not followed: copy the real file here"
        case .specialFile(let kind):
            return "this is a \(kind.rawValue), not a regular file, and is not opened: remove it"
        case .fileTooLarge(let bytes):
            return "file too large (\(bytes) bytes, at most 1 MiB), not read: split it into several lessons"
        case .notUTF8:
            return "file is not UTF-8: save it as UTF-8 in your editor"
        case .fileNameNotUTF8:
            return "the name is not UTF-8 (common in zip files made on Windows) and it was not read: rename it"
        case .unreadable(let reason):
            return "cannot read it (\(reason)): check its permissions"
        case .misnamedFile(let suggestion, let reason):
            return reason.englishMessage(suggestion: suggestion)
        case .unclosedFrontMatter:
            return "front matter is not closed: add a --- line after it"
        case .invalidYAML(let detail):
            if let hint = YAMLProblemHint(detail: detail) { return "front matter is not valid YAML: \(hint.english) (YAML: \(detail))" }
            return "front matter is not valid YAML (\(detail)): write one `key: value` a line"
        case .frontMatterNotMapping:
            return "front matter must be `key: value` lines"
        case .wrongType(let key, let expected):
            return "`\(key)` has the wrong type: expected \(expected.englishDescription)"
        case .invalidValue(let key, let value, let expected):
            return "`\(key)` cannot be \"\(value)\": expected \(expected.englishDescription)"
        case .unknownKey(let key, let suggestion):
            if let suggestion {
                return "unknown key `\(key)` is ignored: did you mean `\(suggestion)`?"
            }
            return "unknown key `\(key)` is ignored: check the spelling"
        case .moreUnknownKeys(let count):
            return "\(count) more unknown keys from here on are ignored and not listed one by one: check whether this file's settings are in the right place"
        case .ignoredInTranslation(let key):
            return "`\(key)` is ignored in a translation: it is read from the original only"
        case .frontMatterTooLarge(let bytes, let limit):
            return "front matter too long (\(bytes) bytes, at most \(limit)), not read: keep short keys such as title and summary there and put the text below the second ---"
        case .yamlAnchorOrAlias:
            return "YAML anchors (&name) and aliases (*name) are not allowed in front matter: write the value out; if the & or * is text, put a space after it or use the full-width ＆ or ＊"
        case .fullWidthColon:
            return "replace the full-width colon “：” with “:” and a space: front matter lines are `key: value`"
        case .fullWidthSpaceAfterColon:
            return "the space after the colon is full-width: use an ordinary space, `key: value`"
        case .missingTitle:
            return "module.md has no title: add `title: Module name` to its front matter"
        case .duplicateModuleID(let id, let otherFile):
            return "module id \"\(id)\" is used twice (see also \(otherFile)): give one module another id"
        case .unknownRequiredModule(let id):
            return "requires names module \"\(id)\", which does not exist: check the module id"
        case .mixedScriptModuleID(let id, let scripts):
            let names = scripts.map(\.englishName).joined(separator: " and ")
            return "module id \"\(id)\" mixes \(names) letters, so it can pass for another id: write it in one script (for example only Latin letters)"
        case .confusableModuleID(let id, let other, let otherFile):
            var detail = ""
            if let difference = ModuleID.firstDifference(id, other) {
                detail = " (character \(difference.position): \"\(Self.shown(difference.mine))\" \(Self.codePoint(difference.mine.value)) here, "
                    + "\"\(Self.shown(difference.theirs))\" \(Self.codePoint(difference.theirs.value)) there)"
            }
            return "module id \"\(id)\" looks like \"\(other)\" of \(otherFile) but is another id\(detail): "
                + "to replace that module the ids must be exactly the same (best in Latin letters only); otherwise choose a clearly different id"
        case .emptyLesson:
            return "this lesson has no text: write its content"
        case .translationWithoutOriginal(let original):
            return "translation without its original \(original): check the file name"
        case .checkWithoutLesson(let lesson):
            return "lesson check without its lesson \(lesson): check the file name"
        case .lessonLooksLikeQuiz:
            return "this file looks like a quiz (headings over [x] answer lists) but is named like a lesson, so it is shown as one: "
                + "name a module quiz quiz.md, and a lesson's check LESSON.quiz.md (e.g. 01-lesson.quiz.md)"
        case .worksheet(let problem):
            return problem.message(english: true)
        case .quizWithoutQuestions:
            return "quiz without questions: start each question with a heading (## Question)"
        case .questionWithoutAnswers:
            return "question without an answer list: write answers as `1. [x]` (single), `- [x]` (choose all) or `1.` (ordering)"
        case .singleChoiceCorrectCount(let found):
            return "a single-choice question needs exactly one [x], found \(found): tick one right answer"
        case .multipleChoiceWithoutCorrect:
            return "a choose-all question needs at least one [x]: tick the right answers"
        case .orderingTooFewItems(let found):
            return "an ordering question needs at least 2 items, found \(found): add the other steps"
        case .duplicateQuestion(let heading, let firstLine):
            return "question \"\(heading)\" repeats the question on line \(firstLine): reword one of them"
        case .duplicateID(let id, .line(let firstLine)):
            return "id \"\(id)\" is also the question's on line \(firstLine) (a question without an id is known by its heading): give one of them another id"
        case .duplicateID(let id, .file(let other)):
            return "lesson id \"\(id)\" is also \(other)'s (a lesson without an id is known by its file name): give one of them another id"
        case .passingGradeOutOfRange(let value):
            return "passingGrade is \(value), it must be from 0 to 100: it is the percent needed to pass"
        case .tooManyQuestionsRequested(let requested, let available):
            return "nQuestions is \(requested) but the quiz has \(Self.count(available, "question")): lower it or remove it"
        case .unclosedQuestionOptions:
            return "question options block is not closed: add a --- line after it"
        case .malformedTaskBox(let found, let fix):
            return "change “\(found)” to “\(fix)”: an answer's box is [x] (right) or [ ] (wrong) in ASCII brackets, followed by a space"
        case .translationMismatch(let mismatch):
            switch mismatch {
            case .questionCount(let translation, let original):
                return "the translation has \(Self.count(translation, "question")), the original \(original): translate question by question"
            case .kind(let number, let heading, let translation, let original):
                return "question \(number) (\"\(heading)\") is \(translation.englishName) in the translation but \(original.englishName) in the original: keep the kind"
            case .answerCount(let number, let heading, let translation, let original):
                return "question \(number) (\"\(heading)\") has \(Self.count(translation, "answer")) in the translation, \(original) in the original: keep the answers one for one"
            case .missingQuestion(let number, let heading, let line):
                return "question \(number) of the original (\"\(heading)\", line \(line)) is missing from the translation: translate it here"
            case .extraQuestion(let number, let heading):
                return "question \(number) of the translation (\"\(heading)\") matches no question of the original: remove it, or add the question to the original first"
            }
        case .controlCharacter(let scalar):
            return "control character \(Self.codePoint(scalar)) in the text, removed: delete it from the file"
        case .bidiCharacter(let scalar):
            return "bidirectional control character \(Self.codePoint(scalar)) in the text, shown as �: delete it from the file"
        case .scenario(let problem):
            return problem.message(english: true)
        }
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// A character of an id, as it is.
    private static func shown(_ scalar: Unicode.Scalar) -> String {
        String(Character(scalar))
    }

    private static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension Diagnostic.ExpectedValue {
    fileprivate var chineseDescription: String {
        switch self {
        case .text: return "一段文字"
        case .boolean: return " true 或 false"
        case .minutes: return "分钟数（0 或更大的整数）"
        case .positiveInteger: return "大于 0 的整数"
        case .percent: return " 0 到 100 的整数"
        case .level: return " basic、growth 或 advanced"
        case .languageTag: return "语言代码，如 zh-Hans 或 en"
        case .moduleID: return "单元 id（字母、数字和 -）"
        case .moduleIDList: return "单元 id 的列表，如 [platform-registration]"
        case .contentID: return "一段不超过 200 个字的文字（课的 id 里不能有 /，也不能以 . 开头）"
        }
    }

    fileprivate var englishDescription: String {
        switch self {
        case .text: return "text"
        case .boolean: return "true or false"
        case .minutes: return "a whole number of minutes, 0 or more"
        case .positiveInteger: return "a whole number from 1 up"
        case .percent: return "a whole number from 0 to 100"
        case .level: return "basic, growth or advanced"
        case .languageTag: return "a language tag such as zh-Hans or en"
        case .moduleID: return "a module id (letters, digits and -)"
        case .moduleIDList: return "a list of module ids, e.g. [platform-registration]"
        case .contentID: return "text of at most 200 characters (a lesson's id without / and not starting with .)"
        }
    }
}

extension Question.Kind {
    fileprivate var chineseName: String {
        switch self {
        case .single: return "单选题"
        case .multiple: return "多选题"
        case .ordering: return "排序题"
        }
    }

    fileprivate var englishName: String {
        switch self {
        case .single: return "single choice"
        case .multiple: return "choose all"
        case .ordering: return "ordering"
        }
    }
}

extension Diagnostic.MisnamedFileReason {
    fileprivate func chineseMessage(suggestion: String) -> String {
        switch self {
        case .extraExtension(let extra):
            return "名字不是以 .md 结尾（后面多了“\(extra)”，记事本常会自动加上），没有读取：如果它是一课，请改名为 \(suggestion)"
        case .otherMarkdownExtension:
            return "村学只读以 .md 结尾的文件，这个没有读取：如果它是一课，请改名为 \(suggestion)"
        case .fullWidthExtension:
            return "名字里的“.md”是全角的，没有读取：请改名为 \(suggestion)（用英文输入法打点和 md）"
        case .blanksAfterExtension:
            return "名字的 .md 后面有空格，没有读取：请改名为 \(suggestion)"
        case .textFile:
            return "这是 .txt 文件，没有读取：如果它是一课，请改名为 \(suggestion)"
        case .wordDocument:
            return "这是 Word/WPS 文档，没有读取：如果它是一课，请在 WPS 里“另存为”纯文本，再改名为 \(suggestion)"
        }
    }

    fileprivate func englishMessage(suggestion: String) -> String {
        switch self {
        case .extraExtension(let extra):
            return "the name does not end in .md (\"\(extra)\" was added, as Notepad does), so it was not read: if it is a lesson, rename it \(suggestion)"
        case .otherMarkdownExtension:
            return "Cunxue reads only files ending in .md, so this was not read: if it is a lesson, rename it \(suggestion)"
        case .fullWidthExtension:
            return "the \".md\" in the name is full-width, so it was not read: rename it \(suggestion) (type the dot and md with the English keyboard)"
        case .blanksAfterExtension:
            return "the name has blanks after .md, so it was not read: rename it \(suggestion)"
        case .textFile:
            return "this is a .txt file and was not read: if it is a lesson, rename it \(suggestion)"
        case .wordDocument:
            return "this is a Word/WPS document and was not read: if it is a lesson, save it as plain text in WPS and rename it \(suggestion)"
        }
    }
}
