import Foundation
import Testing
import LessonKit
import ProgressKit
import TerminalKit
@testable import CunxueApp

@Suite("Learner flows")
struct FlowTests {
    @Test func newLearnerWithoutPIN() {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary)
        s.keys(.enter)  // the only row: new learner
        guard case .newLearner = s.route else { Issue.record("not on the new learner form"); return }
        s.type("王芳L?q")   // letters are text here, not commands
        s.keys(.backspace, .backspace, .backspace)
        #expect(s.overlay == nil && s.language == .zh)
        s.keys(.enter)
        let effects = s.keys(.enter)  // no PIN
        #expect(effects == [.createLearner(name: "王芳", pin: nil)])
    }

    @Test func newLearnerWithPINTypedTwice() {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary)
        s.keys(.enter)  // the only row: new learner (letters do nothing on sign-in)
        s.type("Li Wei")
        s.keys(.enter)
        s.type("1234")
        s.keys(.enter)
        s.type("1235")
        s.keys(.enter)
        guard case .newLearner(let form) = s.route else { Issue.record("left the form"); return }
        #expect(form.step == .pin && form.problem != nil)
        s.type("1234")
        s.keys(.enter)
        s.type("1234")
        #expect(s.keys(.enter) == [.createLearner(name: "Li Wei", pin: "1234")])
    }

    @Test func emptyNameIsRefused() {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary)
        s.keys(.enter, .character(" "), .enter)
        guard case .newLearner(let form) = s.route else { Issue.record("left the form"); return }
        #expect(form.step == .name)
        #expect(form.problem?.zh == Strings(.zh).nameEmpty)
    }

    @Test func learnerWithPINGoesToPINEntryAndWrongPINWaits() {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary,
                         learners: [LearnerSummary(id: "a1", name: "王芳", hasPIN: true, lastActive: nil)])
        s.keys(.character("1"))
        guard case .pinEntry = s.route else { Issue.record("no PIN entry"); return }
        s.type("12")
        #expect(s.keys(.enter).isEmpty)  // too short
        s.type("34")
        #expect(s.keys(.enter) == [.checkPIN(learnerID: "a1", pin: "1234")])
        _ = s.update(.pinChecked(learnerID: "a1", correct: false, failures: 3, waitUntil: testNow.addingTimeInterval(4)))
        #expect(renderScreen(s).text.contains("请等 4 秒再试"))
        _ = s.update(.tick(testNow.addingTimeInterval(5)))
        s.type("1234")
        #expect(s.keys(.enter) == [.checkPIN(learnerID: "a1", pin: "1234")])
        #expect(s.update(.pinChecked(learnerID: "a1", correct: true, failures: 0, waitUntil: nil)) == [.signIn(learnerID: "a1")])
    }

    @Test func signedInLearnerGetsTheirLanguage() {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary)
        var record = makeRecord()
        record.learner.preferredLanguage = "en"
        let effects = s.update(.signedIn(record, warnings: []))
        #expect(s.language == .en)
        guard case .home = s.route else { Issue.record("not home"); return }
        #expect(effects.count == 1)  // last active saved
    }

    @Test func languageSwitchIsKeptPerLearner() {
        var s = signedInState()
        let effects = s.keys(.character("L"))
        #expect(s.record?.learner.preferredLanguage == "en")
        guard case .save(let saved) = effects.first else { Issue.record("not saved"); return }
        #expect(saved.learner.preferredLanguage == "en")
    }

    @Test func readingToTheEndMarksTheLessonAndOpensItsCheck() throws {
        var s = signedInState()
        s.keys(.enter)  // "start here": first lesson of the first module
        guard case .reader(let reader) = s.route else { Issue.record("not reading"); return }
        let key = LessonKey(moduleID: reader.moduleID, lessonID: reader.lessonID)
        #expect(s.record?.readingState(key).isOpened == true)
        #expect(s.record?.readingState(key).isFinished == false)
        _ = s.update(.tick(testNow.addingTimeInterval(120)))
        let effects = s.keys(.end)
        #expect(s.record?.readingState(key).isFinished == true)
        #expect(effects.count == 1)
        s.keys(.enter)
        let session = try #require(s.quizSession)
        guard case .quiz(_, _, let lessonID, let attemptID) = session.mode else { Issue.record("not a quiz"); return }
        #expect(lessonID == reader.lessonID)
        #expect(s.record?.attempt(id: attemptID) != nil)
        #expect(s.record?.readingState(key).secondsSpent == 120)
    }

    @Test func resumePositionIsKept() {
        var s = signedInState()
        s.keys(.enter, .pageDown)
        guard case .reader(let first) = s.route else { Issue.record("not reading"); return }
        #expect(first.scroll > 0)
        s.keys(.escape)
        guard case .module = s.route else { Issue.record("not back on the module page"); return }
        s.keys(.enter)  // the same lesson is highlighted
        guard case .reader(let again) = s.route else { Issue.record("not reading"); return }
        #expect(again.lessonID == first.lessonID)
        #expect(again.scroll == first.scroll)
    }

    @Test func resizeKeepsTheReadingPlace() throws {
        var s = signedInState()
        s.keys(.enter, .pageDown)
        let before = try #require(s.readerState)
        _ = s.update(.input(.resize(Size(width: 120, height: 40))))
        let after = try #require(s.readerState, "left the reader")
        #expect(after.layoutWidth == Chrome.readableWidth)  // a readable measure, not 116 columns
        #expect(before.scroll > 0 && after.scroll > 0)
        let firstShown = after.lines[after.scroll...].map { $0.text.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? "?"
        #expect(renderScreen(s).text.contains(firstShown))
    }

    @Test func wrongAnswersGoIntoTheNotebookAndComeBackTomorrow() throws {
        var s = signedInState()
        s.keys(.character("1"))        // module 00 (modules keep their numbers)
        s.keys(.end, .enter)           // its module quiz
        let session = try #require(s.quizSession)
        let firstID = try #require(session.current?.questionID)
        s.answer(correctly: false)
        guard case .quiz(let feedback) = s.route, case .feedback(correct: false, _) = feedback.phase else {
            Issue.record("no feedback"); return
        }
        #expect(renderScreen(s).text.contains("答错了"))
        #expect(s.record?.notebook.entry(for: firstID)?.box == 1)
        s.keys(.enter)
        while let current = s.quizSession, current.index < current.items.count {
            s.answer(correctly: true)
            s.keys(.enter)
            if s.quizSession == nil { break }
        }
        guard case .results(let result) = s.route else { Issue.record("no results"); return }
        #expect(result.scorePercent < 100)
        #expect(result.session.outcomes.filter { !$0.correct }.count == 1)
        #expect(renderScreen(s).text.contains("答错的题"))
        // Not due today, due tomorrow.
        #expect(s.dueReviewEntries.isEmpty)
        s.lastInputAt = testNow.addingTimeInterval(86_400)  // the learner is still at the keyboard
        _ = s.update(.tick(testNow.addingTimeInterval(86_400)))
        #expect(s.dueReviewEntries.map(\.questionID) == [firstID])
    }

    @Test func reviewMovesAQuestionUpABox() throws {
        var s = signedInState()
        s.keys(.character("1"), .end, .enter)
        let id = try #require(s.quizSession?.current?.questionID)
        s.answer(correctly: false)
        s.keys(.escape)  // leave the quiz; the answer stays saved
        s.keys(.escape)  // home
        s.lastInputAt = testNow.addingTimeInterval(86_400 + 3600)
        _ = s.update(.tick(testNow.addingTimeInterval(86_400 + 3600)))
        let rows = s.homeRows
        let notebookRow = try #require(rows.firstIndex { if case .notebook(count: 1, due: 1) = $0 { true } else { false } })
        s.keys(.home)
        for _ in 0..<notebookRow { s.keys(.down) }
        s.keys(.enter)              // the notebook
        s.keys(.enter)              // its first row: today's review
        #expect(s.quizSession?.mode == .review)
        s.answer(correctly: true)
        #expect(s.record?.notebook.entry(for: id)?.box == 2)
        s.keys(.enter)
        guard case .notebook = s.route else { Issue.record("not back in the notebook after the round"); return }
        #expect(s.notice?.zh == Strings(.zh).notebookRoundDone(right: 1, of: 1))
    }

    @Test func retryStartsANewAttempt() throws {
        var s = signedInState()
        s.keys(.character("1"), .end, .enter)
        while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
        guard case .results(let result) = s.route else { Issue.record("no results"); return }
        #expect(result.passed && result.scorePercent == 100)
        s.keys(.character("1"))   // try again (R is left for reading aloud)
        let again = try #require(s.quizSession)
        let attemptID = try #require(again.mode.attemptID)
        let firstID = try #require(result.session.mode.attemptID)
        #expect(attemptID != firstID)
        #expect(s.record?.attempts.count == 2)
    }

    @Test func everyAnswerIsSavedAtOnce() throws {
        var s = signedInState()
        s.keys(.character("1"), .end, .enter)
        s.answer(correctly: true)
        let session = try #require(s.quizSession)
        let attemptID = try #require(session.mode.attemptID)
        #expect(s.record?.attempt(id: attemptID)?.answers.count == 1)
    }

    @Test func orderingUndoAndChooseAll() throws {
        var s = signedInState()
        s.keys(.character("1"), .end, .enter)
        // Walk to an ordering question.
        while let session = s.quizSession, let item = session.current, s.question(item)?.kind != .ordering {
            s.answer(correctly: true); s.keys(.enter)
        }
        let session = try #require(s.quizSession)
        s.keys(.character("1"), .character("2"))
        #expect(s.quizSession?.picked == [0, 1])
        s.keys(.backspace)
        #expect(s.quizSession?.picked == [0])
        #expect(s.keys(.enter).isEmpty)  // not all placed
        #expect(s.notice?.zh == Strings(.zh).pickAllFirst)
        _ = session
    }

    @Test func idleSignOutAfterTenMinutes() {
        var s = signedInState()
        s.keys(.enter)
        _ = s.update(.tick(testNow.addingTimeInterval(9 * 60)))
        #expect(s.record != nil)
        let effects = s.update(.tick(testNow.addingTimeInterval(10 * 60 + 1)))
        #expect(s.record == nil)
        #expect(s.route == .signIn(SignInState()))
        #expect(effects.contains(.signOut(learnerID: "wangfang01")))
        #expect(effects.contains(.loadLearners))
        guard case .save(let saved) = effects.first else { Issue.record("not saved first"); return }
        // Reading time is capped at the idle limit.
        #expect(saved.reading.values.first?.secondsSpent == 600)
        #expect(renderScreen(s).text.contains("自动退出登录"))
    }

    @Test func escOnHomeAsksBeforeSigningOut() {
        var s = signedInState()
        #expect(s.keys(.escape).isEmpty)
        #expect(s.overlay == .confirmSignOut)
        s.keys(.enter)                        // an Enter habit stays
        #expect(s.overlay == nil && s.record != nil)
        s.keys(.escape, .escape)              // so does Esc
        #expect(s.overlay == nil && s.record != nil)
        s.keys(.escape)
        let effects = s.keys(.character("1"))
        #expect(s.route == .signIn(SignInState()))
        #expect(effects.contains(.signOut(learnerID: "wangfang01")))
    }

    @Test func clickOnAModuleOpensIt() {
        var s = signedInState()
        let screen = renderScreen(s)
        let row = screen.lines.firstIndex { $0.contains("商品上架") } ?? 0
        _ = s.update(.input(.mouse(.click, Point(x: 10, y: row))))
        guard case .module(let page) = s.route else { Issue.record("module not opened"); return }
        #expect(page.moduleID == "listing-products")
    }

    @Test func quizWithoutRetryRefusesIt() throws {
        let question = Question(id: "m/quiz#q", kind: .single,
                                content: Localized(originalLanguage: .simplifiedChinese, original: QuestionContent(
                                    heading: [.text("问题")],
                                    answers: [LessonKit.Answer(text: [.text("对")], isCorrect: true),
                                              LessonKit.Answer(text: [.text("错")], isCorrect: false)])),
                                line: 1)
        var options = QuizOptions()
        options.enableRetry = false
        let quiz = Quiz(id: "m/quiz", options: options, questions: [question],
                        messages: Localized(originalLanguage: .simplifiedChinese, original: QuizMessages()))
        let module = Module(id: "m", folderName: "m", path: "m", level: .basic, requires: [], language: .simplifiedChinese,
                            content: Localized(originalLanguage: .simplifiedChinese, original: ModuleContent(title: "测试", sourcePath: "m/module.md")),
                            lessons: [], quiz: quiz)
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow,
                         library: Library(Course(modules: [module])), calendar: utcCalendar, seed: 7)
        _ = s.update(.signedIn(makeRecord(), warnings: []))
        s.keys(.character("1"), .enter)   // the module (number 1), then its quiz
        s.answer(correctly: true)
        s.keys(.enter)
        guard case .results = s.route else { Issue.record("no results"); return }
        #expect(!renderScreen(s).text.contains("再做一次"))
        s.keys(.character("1"))
        guard case .results = s.route else { Issue.record("retried"); return }
        #expect(s.notice?.zh == Strings(.zh).noRetry)
    }
}
