import Testing
@testable import LessonKit

/// Loading the good example course: modules, lessons, translations, checks and the module quiz.
struct CourseLoadingTests {
    let course = CourseLoader(workingDirectory: FixturePaths.root).load("GoodCourse")

    private var registration: Module? { course.module(id: "platform-registration") }

    @Test func loadsWithoutFindings() {
        #expect(course.diagnostics.map { $0.formatted() } == [])
        #expect(course.skippedFiles.isEmpty)
        #expect(course.modules.map(\.id) == ["platform-registration", "listing"])
        #expect(course.lessonCount == 3)
        #expect(course.questionCount == 5)
    }

    @Test func moduleFrontMatterAndTranslation() throws {
        let module = try #require(registration)
        #expect(module.folderName == "01-platform-registration")
        #expect(module.path == "GoodCourse/01-platform-registration")
        #expect(module.level == .basic)
        #expect(module.language == .simplifiedChinese)
        #expect(module.title.value(for: .simplifiedChinese) == "开网店第一步")
        #expect(module.title.value(for: .english) == "Opening a shop")
        #expect(module.title.value(for: try #require(LanguageTag("zh"))) == "开网店第一步")
        #expect(module.title.value(for: try #require(LanguageTag("fr"))) == "开网店第一步")
        #expect(module.summary.value(for: .english) == "Choose a platform, verify your name, open the shop")
        #expect(module.introduction.original.blocks == [Block(.paragraph([.text("这个单元讲怎样在平台上开一家自己的店。")]), line: 7)])
        #expect(module.content.original.sourcePath == "GoodCourse/01-platform-registration/module.md")

        let listing = try #require(course.module(id: "listing"))
        #expect(listing.level == .growth)
        #expect(listing.requires == ["platform-registration"])
        #expect(listing.content.translations.isEmpty)
    }

