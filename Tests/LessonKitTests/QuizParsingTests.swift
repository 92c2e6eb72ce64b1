import Testing
@testable import LessonKit

/// quizdown rules: headings, bodies, hints, answer lists, comments, options blocks, math.
struct QuizParsingTests {
    /// Parses `text` as an original quiz file and returns the quiz and the findings' lines.
    private func parse(_ text: String, translation: Bool = false) -> (quiz: QuizFile, findings: [String]) {
        var report = FileReport(file: "quiz.md")
        let role = FileRole(fileName: translation ? "quiz.en.md" : "quiz.md")
        guard let role, case .quiz(let quiz) = FileParser().parse(text: text, role: role, report: &report) else {
            Issue.record("not parsed as a quiz")
            return (QuizFile(), [])
        }
        return (quiz, report.diagnostics.map { $0.formatted(in: .english) })
    }

    @Test func bodyHintAnswersAndCommentsGoToTheirPlaces() throws {
        let (quiz, findings) = parse("""
            ## 题目 *一*

            题干第一段。

            ```
            代码
            ```

            > 提示在答案前。

            - [x] 甲
              > 甲的说明
            - [ ] 乙

            答案后的段落。

            > 提示的第二部分。
            """)
        #expect(findings == [])
        let question = try #require(quiz.questions.first)
        #expect(question.kind == .multiple)
        #expect(question.headingText == "题目 一")
        #expect(question.content.heading == [.text("题目 "), .emphasis([.text("一")])])
        #expect(question.content.body.blocks.map(\.line) == [3, 5, 15])
        #expect(question.content.hint?.blocks.map(\.plainText) == ["提示在答案前。", "提示的第二部分。"])
        #expect(question.content.answers.map(\.plainText) == ["甲", "乙"])
        #expect(question.content.answers[0].comment?.plainText == "甲的说明")
        #expect(question.content.answers[1].comment == nil)
    }

    @Test func optionsBlockAfterBlankLinesAndSnakeCase() throws {
        let (quiz, findings) = parse("""
            # 一

            ---
            shuffle_answers: false
            ---

            1. [x] 对
            1. [ ] 错

            # 二
            ---
            shuffleAnswers: true
            ---
            1. 先
            2. 后
            """)
        #expect(findings == [])
        #expect(quiz.questions.map(\.headingText) == ["一", "二"])
        #expect(quiz.questions.map(\.shuffleAnswers) == [false, true])
        #expect(quiz.questions.map(\.kind) == [.single, .ordering])
    }

    @Test func optionsBlockErrorsBelongToTheQuestion() {
        let (quiz, findings) = parse("""
            ## 一
            ---
            shuffleAnswers: maybe
            ---

            1. [x] 对
            1. [ ] 错

            ## 二

            1. [x] 对
            1. [ ] 错
            """)
        #expect(findings == ["quiz.md:3:1: error: `shuffleAnswers` has the wrong type: expected true or false"])
        #expect(quiz.questions.map(\.hasError) == [true, false])
        #expect(!quiz.hasFileError)
    }

    @Test func aRuleInsideCodeIsNotAnOptionsBlock() {
        let (quiz, findings) = parse("""
            ## 代码题

            ```yaml
            ## 不是题目
            ---
            a: 1
            ---
            ```

            1. [x] 对
            1. [ ] 错
            """)
        #expect(findings == [])
        #expect(quiz.questions.count == 1)
        #expect(quiz.questions.first?.content.body.blocks.first?.plainText == "## 不是题目\n---\na: 1\n---\n")
    }

    @Test func mathIsShownAsWritten() {
        let (quiz, _) = parse("""
            ## 求 $x_1*y_1$ 与 $\\frac{a}{b}$

            $$
            a*b*c
            $$

            1. [x] $5 元 和 $10 元
            1. [ ] `$a*b$` 与 *强调*
            """)
        let question = quiz.questions.first
        #expect(question?.headingText == "求 $x_1*y_1$ 与 $\\frac{a}{b}$")
        #expect(question?.content.body.plainText == "$$ a*b*c $$")
        #expect(question?.content.answers.map(\.text) == [
            [.text("$5 元 和 $10 元")],
            [.code("$a*b$"), .text(" 与 "), .emphasis([.text("强调")])],
        ])
    }

    @Test func textBeforeTheFirstHeadingIsNotAQuestion() {
        let (quiz, findings) = parse("说明文字。\n\n- [x] 不是答案\n\n## 题\n\n1. 一\n2. 二\n")
        #expect(findings == [])
        #expect(quiz.questions.map(\.headingText) == ["题"])
    }

    @Test func optionsOfAQuizWithDefaults() {
        let (quiz, findings) = parse("""
            ---
            shuffleAnswers: false
            shuffle_questions: true
            n_questions: 1
            passing_grade: 0
            enableRetry: false
            locale: zh
            textColor: black
            ---
            ## 题
            1. 一
            2. 二
            """)
        #expect(findings == [])
        #expect(quiz.options == QuizOptions(shuffleAnswers: false, shuffleQuestions: true, questionsPerAttempt: 1,
                                            passingGrade: 0, enableRetry: false))
        #expect(parse("## 题\n1. 一\n2. 二\n").quiz.options == QuizOptions())
    }

    @Test(arguments: [
        ("nQuestions: 0", "quiz.md:2:1: error: `nQuestions` cannot be \"0\": expected a whole number from 1 up"),
        ("passingGrade: high", "quiz.md:2:1: error: `passingGrade` has the wrong type: expected a whole number from 0 to 100"),
        ("passingGrade: -1", "quiz.md:2:1: error: passingGrade is -1, it must be from 0 to 100: it is the percent needed to pass"),
        ("enableRetry: 1", "quiz.md:2:1: error: `enableRetry` has the wrong type: expected true or false"),
        ("customPassMsg: [a]", "quiz.md:2:1: error: `customPassMsg` has the wrong type: expected text"),
    ])
    func badQuizOptionsAreErrorsOfTheFile(option: String, finding: String) {
        let (quiz, findings) = parse("---\n\(option)\n---\n## 题\n1. 一\n2. 二\n")
        #expect(findings == [finding])
        #expect(quiz.hasFileError)
    }

    @Test func translationReadsOnlyTheMessages() {
        let (quiz, findings) = parse("""
            ---
            customFailMsg: Try again.
            shuffleQuestions: true
            primaryColor: red
            ---
            ## Q
            1. a
            2. b
            """, translation: true)
        #expect(findings == ["quiz.md:3:1: warning: `shuffleQuestions` is ignored in a translation: it is read from the original only"])
        #expect(quiz.messages == QuizMessages(fail: "Try again."))
        #expect(quiz.options == QuizOptions())
    }

    @Test func mixedBoxesCountUnboxedItemsAsWrong() {
        let (quiz, findings) = parse("## 题\n\n1. [x] 对\n1. 没有方框\n")
        #expect(findings == [])
        #expect(quiz.questions.first?.kind == .single)
        #expect(quiz.questions.first?.content.answers.map(\.isCorrect) == [true, false])
    }

    @Test func setextHeadingsStartQuestionsToo() {
        let (quiz, findings) = parse("题一\n===\n\n1. 甲\n2. 乙\n\n题二\n---\n\n- [x] 甲\n")
        #expect(findings == [])
        #expect(quiz.questions.map(\.headingText) == ["题一", "题二"])
        #expect(quiz.questions.map(\.kind) == [.ordering, .multiple])
    }
}
