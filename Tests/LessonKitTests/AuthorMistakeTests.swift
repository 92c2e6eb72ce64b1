import Testing
@testable import LessonKit

/// Mistakes authors make with an input method and Notepad: each is caught where it is, with
/// the fix in plain words, instead of changing what the learner sees without a word.
struct AuthorMistakeTests {
    private func quizFindings(_ body: String, file: String = "quiz.md") throws -> (QuizFile, [String]) {
        var report = FileReport(file: "m/" + file)
        let role = try #require(FileRole(fileName: file))
        guard case .quiz(let quiz) = FileParser().parse(text: body, role: role, report: &report) else {
            Issue.record("not a quiz")
            return (QuizFile(), [])
        }
        return (quiz, report.diagnostics.map { $0.formatted(in: .english) })
    }

    // MARK: - Answer boxes

    @Test(arguments: [
        ("1. 【x】 对\n1. 【 】 错\n", 3, 4, "【x】", "[x]"),
        ("1. ［x］ 对\n1. ［ ］ 错\n", 3, 4, "［x］", "[x]"),
        ("1. [　] 错\n1. [x] 对\n", 3, 4, "[　]", "[ ]"),
        ("1. [] 错\n1. [x] 对\n", 3, 4, "[]", "[ ]"),
        ("1. [√] 对\n1. [ ] 错\n", 3, 4, "[√]", "[x]"),
        ("- 〔x〕 对\n- [ ] 错\n", 3, 3, "〔x〕", "[x]"),
        ("1. [x]对\n1. [ ] 错\n", 3, 4, "[x]对", "[x] 对"),
        ("1. [ ] 错\n1. 【x】 对\n", 4, 4, "【x】", "[x]"),
    ])
    func lookalikeBoxIsAnErrorWithTheFix(answers: String, line: Int, column: Int, found: String, fix: String) throws {
        let (quiz, findings) = try quizFindings("## 哪个对？\n\n" + answers)
        let expected = "m/quiz.md:\(line):\(column): error: change “\(found)” to “\(fix)”: an answer's box is [x] (right) or [ ] (wrong) in ASCII brackets, followed by a space"
        #expect(findings.first == expected)
        #expect(quiz.questions.first?.hasError == true)
        #expect(quiz.questions.first?.kind != .ordering)
    }

    @Test func orderingQuestionsAndBracketsInsideTextAreNoBoxes() throws {
        let (quiz, findings) = try quizFindings("## 排序\n\n1. 核对订单【重要】\n2. 打包\n\n## 单选\n\n1. [x] 选【甲】\n1. [ ] [乙] 也行\n")
        #expect(findings.isEmpty)
        #expect(quiz.questions.map(\.kind) == [.ordering, .single])
    }

    // MARK: - Quiz file names

    @Test(arguments: [
        ("Quiz.md", FileRole.Kind.moduleQuiz, nil as String?),
        ("QUIZ.en.md", .moduleQuiz, "en"),
        ("01-课.Quiz.md", .check(lessonName: "01-课"), nil),
        ("01-课.quiz.EN.md", .check(lessonName: "01-课"), "en"),
        ("Module.md", .module, nil),
        ("测验.md", .lesson(name: "测验"), nil),
    ])
    func quizAndModuleAreReadInAnyCase(name: String, kind: FileRole.Kind, language: String?) throws {
        let role = try #require(FileRole(fileName: name))
        #expect(role.kind == kind)
        #expect(role.language == language.flatMap(LanguageTag.init))
    }