    @Test func lessonsInFileNameOrderWithTitlesAndMinutes() throws {
        let lessons = try #require(registration?.lessons)
        #expect(lessons.map(\.id) == ["01-choose-a-platform", "02-real-name-verification"])
        #expect(lessons.map(\.qualifiedID) == ["platform-registration/01-choose-a-platform",
                                               "platform-registration/02-real-name-verification"])
        #expect(lessons[0].title.original == "选一个平台")
        #expect(lessons[0].title.value(for: .english) == "Choose a platform")
        #expect(lessons[0].content.original.minutes == 5)
        #expect(lessons[0].content.value(for: .english).minutes == 5)
        // No front matter: the title is the first heading.
        #expect(lessons[1].title.original == "实名认证")
        #expect(lessons[1].content.original.minutes == nil)
        #expect(course.module(id: "listing")?.lessons.first?.title.original == "写好商品标题")
    }

    @Test func lessonBodyKeepsEveryBlockKindWithFileLines() throws {
        let body = try #require(registration?.lessons.first?.body.original)
        #expect(body.blocks == [
            Block(.heading(level: 1, content: [.text("选一个平台")]), line: 6),
            Block(.paragraph([.text("淘宝、拼多多、抖店都可以"), .strong([.text("免费")]), .text("开店。")]), line: 8),
            Block(.list(ListBlock(isOrdered: false, items: [
                ListItem(blocks: [Block(.paragraph([.text("淘宝：要一个实名认证的支付宝账号")]), line: 10)], line: 10),
                ListItem(blocks: [Block(.paragraph([.text("拼多多：个人店不用营业执照")]), line: 11)], line: 11),
            ])), line: 10),
        ])
    }

    @Test func checkQuizWithTranslatedMessages() throws {
        let check = try #require(registration?.lessons.first?.check)
        #expect(check.id == "platform-registration/01-choose-a-platform.quiz")
        #expect(check.options.passingGrade == 100)
        #expect(check.messages.original == QuizMessages(pass: "答对了！"))
        #expect(check.messages.value(for: .english) == QuizMessages(pass: "Well done!"))
        #expect(check.languages == [.simplifiedChinese, .english])
        let question = try #require(check.questions.first)
        #expect(question.id == "platform-registration/01-choose-a-platform.quiz#淘宝开店要先做什么？")
        #expect(question.kind == .single)
        let english = question.content.value(for: .english)
        #expect(english.headingText == "What comes first when opening a Taobao shop?")
        #expect(english.answers.map(\.isCorrect) == [false, true, false])
        #expect(english.answers[1].comment?.plainText == "Right. Taobao needs a verified Alipay account first.")
        #expect(english.hint?.plainText == "Hint: the platform must know who you are.")
        #expect(course.module(id: "listing")?.lessons.first?.check == nil)
    }

    @Test func moduleQuizHasEveryQuestionKind() throws {
        let quiz = try #require(registration?.quiz)
        #expect(quiz.id == "platform-registration/quiz")
        #expect(quiz.options == QuizOptions(shuffleAnswers: true, shuffleQuestions: true, questionsPerAttempt: 3,
                                            passingGrade: 80, enableRetry: true))
        #expect(quiz.messages.original == QuizMessages(fail: "再读一遍课文，然后再试。"))
        #expect(quiz.messages.value(for: .english) == QuizMessages(fail: "Read the lesson again, then retry."))
        #expect(quiz.questions.map(\.kind) == [.single, .multiple, .ordering, .single])
        #expect(quiz.questions.map(\.line) == [9, 18, 27, 34])
        #expect(quiz.questions.map(\.id) == [
            "platform-registration/quiz#开淘宝店，第一步要做什么？",
            "platform-registration/quiz#下面哪些话不能在直播里说？（可多选）",
            "platform-registration/quiz#请排好发货的顺序",
            "platform-registration/quiz#一箱 10 斤，每斤 $a*b$ 元，共多少元？",
        ])
        // The options block belongs to question 2 and is not read as a heading or a rule.
        #expect(quiz.questions.map(\.shuffleAnswers) == [nil, false, nil, nil])
        #expect(quiz.questions[1].shufflesAnswers(in: quiz.options) == false)
        #expect(quiz.questions[0].shufflesAnswers(in: quiz.options) == true)
        let first = quiz.questions[0].content.original
        #expect(first.hint?.plainText == "提示：平台要先知道你是谁。")
        #expect(first.answers.map(\.plainText) == ["先进货", "用支付宝完成实名认证", "先开直播"])
        #expect(first.answers.map { $0.comment != nil } == [false, true, false])
        let multiple = quiz.questions[1].content.original
        #expect(multiple.answers.map(\.isCorrect) == [true, true, false])
        let ordering = quiz.questions[2].content.original
        #expect(ordering.answers.map(\.plainText) == ["核对订单和地址", "打包称重、拍照留证", "填写快递单号", "跟踪物流直到签收"])
        #expect(ordering.answers.allSatisfy { $0.isCorrect })
        let math = quiz.questions[3].content.original
        #expect(math.body.blocks == [Block(.codeBlock(info: "text", text: "总价 = 10 × 单价\n"), line: 36)])
        #expect(math.answers.map(\.text) == [[.text("$10 \\times a*b$")], [.text("$a_1 + b_1$")]])
        // Every translation has the same shape.
        for question in quiz.questions {
            let english = question.content.value(for: .english)
            #expect(english.answers.map(\.isCorrect) == question.content.original.answers.map(\.isCorrect))
            #expect(english.headingText != question.content.original.headingText)
        }
    }

    @Test func singleModuleFolderLoadsOnItsOwn() throws {
        let single = CourseLoader(workingDirectory: FixturePaths.root + "/GoodCourse").load("01-platform-registration/")
        #expect(single.diagnostics.isEmpty)
        let module = try #require(single.modules.first)
        #expect(single.modules.count == 1)
        #expect(module.id == "platform-registration")
        #expect(module.path == "01-platform-registration")
        #expect(module.lessons.first?.content.original.sourcePath == "01-platform-registration/01-choose-a-platform.md")
    }

    @Test func dotGivesTheFolderItsRealName() throws {
        let single = CourseLoader(workingDirectory: FixturePaths.root + "/GoodCourse/01-platform-registration").load(".")
        let module = try #require(single.modules.first)
        #expect(module.folderName == "01-platform-registration")
        #expect(module.id == "platform-registration")
        #expect(module.lessons.first?.content.original.sourcePath == "./01-choose-a-platform.md")
    }

    @Test func twoPathsLoadTogetherSoRequiresAcrossThemResolve() {
        let root = FixturePaths.root + "/GoodCourse"
        let both = CourseLoader(workingDirectory: root).load(["02-listing-products", "01-platform-registration"])
        #expect(both.diagnostics.isEmpty)
        #expect(both.modules.map(\.id) == ["listing", "platform-registration"])
    }

    @Test func brokenFilesAreSkippedAndTheRestLoads() throws {
        let course = CourseLoader(workingDirectory: FixturePaths.root + "/Diagnostics")
            .load(["single-choice-correct-count", "wrong-type", "missing-module-file"])
        // Question-level errors skip the question only.
        let quiz = try #require(course.module(id: "single-choice-correct-count")?.quiz)
        #expect(quiz.questions.map(\.content.original.headingText) == ["好题"])
        #expect(course.skippedFiles.map(\.path) == [
            "single-choice-correct-count/quiz.md", "single-choice-correct-count/quiz.md",
            "wrong-type/01-lesson.md", "wrong-type/module.md", "missing-module-file/01-a/module.md",
        ])
        #expect(course.skippedFiles.map(\.questionHeading) == ["两个对的单选题", "没有对的单选题", nil, nil, nil])
        #expect(course.skippedFiles.allSatisfy { !$0.reasons.isEmpty })
        // A module whose module.md has an error is left out; a good sibling still loads.
        #expect(course.modules.map(\.id) == ["single-choice-correct-count", "b"])
    }
}
