import Foundation
import Testing
import LessonKit
import ProgressKit
import TerminalKit
@testable import CunxueApp

/// The learner's path away from the straight line (issue 13): what is on screen is never lost,
/// "继续学习" goes to the next unfinished step, the mistake notebook works on day one, names and
/// numbers stay what a person thinks they are, and nothing ends without being asked for.
@Suite("Learner path")
struct LearnerPathTests {
    /// 王芳 in the first lesson's check, at its second question (choose all), with answers 1
    /// and 3 ticked.
    private func halfwayThroughTheFirstCheck() throws -> (state: AppState, session: QuizSession) {
        var s = signedInState()
        s.keys(.enter, .end, .enter)          // "start here": lesson 1, its end, its check
        s.answer(correctly: true)
        s.keys(.enter)
        s.keys(.character("1"), .character("3"))
        let session = try #require(s.quizSession)
        #expect(session.index == 1 && session.ticked == [0, 2])
        return (s, session)
    }

    /// The record as last saved by `effects`.
    private func lastSaved(_ effects: [Effect]) throws -> LearnerRecord {
        let saves = effects.compactMap { effect -> LearnerRecord? in
            if case .save(let record) = effect { return record }
            return nil
        }
        return try #require(saves.last)
    }

    /// A fresh app (another start, after a power cut) with `record` signed in.
    private func signedInAgain(_ record: LearnerRecord) -> AppState {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow.addingTimeInterval(3600),
                         library: bundledLibrary, calendar: utcCalendar, seed: 99)
        _ = s.update(.signedIn(record, warnings: []))
        return s
    }

    private func expectResumed(_ s: AppState, like before: QuizSession) throws {
        let resumed = try #require(s.quizSession)
        #expect(resumed.mode == before.mode)
        #expect(resumed.items == before.items)    // the same questions, the same answer order
        #expect(resumed.index == before.index)
        #expect(resumed.ticked == before.ticked)
        #expect(resumed.outcomes == before.outcomes)
    }

    // MARK: - 1. Nothing on screen is lost

    @Test func escAndContinueResumeTheCheckWithItsTicks() throws {
        var (s, before) = try halfwayThroughTheFirstCheck()
        s.keys(.escape, .escape)              // the module page, then home
        guard case .resume(.resumeQuiz(_, _, let lessonID?)) = try #require(s.homeRows.first) else {
            Issue.record("the first row is not the unfinished check: \(s.homeRows)"); return
        }
        #expect(lessonID == "01-keys")
        #expect(renderScreen(s).text.contains("继续小练习：按键和鼠标（第 2 题）"))
        s.keys(.home, .enter)
        try expectResumed(s, like: before)
    }

    @Test("a power cut, Ctrl-C or an idle sign-out keeps the check as it was", arguments: ["power", "control-c", "idle"])
    func leavingAnyWayKeepsTheCheck(how: String) throws {
        var (s, before) = try halfwayThroughTheFirstCheck()
        let saved: LearnerRecord
        switch how {
        case "power": saved = try #require(s.record)   // what the last save wrote
        case "control-c": saved = try lastSaved(s.keys(.control("c")))
        default: saved = try lastSaved(s.update(.tick(testNow.addingTimeInterval(3600))))
        }
        var again = signedInAgain(saved)
        again.keys(.enter)                       // 继续学习
        try expectResumed(again, like: before)
    }

    @Test func aCheckWhoseQuestionsWereAllAnsweredGoesStraightToItsResults() throws {
        var s = signedInState()
        s.keys(.enter, .end, .enter)
        s.answer(correctly: true)
        s.keys(.enter)
        s.answer(correctly: true)                 // the last answer is saved; its feedback shows
        var again = signedInAgain(try #require(s.record))
        again.keys(.enter)
        guard case .results(let result) = again.route else { Issue.record("no results: \(again.route)"); return }
        #expect(result.passed && result.scorePercent == 100)
    }

    @Test func continueNeverGoesBackToAFinishedLesson() throws {
        var s = signedInState()
        s.keys(.enter, .end, .enter)
        while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
        guard case .results = s.route else { Issue.record("no results"); return }
        s.keys(.escape, .escape)                 // module page, home
        #expect(s.homeRows.first == .resume(.read(moduleID: "how-to-use", lessonID: "02-reading")))
        #expect(renderScreen(s).text.contains("继续学习：怎么用村学 · 读课文"))
    }

    @Test func afterTheLessonsTheModuleQuizThenTheNextModule() throws {
        var s = signedInState()
        for _ in 0..<3 {                         // each lesson, then its check, passed
            s.keys(.home, .enter, .end, .enter)
            while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
            s.keys(.escape, .escape)
        }
        #expect(s.homeRows.first == .resume(.moduleQuiz(moduleID: "how-to-use")))
        s.keys(.home, .enter)
        while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
        #expect(renderScreen(s).text.contains("下一步：学“开网店：平台注册”"))
        s.keys(.enter)                           // home
        #expect(s.homeRows.first == .resume(.read(moduleID: "platform-registration", lessonID: "01-choose-a-platform")))
        #expect(renderScreen(s).text.contains("下一个单元：开网店：平台注册 · 选一个平台"))
    }

    @Test func retryingAfterPassingIsNotAStepToContinue() throws {
        var s = signedInState()
        s.keys(.enter, .end, .enter)
        while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
        s.keys(.character("1"), .escape, .escape)   // a second go, left at once
        #expect(s.homeRows.first == .resume(.read(moduleID: "how-to-use", lessonID: "02-reading")))
    }

    // MARK: - 2. The mistake notebook on day one

    @Test func wrongAnswersCanBePractisedTheSameDay() throws {
        var s = signedInState()
        s.keys(.enter, .end, .enter)
        let id = try #require(s.quizSession?.current?.questionID)
        s.answer(correctly: false)
        s.keys(.escape, .escape)
        #expect(s.homeRows.contains(.notebook(count: 1, due: 0)))
        #expect(renderScreen(s).text.contains("错题本：1 道题，今天可以先练一练"))
        s.keys(.home, .down, .enter)              // past "continue", the notebook
        guard case .notebook = s.route else { Issue.record("the notebook did not open: \(s.route)"); return }
        #expect(renderScreen(s).text.contains("明天复习"))
        s.keys(.enter)
        #expect(s.quizSession?.mode == .review)
        s.answer(correctly: true)
        s.keys(.enter)
        guard case .notebook = s.route else { Issue.record("not back in the notebook: \(s.route)"); return }
        #expect(s.notice?.zh == Strings(.zh).notebookRoundDone(right: 1, of: 1))
        #expect(s.record?.notebook.entry(for: id)?.box == 1)   // practice before the day changes nothing
        #expect(renderScreen(s).text.contains("明天复习"))
    }

    // MARK: - 3. Same names

    /// The new-learner form after `typed` was entered as a name while `listed` is on the sign-in
    /// list: Enter did nothing else and the form is still at the name.
    private func nameRefused(_ typed: String, whileListed listed: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws -> AppState {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary,
                         learners: [LearnerSummary(id: "a1", name: listed, hasPIN: false, lastActive: testNow)])
        s.keys(.character("2"))                   // "new learner"
        s.type(typed)
        #expect(s.keys(.enter).isEmpty, sourceLocation: sourceLocation)
        var step: NewLearnerForm.Step?
        if case .newLearner(let form) = s.route { step = form.step }
        #expect(try #require(step, "left the form: \(s.route)", sourceLocation: sourceLocation) == .name,
                sourceLocation: sourceLocation)
        return s
    }

    /// Issue 12: a name that only looks like one on the list (another script's letters,
    /// full-width, an invisible character inside) is refused too, and says why.
    @Test("a look-alike name is refused with a suggestion", arguments: ["\u{0430}dmin", "ａｄｍｉｎ", "ad\u{200B}min"])
    func lookAlikeNameIsRefused(name: String) throws {
        let s = try nameRefused(name, whileListed: "admin")
        let text = renderScreen(s).text.replacingOccurrences(of: "\n", with: "")
        #expect(text.contains("已有的学员“admin”") || text.contains("已经有一位学员叫“admin”"))
        #expect(text.contains("admin（东头）"))
    }

    /// Issue 12: the store and the instructor's rename refuse look-alikes too (the sign-in list
    /// may be older than the folder).
    @Test func theStoreAndTheRenameRefuseLookAlikes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        let effects = StoreEffects(directory: DataDirectory(url: url), hasher: PINHasher(iterations: 1_000), clock: { testNow })
        guard case .signedIn(let admin, _)? = effects.perform(.createLearner(name: "admin", pin: nil)).first else {
            Issue.record("not added"); return
        }
        guard case .notice(let refused)? = effects.perform(.createLearner(name: "\u{0430}dmin", pin: nil)).first else {
            Issue.record("added a look-alike"); return
        }
        #expect(refused.zh.contains("看起来一样"))
        guard case .signedIn(let other, _)? = effects.perform(.createLearner(name: "王芳", pin: nil)).first else {
            Issue.record("not added"); return
        }
        let instructor = InstructorEffects(directory: DataDirectory(url: url), bundledCourse: nil, extraLessons: [])
        guard case .notice(let renamed)? = instructor.rename(other.id, to: "ａｄｍｉｎ", now: testNow).first else {
            Issue.record("no answer"); return
        }
        #expect(renamed.zh.contains("admin（东头）"))
        #expect(try LearnerStore(directory: DataDirectory(url: url)).load(id: other.id, now: testNow).record.learner.displayName == "王芳")
        // Her own name in another form is hers to take.
        _ = effects.perform(.signOut(learnerID: admin.id))
        let event = try #require(instructor.rename(admin.id, to: "Admin", now: testNow).first)
        guard case .notice(let own) = event else { Issue.record("renaming to her own name in another form: \(event)"); return }
        #expect(own.kind == .info)
    }

    @Test("a name like one on the list is refused with a suggestion", arguments: ["李叔", " 李 叔 ", "李叔 "])
    func sameNameIsRefused(name: String) throws {
        var s = try nameRefused(name, whileListed: "李叔")
        let text = renderScreen(s).text
        #expect(text.contains("已经有一位学员叫“李叔”了"))
        #expect(text.contains("李叔（东头）"))
        s.type("（东头）")
        s.keys(.enter)
        guard case .newLearner(let next) = s.route else { Issue.record("left the form"); return }
        #expect(next.step == .pin)
    }

    @Test func theStoreRefusesASameNameTheListDidNotShowYet() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        let effects = StoreEffects(directory: DataDirectory(url: url), hasher: PINHasher(iterations: 1_000), clock: { testNow })
        _ = effects.prepare()
        guard case .signedIn = effects.perform(.createLearner(name: "李叔", pin: nil)).first else {
            Issue.record("the first 李叔 was not added"); return
        }
        guard case .notice(let notice) = effects.perform(.createLearner(name: "李 叔", pin: nil)).first else {
            Issue.record("a second 李叔 was added"); return
        }
        #expect(notice.zh.contains("李叔（东头）"))
    }

    // MARK: - 5. Letters on the sign-in screen

    @Test func typingANameOnTheSignInScreenSwitchesNothingOpensNothing() {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary,
                         learners: [LearnerSummary(id: "a1", name: "李叔", hasPIN: false, lastActive: testNow)])
        s.type("lili nqi LI")
        #expect(s.language == .zh)
        #expect(s.route == .signIn(SignInState()))
        #expect(s.overlay == nil && !s.isFinished)
    }

    // MARK: - 6. Numbers that stay

    @Test func aModuleKeepsItsNumberWhateverRowsComeAbove() throws {
        var fresh = signedInState()
        fresh.keys(.character("3"))
        guard case .module(let first) = fresh.route else { Issue.record("no module"); return }
        var s = signedInState()
        s.keys(.enter, .end, .enter)
        s.answer(correctly: false)               // a notebook row appears, and a continue row
        s.keys(.escape, .escape)
        #expect(s.homeRows.count == fresh.homeRows.count + 1)
        s.keys(.character("3"))
        guard case .module(let again) = s.route else { Issue.record("no module"); return }
        #expect(again.moduleID == first.moduleID)
        #expect(first.moduleID == "listing-products")
    }

    @Test func theSmallestWindowSaysMoreModulesAreBelowAndAbove() {
        var s = signedInState(.zh, size: Size(width: 60, height: 20))
        var text = renderScreen(s).text
        #expect(text.contains("▼") && !text.contains("▲"))
        #expect(!text.contains("看懂店铺数据"))
        s.keys(.end)
        text = renderScreen(s).text
        #expect(text.contains("看懂店铺数据") && text.contains("▲"))
    }

    // MARK: - 7. Feedback she can follow

    @Test func aChooseAllWithOneMissingSaysWhichByNumber() throws {
        var (s, session) = try halfwayThroughTheFirstCheck()
        let item = try #require(session.current)
        let question = try #require(s.question(item))
        let answers = question.content.original.answers
        let right = item.order.enumerated().filter { answers[$0.element].isCorrect }.map { $0.offset + 1 }
        let ticked = [1, 3]
        s.keys(.enter)
        let text = renderScreen(s).text
        #expect(text.contains("你选了 1、3；正确答案是 \(right.map(String.init).joined(separator: "、"))。"))
        let missing = right.filter { !ticked.contains($0) }
        let extra = ticked.filter { !right.contains($0) }
        if !missing.isEmpty { #expect(text.contains("漏选了 \(missing.map(String.init).joined(separator: "、"))。")) }
        if !extra.isEmpty { #expect(text.contains("多选了 \(extra.map(String.init).joined(separator: "、"))")) }
        #expect(!missing.isEmpty || !extra.isEmpty)
    }

    @Test func theResultsSayHerChoiceAndTheRightOneForEachMiss() throws {
        var s = signedInState()
        s.keys(.enter, .end, .enter)
        let item = try #require(s.quizSession?.current)
        s.answer(correctly: false)
        guard case .quiz(let session) = s.route, case .feedback(_, let chosen) = session.phase else { Issue.record("no feedback"); return }
        let mine = (item.order.firstIndex(of: chosen[0]) ?? 0) + 1
        s.keys(.enter)
        s.answer(correctly: true)
        s.keys(.enter)
        let text = renderScreen(s).text
        #expect(text.contains("你选了 \(mine)，正确答案是"))
        #expect(text.contains("建议把这一课再读一遍：按键和鼠标"))
    }

    // MARK: - 8. Failed is not done

    @Test func theLessonListTellsReadPassedAndFailedApart() throws {
        var s = signedInState()
        s.keys(.enter, .end, .enter)              // lesson 1: check failed
        while s.quizSession != nil { s.answer(correctly: false); s.keys(.enter) }
        s.keys(.escape)
        s.keys(.down, .enter, .end, .enter)       // lesson 2: check passed
        while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
        s.keys(.escape)
        s.keys(.down, .enter, .end, .enter, .escape)  // lesson 3: read, its check left at once
        let lines = renderScreen(s).lines
        #expect(lines.contains { $0.contains("按键和鼠标") && $0.contains("✗ 小练习没通过") })
        #expect(lines.contains { $0.contains("读课文") && $0.contains("✓ 小练习通过") })
        #expect(lines.contains { $0.contains("做练习题") && $0.contains("小练习做了一半") })
    }

    @Test func aFailedModuleQuizNamesTheLessonsToReadAgain() throws {
        var s = signedInState()
        s.keys(.character("1"), .end, .enter)
        while s.quizSession != nil { s.answer(correctly: false); s.keys(.enter) }
        #expect(renderScreen(s).text.contains("建议再读：第 1 课“按键和鼠标”"))
        s.keys(.enter)
        guard case .reader(let reader) = s.route else { Issue.record("not reading: \(s.route)"); return }
        #expect(reader.lessonID == "01-keys")
    }

    // MARK: - 9. Leaving on purpose only

    @Test func theIdleSignOutWarnsThirtySecondsBeforeAndAKeyKeepsHerIn() throws {
        var s = signedInState()
        s.keys(.enter)
        _ = s.update(.tick(testNow.addingTimeInterval(9 * 60 + 29)))
        #expect(s.overlay == nil)
        _ = s.update(.tick(testNow.addingTimeInterval(9 * 60 + 31)))
        #expect(s.overlay == .idleWarning)
        #expect(renderScreen(s).text.contains("29 秒后会自动退出登录"))
        #expect(s.keys(.character("x")).isEmpty)  // the key only says "I am here"
        #expect(s.overlay == nil && s.record != nil)
        guard case .reader = s.route else { Issue.record("left the lesson"); return }
        _ = s.update(.tick(testNow.addingTimeInterval(20 * 60)))
        #expect(s.record == nil)
        #expect(renderScreen(s).text.contains("学习进度都保存好了"))
    }

    // MARK: - 10. Help for this screen

    @Test("help lists this screen's keys and closes with Space, Esc or Enter", arguments: [Key.character(" "), .escape, .enter])
    func helpIsThisScreens(close: Key) throws {
        var s = signedInState()
        s.keys(.enter, .end, .enter, .character("?"))
        var text = renderScreen(s).text
        #expect(text.contains("交上答案") && !text.contains("用这个名字进入"))
        s.keys(close)
        #expect(s.overlay == nil)
        s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary,
                     learners: [LearnerSummary(id: "a1", name: "王芳", hasPIN: true, lastActive: nil)])
        s.keys(.enter, .character("?"))
        text = renderScreen(s).text
        #expect(text.contains("输入 4 位数字密码") && !text.contains("按数字选第几项"))
        for word in ["N ", "Q ", "I ", "R "] { #expect(!text.contains(" " + word + " ")) }
    }

    // MARK: - 11 and 13. Words and punctuation

    @Test func englishScreensHaveNoChinesePunctuation() throws {
        var screens: [String] = []
        var s = signedInState(.en)
        screens.append(renderScreen(s).text)
        s.keys(.enter, .end)
        screens.append(renderScreen(s).text)
        s.keys(.enter)
        while s.quizSession != nil {
            s.answer(correctly: false)
            screens.append(renderScreen(s).text)
            s.keys(.enter)
        }
        screens.append(renderScreen(s).text)
        s.keys(.escape)
        screens.append(renderScreen(s).text)
        for text in screens {
            // Only the learner's name 王芳 is Chinese here; none of the app's punctuation is.
            for mark in ["【", "】", "、", "；", "：", "——", "，", "。", "（", "）"] {
                #expect(!text.contains(mark), "\(mark) in:\n\(text)")
            }
            #expect(!text.contains("⌫"))
        }
    }

    @Test func theReaderAndTheListSayTheSameReadingPlace() throws {
        var s = signedInState()
        s.keys(.enter, .pageDown)
        let reader = renderScreen(s).text
        let place = try #require(reader.range(of: #"读到 \d+%"#, options: .regularExpression).map { String(reader[$0]) })
        s.keys(.escape)
        #expect(renderScreen(s).text.contains(place))
        #expect(!reader.contains("1-"))
    }

    // MARK: - 14. Wide windows

    @Test func atAHundredAndTwentyColumnsTextKeepsAReadableMeasure() {
        var s = signedInState(.zh, size: Size(width: 120, height: 40))
        let home = renderScreen(s).lines
        let row = home.first { $0.contains("商品上架") } ?? ""
        let title = row.range(of: "商品上架").map { row.distance(from: row.startIndex, to: $0.upperBound) } ?? 0
        let bar = row.range(of: "░").map { row.distance(from: row.startIndex, to: $0.lowerBound) } ?? 999
        #expect(bar - title < 12, "bar far from its name: \(row)")
        s.keys(.enter, .pageDown)
        for line in renderScreen(s).lines.dropFirst(1).dropLast(1) {
            #expect(DisplayWidth.of(line.trimmingCharacters(in: .whitespaces)) <= Chrome.readableWidth)
        }
    }
}