    @Test func quizSavedAsALessonIsReported() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 开店\n---\n", to: "m/module.md", in: folder)
            try FixturePaths.write("# 课\n\n正文。\n", to: "m/01-课.md", in: folder)
            try FixturePaths.write("## 哪个对？\n\n1. [x] 对\n1. [ ] 错\n", to: "m/01-课.Quiz.md", in: folder)
            try FixturePaths.write("## 哪个对？\n\n> 想一想\n\n1. [x] 对\n1. [ ] 错\n", to: "m/测验.md", in: folder)
            try FixturePaths.write("# 第二课\n\n正文。\n\n## 小练习\n\n- [x] 会了\n- [ ] 没会\n", to: "m/02-练习.md", in: folder)
            try FixturePaths.write("# 准备\n\n开店前准备好：\n\n- [ ] 身份证\n- [x] 银行卡\n", to: "m/03-准备.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("m")
            #expect(course.diagnostics.map { "\($0.file) \($0.code.rawValue)" } == [
                "m/02-练习.md lesson-looks-like-quiz", "m/测验.md lesson-looks-like-quiz",
            ])
            #expect(course.modules.first?.lessons.first?.check?.questions.count == 1)
        }
    }

    // MARK: - Full-width colons

    @Test func everyFullWidthColonIsReportedInsteadOfTheParsersEnglish() throws {
        var report = FileReport(file: "m/module.md")
        let role = try #require(FileRole(fileName: "module.md"))
        _ = FileParser().parse(text: "---\ntitle：开店\nsummary: 注意：先实名\nlevel：basic\n---\n", role: role, report: &report)
        #expect(report.diagnostics.map { $0.formatted() } == [
            "m/module.md:2:6: error: 把全角冒号“：”改成半角“:”，冒号后面空一格：开头的设置要写成“键: 值”",
            "m/module.md:4:6: error: 把全角冒号“：”改成半角“:”，冒号后面空一格：开头的设置要写成“键: 值”",
        ])
    }

    // MARK: - A flood of unknown keys

    /// A pasted configuration of hundreds of keys lists the first 20 and counts the rest in one
    /// finding, so the other findings of the course are not buried.
    @Test func unknownKeysPastTheFirstTwentyAreCountedInOneFinding() throws {
        var report = FileReport(file: "m/module.md")
        let role = try #require(FileRole(fileName: "module.md"))
        let keys = (1...300).map { "setting\($0): \($0)" }.joined(separator: "\n")
        _ = FileParser().parse(text: "---\ntitle: 开店\n\(keys)\n---\n", role: role, report: &report)
        let lines = report.diagnostics.map { $0.formatted() }
        #expect(lines.count == 21)
        #expect(lines.first == "m/module.md:3:1: warning: 不认识的设置 `setting1`，会被忽略：请检查拼写")
        #expect(lines.last == "m/module.md:23:1: warning: 从这里起还有 280 个不认识的设置，都会被忽略，不再一一列出：请检查这个文件的设置是不是写错了地方")
        #expect(report.diagnostics.allSatisfy { $0.code == .unknownKey && $0.severity == .warning })
        #expect(report.diagnostics.last?.formatted(in: .english)
            == "m/module.md:23:1: warning: 280 more unknown keys from here on are ignored and not listed one by one: check whether this file's settings are in the right place")
    }

    @Test func twentyUnknownKeysAreEachListed() throws {
        var report = FileReport(file: "m/module.md")
        let role = try #require(FileRole(fileName: "module.md"))
        let keys = (1...20).map { "setting\($0): \($0)" }.joined(separator: "\n")
        _ = FileParser().parse(text: "---\ntitle: 开店\n\(keys)\n---\n", role: role, report: &report)
        #expect(report.diagnostics.count == 20)
        #expect(report.diagnostics.allSatisfy { if case .unknownKey = $0.problem { true } else { false } })
    }

    // MARK: - Near-miss file names

    @Test(arguments: [
        ("02-二.md.txt", "02-二.md", Diagnostic.MisnamedFileReason.extraExtension(".txt")),
        ("quiz.MD.bak", "quiz.MD", .extraExtension(".bak")),
        ("02-二.markdown", "02-二.md", .otherMarkdownExtension),
        ("02-二．md", "02-二.md", .fullWidthExtension),
        ("02-二。md", "02-二.md", .fullWidthExtension),
        ("02-二.ｍｄ", "02-二.md", .fullWidthExtension),
        ("02-二.md ", "02-二.md", .blanksAfterExtension),
        ("02-二.txt", "02-二.md", .textFile),
        ("01-a.quiz.txt", "01-a.quiz.md", .textFile),
        ("quiz.docx", "quiz.md", .wordDocument),
    ])
    func nearMissNamesSayWhatToCallThem(name: String, suggestion: String, reason: Diagnostic.MisnamedFileReason) {
        let found = MisnamedFile.check(name)
        #expect(found?.suggestion == suggestion)
        #expect(found?.reason == reason)
    }

    @Test(arguments: ["notes.txt", "IMG_0001.JPG", "01-a.md", "01-a.md~", ".02-二.md.txt", "封面.png", "说明.docx"])
    func otherFilesAreNoNearMiss(name: String) {
        #expect(MisnamedFile.check(name) == nil)
    }

    @Test func nearMissFilesAreListedByTheValidatorEvenInAFolderWithNothingElse() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 开店\n---\n", to: "course/01-shop/module.md", in: folder)
            try FixturePaths.write("# 二\n\n正文。\n", to: "course/01-shop/02-二.md.txt", in: folder)
            try FixturePaths.write("---\ntitle: 上架\n---\n", to: "course/02-list/module.md.txt", in: folder)
            try FixturePaths.write("x", to: "course/images/01-a.png", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("course")
            #expect(course.diagnostics.map { "\($0.file) \($0.code.rawValue)" } == [
                "course/01-shop/02-二.md.txt misnamed-file",
                "course/02-list/module.md missing-module-file",
                "course/02-list/module.md.txt misnamed-file",
            ])
        }
    }

    // MARK: - Translations

    @Test func translationNamesTheQuestionItLacksAndWhere() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 开店\n---\n", to: "m/module.md", in: folder)
            try FixturePaths.write("## 第一题\n\n1. [x] 对\n1. [ ] 错\n\n## 第二题\n\n- [x] 对\n- [ ] 错\n\n## 第三题\n\n1. 一\n2. 二\n",
                                   to: "m/quiz.md", in: folder)
            try FixturePaths.write("## One\n\n1. [x] Right\n1. [ ] Wrong\n\n## Three\n\n1. One\n2. Two\n", to: "m/quiz.en.md", in: folder)
            try FixturePaths.write("## Eins\n\n1. [x] Ja\n1. [ ] Nein\n\n## Zwei\n\n- [x] Ja\n- [ ] Nein\n\n## Extra\n\n- [x] A\n- [x] B\n- [ ] C\n\n## Drei\n\n1. A\n2. B\n",
                                   to: "m/quiz.de.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("m")
            #expect(course.diagnostics.map { $0.formatted() } == [
                "m/quiz.de.md:1:1: error: 翻译有 4 道题，原文有 3 道：翻译要和原文一题一题对应",
                "m/quiz.de.md:11:1: error: 翻译的第 3 题“Extra”在原文里没有对应的题：请删掉它，或先在原文里加上这道题",
                "m/quiz.en.md:1:1: error: 翻译有 2 道题，原文有 3 道：翻译要和原文一题一题对应",
                "m/quiz.en.md:6:1: error: 翻译里少了原文的第 2 题“第二题”（原文第 6 行）：请补上这道题的翻译",
            ])
        }
    }
}
