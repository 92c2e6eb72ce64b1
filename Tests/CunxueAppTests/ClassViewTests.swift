import Foundation
import LessonKit
import ProgressKit
import Testing
import TerminalKit
@testable import CunxueApp

/// The instructor's class view with nine modules: groups and their order, cells that never
/// touch, full names, days ago, the learner detail with every attempt's wrong answers, the
/// worksheets and their export.
@Suite struct ClassViewTests {
    /// The fixture course plus two small modules: nine, as the bundled course has.
    static let nineModules: Library = {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let extra = CourseLoader().load(tests.appendingPathComponent("Fixtures/ExtraModules").path)
        return Library(Course(modules: bundledLibrary.modules + extra.modules, diagnostics: extra.diagnostics))
    }()

    static func day(_ daysAgo: Int) -> Date { testNow.addingTimeInterval(-86_400 * Double(daysAgo) - 3_600) }

    /// A learner record built by `build`.
    static func member(_ id: String, _ name: String, _ build: (inout LearnerRecord) -> Void = { _ in }) -> ClassMember {
        let learner = (try? Learner(id: id, displayName: name, createdAt: day(60)))!
        var record = LearnerRecord(learner: learner)
        build(&record)
        return ClassMember(summary: LearnerSummary(id: id, name: name, hasPIN: false, lastActive: record.learner.lastActiveAt), record: record)
    }

    /// Reads the first `count` lessons of module `index`, `daysAgo` days ago.
    static func read(_ record: inout LearnerRecord, module index: Int, lessons count: Int, daysAgo: Int) {
        let module = nineModules.modules[index]
        for lesson in module.lessons.prefix(count) {
            record.updateReading(LessonKey(moduleID: module.id, lessonID: lesson.id), at: day(daysAgo)) {
                $0.open(at: day(daysAgo))
                $0.finish(at: day(daysAgo))
            }
        }
    }

    /// Takes module `index`'s quiz: `right` of its questions right (the first ones), the rest wrong.
    static func quiz(_ record: inout LearnerRecord, module index: Int, right: Int, daysAgo: Int) {
        let module = nineModules.modules[index]
        guard let quiz = module.quiz else { Issue.record("module \(index) of the fixture has no quiz"); return }
        let attempt = record.startAttempt(quizID: quiz.id, moduleID: module.id, at: day(daysAgo))
        for (n, question) in quiz.questions.enumerated() {
            let answers = question.content.original.answers
            let correct = n < right
            let chosen = question.kind == .ordering
                ? (correct ? Array(answers.indices) : Array(answers.indices.reversed()))
                : [answers.indices.first { answers[$0].isCorrect == correct } ?? 0]
            try? record.record(ProgressKit.Answer(questionID: question.id, chosen: chosen, correct: correct, answeredAt: day(daysAgo)),
                               inAttempt: attempt.id, calendar: utcCalendar)
        }
        let score = Attempt.scorePercent(correct: min(right, quiz.questions.count), total: quiz.questions.count)
        try? record.finishAttempt(attempt.id, at: day(daysAgo), scorePercent: score, passed: score >= 80)
    }

    /// A rehearsal run of the fixture's scam call with `mistakes` mistakes, ended as `passed`.
    static func rehearse(_ record: inout LearnerRecord, id: String, mistakes: Int, passed: Bool?, daysAgo: Int) {
        var run = ScenarioRun(id: id, scenarioID: "safe-trading/07-scam-call.twee", moduleID: "safe-trading",
                              startedAt: day(daysAgo), start: "来电")
        for _ in 0..<mistakes { run.take(.init(passage: "答应", at: day(daysAgo)), isMistake: true, ending: nil) }
        run.take(.init(passage: "挂断", at: day(daysAgo)), isMistake: false, ending: passed)
        record.insertOrMerge(run)
        record.learner.touch(at: day(daysAgo))
    }

    static let titleSheet = "listing-products/product-title"

    /// Twenty learners, five in each group: failed, stalled, fine, never started.
    static func classOfTwenty() -> [ClassMember] {
        [
            // Failed a module quiz not yet passed.
            member("f1", "王芳（张庄村）") { read(&$0, module: 0, lessons: 3, daysAgo: 0); quiz(&$0, module: 0, right: 2, daysAgo: 2); quiz(&$0, module: 0, right: 3, daysAgo: 0) },
            member("f2", "李建国") { read(&$0, module: 1, lessons: 5, daysAgo: 1); quiz(&$0, module: 1, right: 3, daysAgo: 1) },
            member("f3", "欧阳娜娜") { quiz(&$0, module: 0, right: 1, daysAgo: 3) },
            member("f4", "Zhang Xiaoming") { read(&$0, module: 2, lessons: 2, daysAgo: 4); quiz(&$0, module: 8, right: 0, daysAgo: 4) },
            member("f5", "赵六") {
                quiz(&$0, module: 0, right: 1, daysAgo: 20); quiz(&$0, module: 0, right: 5, daysAgo: 19)  // failed, then passed: not failed
                quiz(&$0, module: 7, right: 1, daysAgo: 5)
            },
            // Stalled: nothing for a week or more, work unfinished.
            member("s1", "孙丽") { read(&$0, module: 0, lessons: 2, daysAgo: 30) },
            member("s2", "周强") { read(&$0, module: 0, lessons: 3, daysAgo: 8); quiz(&$0, module: 0, right: 5, daysAgo: 8) },
            member("s3", "吴敏") { read(&$0, module: 1, lessons: 1, daysAgo: 12) },
            member("s4", "郑大山") { rehearse(&$0, id: "r-s4", mistakes: 2, passed: false, daysAgo: 9) },
            member("s5", "冯小红") { read(&$0, module: 3, lessons: 4, daysAgo: 15) },
            // Fine: active this week.
            member("g1", "陈静") {
                read(&$0, module: 0, lessons: 3, daysAgo: 2); quiz(&$0, module: 0, right: 5, daysAgo: 2)
                read(&$0, module: 1, lessons: 5, daysAgo: 1); quiz(&$0, module: 1, right: 9, daysAgo: 1)
                rehearse(&$0, id: "r-g1a", mistakes: 1, passed: false, daysAgo: 1); rehearse(&$0, id: "r-g1b", mistakes: 0, passed: true, daysAgo: 0)
                $0.saveWorksheet(WorksheetAnswers(id: titleSheet, answers: ["origin": "陕西", "variety": "红心", "name": "猕猴桃", "size": "5斤装", "title": "陕西 红心猕猴桃 5斤装"],
                                                  updatedAt: day(0), finishedAt: day(0)))
            },
            member("g2", "褚卫东") { read(&$0, module: 0, lessons: 1, daysAgo: 0) },
            member("g3", "卫兰") { read(&$0, module: 2, lessons: 5, daysAgo: 1) },
            member("g4", "蒋海燕") {
                $0.saveWorksheet(WorksheetAnswers(id: titleSheet, answers: ["origin": "山东"], updatedAt: day(3)))
            },
            member("g5", "沈一鸣") { read(&$0, module: 0, lessons: 3, daysAgo: 6); quiz(&$0, module: 0, right: 5, daysAgo: 6) },
            // Never started (opening a quiz and leaving at once is not a start).
            member("n1", "韩梅梅") { _ = $0.startAttempt(quizID: nineModules.modules[0].quiz!.id, moduleID: "how-to-use", at: day(1)) },
            member("n2", "杨光"),
            member("n3", "朱小花"),
            member("n4", "秦岭"),
            member("n5", "Lisa Wang"),
        ]
    }

    /// The instructor signed in, on a terminal drawing ambiguous characters `ambiguous`.
    static func instructor(_ language: UILanguage = .zh, size: Size = Size(width: 80, height: 24),
                           ambiguous: AmbiguousWidth = .narrow) -> AppState {
        instructorSignedIn(language, size: size, library: nineModules, ambiguous: ambiguous)
    }

    /// The instructor on the class table with the class of twenty.
    static func classTable(_ language: UILanguage = .zh, size: Size = Size(width: 80, height: 24),
                           ambiguous: AmbiguousWidth = .narrow) -> AppState {
        var s = instructor(language, size: size, ambiguous: ambiguous)
        #expect(s.keys(.character("1")) == [.loadClass])
        _ = s.update(.classLoaded(classOfTwenty()))
        return s
    }

    static func state(_ s: AppState) throws -> InstructorState {
        try #require(s.instructorState, "not in instructor mode: \(s.route)")
    }

    @Test func theFixtureHasNineModules() {
        #expect(Self.nineModules.modules.count == 9)
        #expect(Self.nineModules.course.errors.isEmpty, "\(Self.nineModules.course.errors)")
    }

    // MARK: - Order

    @Test func failedFirstThenStalledThenTheOthersThenNeverStarted() throws {
        let s = try Self.state(Self.classTable())
        #expect(s.members.map(\.summary.id) == [
            "f1", "f2", "f3", "f4", "f5",   // failed: most failed attempts first (f1 twice), then by name (pinyin)
            "s1", "s5", "s3", "s4", "s2",   // stalled: longest away first
            "g4", "g2", "g5", "g3", "g1",   // the others: least progress first
            "n1", "n5", "n4", "n2", "n3",   // never started: han, lisa, qin, yang, zhu
        ])
        #expect(s.standings.map(\.group) == Array(repeating: .needsHelp, count: 10) + Array(repeating: .fine, count: 5)
            + Array(repeating: .notStarted, count: 5))
    }

    @Test func aFailThenAPassIsNotAFail() {
        let member = Self.member("x", "某人") {
            Self.quiz(&$0, module: 0, right: 1, daysAgo: 2)
            Self.quiz(&$0, module: 0, right: 5, daysAgo: 1)
        }
        let standing = LearnerStanding.of(member, library: Self.nineModules, now: testNow, calendar: utcCalendar)
        #expect(standing.failedModules.isEmpty)
        #expect(standing.group == .fine)
    }

    @Test func finishedLearnersAwayForLongAreNotStalled() {
        let member = Self.member("x", "某人") {
            for index in Self.nineModules.modules.indices {
                Self.read(&$0, module: index, lessons: 99, daysAgo: 40)
                Self.quiz(&$0, module: index, right: 99, daysAgo: 40)
            }
        }
        let standing = LearnerStanding.of(member, library: Self.nineModules, now: testNow, calendar: utcCalendar)
        #expect(standing.idleDays == 40)
        #expect(!standing.isStalled)
        #expect(standing.group == .fine)
        #expect(standing.progress == 1)
    }

    @Test func anUnreadableFileComesFirst() throws {
        var s = Self.instructor()
        s.keys(.character("1"))
        _ = s.update(.classLoaded(Self.classOfTwenty() + [ClassMember(summary: LearnerSummary(id: "bad", name: "坏文件", hasPIN: false, lastActive: nil), record: nil)]))
        let state = try Self.state(s)
        #expect(state.members.first?.summary.id == "bad")
        #expect(renderScreen(s).text.contains("坏文件"))
    }

    @Test func rehearsalsAreCountedPerScenario() {
        let member = Self.classOfTwenty().first { $0.summary.id == "g1" }!
        let count = LearnerStanding.of(member, library: Self.nineModules, now: testNow, calendar: utcCalendar).rehearsals
        #expect(count == RehearsalCount(tried: 1, passed: 1, mistakes: 1, runs: 2))
    }

    // MARK: - The table

    @Test("class table with nine modules at 80x24", arguments: UILanguage.allCases)
    func classTableSnapshot(language: UILanguage) throws {
        var s = Self.classTable(language)
        expectSnapshot(renderScreen(s), named: "class9-\(language.rawValue)")
        s.keys(.right)
        expectSnapshot(renderScreen(s), named: "class9-right-\(language.rawValue)")
        s.keys(.end)
        expectSnapshot(renderScreen(s), named: "class9-end-\(language.rawValue)")
    }

    /// No two cells run together: after a cell (`2/2`, `2/2 40`, `2/2 40✓`) comes at least two
    /// spaces before the next one, on every page of columns, in both languages and sizes, and
    /// on a terminal drawing ambiguous characters (`—`) wide, where the columns still line up.
    @Test("cells never touch", arguments: UILanguage.allCases, [Size(width: 80, height: 24), Size(width: 60, height: 20)])
    func cellsNeverTouch(language: UILanguage, size: Size) throws {
        for ambiguous in [AmbiguousWidth.narrow, .wide] {
            try cellsNeverTouch(language: language, size: size, ambiguous: ambiguous)
        }
    }

    private func cellsNeverTouch(language: UILanguage, size: Size, ambiguous: AmbiguousWidth) throws {
        var s = Self.classTable(language, size: size, ambiguous: ambiguous)
        let touching = try Regex(#"\d+/\d+(?: \d+)?[✓✗]? ?\d+/\d+"#)
        var pages = 0
        repeat {
            let text = renderScreen(s).text
            #expect(text.firstMatch(of: touching) == nil, "\(text)")
            #expect(!text.contains("…"), "a cut: \(text)")
            try Self.expectLastActiveLinedUp(text, ambiguous, language)
            pages += 1
            let before = try Self.state(s).firstModuleColumn
            s.keys(.right)
            if try Self.state(s).firstModuleColumn == before { break }
        } while pages < 20
        #expect(pages > 1)
        #expect(try Self.state(s).firstModuleColumn > 0)
        s.keys(.left, .left, .left, .left, .left, .left, .left, .left, .left)
        #expect(try Self.state(s).firstModuleColumn == 0)
    }

    /// Every learner's last active starts in the column of its header, counted as the terminal
    /// draws ambiguous characters.
    static func expectLastActiveLinedUp(_ text: String, _ ambiguous: AmbiguousWidth, _ language: UILanguage,
                                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = text.split(separator: "\n").map { String($0).replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
        let header = Strings(language).classHeaderLast
        let headerLine = try #require(lines.first { $0.hasSuffix("  " + header) }, sourceLocation: sourceLocation)
        let column = DisplayWidth.of(headerLine.dropLast(header.count), ambiguous: ambiguous)
        let rows = lines.filter { $0.contains(/\d+\/\d+/) }
        #expect(!rows.isEmpty, sourceLocation: sourceLocation)
        for row in rows {
            let start = try #require(row.range(of: "  ", options: .backwards), sourceLocation: sourceLocation).upperBound
            #expect(DisplayWidth.of(row[..<start], ambiguous: ambiguous) == column, "\(ambiguous): \(row)", sourceLocation: sourceLocation)
        }
    }

    @Test func fullNamesAndDaysAgo() throws {
        var s = Self.classTable()
        var seen = ""
        for _ in 0..<20 {
            seen += renderScreen(s).text
            s.keys(.down)
        }
        for member in Self.classOfTwenty() {
            #expect(seen.contains(member.summary.name), "\(member.summary.name) is not shown whole")
        }
        #expect(seen.contains("今天") && seen.contains("昨天") && seen.contains("30 天前"))
        #expect(!seen.contains("0d"))
    }

    @Test("a name with its village in brackets stays whole on one line at 60x20", arguments: UILanguage.allCases)
    func aNameWithItsVillageStaysWhole(language: UILanguage) throws {
        var s = Self.instructor(language, size: Size(width: 60, height: 20))
        s.keys(.character("1"))
        _ = s.update(.classLoaded([Self.member("v1", "王芳（张庄村）") { Self.read(&$0, module: 0, lessons: 1, daysAgo: 0) },
                                   Self.member("v2", "李秀英") { Self.read(&$0, module: 0, lessons: 2, daysAgo: 1) }]))
        let screen = renderScreen(s)
        expectSnapshot(screen, named: "class-60x20-village-\(language.rawValue)")
        let lines = screen.lines
        let row = try #require(lines.firstIndex { $0.contains("王芳") })
        #expect(lines[row].contains("王芳（张庄村）"), "the name is broken: \(lines[row])")
        #expect(lines[row].contains("1/"), "the row's cells are not beside the name: \(lines[row])")
        #expect(!lines[row + 1].contains("村）"))
    }

    @Test("a name too long for its column is cut with …, never broken across lines", arguments: [AmbiguousWidth.narrow, .wide])
    func aLongNameIsCutNotBroken(ambiguous: AmbiguousWidth) throws {
        var s = Self.instructor(size: Size(width: 60, height: 20), ambiguous: ambiguous)
        s.keys(.character("1"))
        let long = "欧阳娜娜（张庄村第三小组组长兼会计）"
        _ = s.update(.classLoaded([Self.member("l1", long) { Self.read(&$0, module: 0, lessons: 1, daysAgo: 0) }]))
        let lines = renderScreen(s).lines
        let index = try #require(lines.firstIndex { $0.contains("欧阳娜娜") })
        #expect(lines[index].contains("…") && !lines[index].contains(long))
        #expect(lines[index].contains("1/"), "no module cell beside the name: \(lines[index])")
        #expect(!lines[index + 1].contains("组"), "the name goes on to a second line: \(lines[index + 1])")
        for line in lines { #expect(DisplayWidth.of(line, ambiguous: ambiguous) == 60, "\(ambiguous): \(line)") }
    }

    // MARK: - Learner detail

    @Test("learner detail with every attempt's wrong answers", arguments: UILanguage.allCases)
    func learnerDetail(language: UILanguage) throws {
        var s = Self.classTable(language)
        s.keys(.enter)  // f1, who failed the first module quiz twice
        guard case .learner("f1", _) = try Self.state(s).page else { Issue.record("no detail"); return }
        expectSnapshot(renderScreen(s), named: "class9-learner-\(language.rawValue)")
        var all = ""
        for _ in 0..<60 { s.keys(.down); all += renderScreen(s).text }
        expectSnapshot(renderScreen(s), named: "class9-learner-end-\(language.rawValue)")
        let quiz = try #require(Self.nineModules.modules[0].quiz)
        let third = quiz.questions[2].content.value(for: language == .zh ? .simplifiedChinese : .english).headingText
        #expect(all.contains(String(third.prefix(8))))
        #expect(all.contains(language == .zh ? "选了：" : "Chose: "))
        #expect(all.contains(language == .zh ? "正确：" : "Right: "))
    }

    @Test("learner detail at 60x20: the way back stays in the hint bar, ▼ shows there is more", arguments: UILanguage.allCases)
    func learnerDetailAtTheSmallestSize(language: UILanguage) throws {
        var s = Self.classTable(language, size: Size(width: 60, height: 20))
        s.keys(.enter)
        let page = try Self.state(s).page
        #expect(page == .learner(id: "f1", scroll: 0), "no detail: \(page)")
        let screen = renderScreen(s)
        expectSnapshot(screen, named: "class9-learner-60x20-\(language.rawValue)")
        let bar = try #require(screen.lines.last)
        #expect(bar.contains(language == .zh ? "Esc 返回" : "Esc Back"), "\(bar)")
        #expect(bar.contains("P ") && bar.contains("W "), "\(bar)")
        #expect(screen.text.contains("▼"))
    }

    @Test func detailCountsRehearsals() throws {
        var s = Self.classTable()
        for _ in 0..<14 { s.keys(.down) }
        s.keys(.enter)
        guard case .learner("g1", _) = try Self.state(s).page else { Issue.record("not g1"); return }
        let text = renderScreen(s).text
        #expect(text.contains("试过 1 个，通过 1 个，一共错 1 步"))
        #expect(text.contains("实操单：写完 1 份"))
    }

    // MARK: - Worksheets

    @Test("a learner's worksheets, one sheet, the export", arguments: UILanguage.allCases)
    func worksheets(language: UILanguage) throws {
        var s = Self.classTable(language)
        for _ in 0..<14 { s.keys(.down) }
        s.keys(.enter, .character("W"))
        guard case .sheets("g1", 0) = try Self.state(s).page else { Issue.record("no sheets list"); return }
        expectSnapshot(renderScreen(s), named: "class9-sheets-\(language.rawValue)")
        s.keys(.enter)
        guard case .sheet("g1", Self.titleSheet, 0) = try Self.state(s).page else { Issue.record("no sheet"); return }
        expectSnapshot(renderScreen(s), named: "class9-sheet-\(language.rawValue)")
        #expect(renderScreen(s).text.contains("猕猴桃"))
        #expect(s.keys(.character("E")) == [.suggestExportFolder])
        _ = s.update(.exportFolderSuggested("/media/teacher/USB/村学实操单"))
        guard case .exportPath("g1", "/media/teacher/USB/村学实操单") = try Self.state(s).page else { Issue.record("no folder"); return }
        expectSnapshot(renderScreen(s), named: "class9-export-path-\(language.rawValue)")
        #expect(s.keys(.enter) == [.exportSheets(learnerID: "g1", folder: "/media/teacher/USB/村学实操单", language: language)])
        let report = SheetExporter.Report(folder: "/media/teacher/USB/村学实操单/陈静-g1", written: ["listing-products--product-title"], skipped: [])
        _ = s.update(.sheetsExported(learnerID: "g1", report: report))
        expectSnapshot(renderScreen(s), named: "class9-exported-\(language.rawValue)")
        #expect(renderScreen(s).text.contains("/media/teacher/USB/村学实操单/陈静-g1"))
        s.keys(.escape)
        guard case .sheets("g1", _) = try Self.state(s).page else { Issue.record("Esc did not go back"); return }
    }

    @Test func typingAFolderBeforeTheSuggestionKeepsIt() throws {
        var s = Self.classTable()
        for _ in 0..<14 { s.keys(.down) }
        s.keys(.enter, .character("W"), .character("E"))
        s.type("/tmp/x")
        _ = s.update(.exportFolderSuggested("/media/teacher/USB/村学实操单"))
        guard case .exportPath("g1", "/tmp/x") = try Self.state(s).page else { Issue.record("the typed folder was replaced"); return }
    }

    @Test func sheetStatusesInTheList() throws {
        var s = Self.classTable(.en)
        s.keys(.down, .down, .down, .down, .down, .down, .down, .down, .down, .down)  // g4
        s.keys(.enter, .character("w"))
        guard case .sheets("g4", _) = try Self.state(s).page else { Issue.record("not g4's sheets"); return }
        let text = renderScreen(s).text
        #expect(text.contains("in progress, 1/5 filled"))
        #expect(text.contains("Not started"))
    }

    @Test func exportingALearnerWhoFilledNothingSaysSoAtOnce() throws {
        var s = Self.classTable()
        for _ in 0..<11 { s.keys(.down) }  // g2, who only read a lesson
        s.keys(.enter, .character("W"))
        #expect(s.keys(.character("E")).isEmpty)
        guard case .sheets("g2", _) = try Self.state(s).page else { Issue.record("left the list"); return }
        #expect(renderScreen(s).text.contains("褚卫东 还没有填过实操单"))
    }

    @Test func theDetailScrollsNoFurtherThanItsEnd() throws {
        var s = Self.classTable()
        s.keys(.enter)
        for _ in 0..<200 { s.keys(.down) }
        guard case .learner("f1", let end) = try Self.state(s).page else { Issue.record("no detail"); return }
        #expect(end > 0 && end < 200)
        s.keys(.up)
        guard case .learner("f1", let up) = try Self.state(s).page else { Issue.record("no detail"); return }
        #expect(up == end - 1)
        s.keys(.home)
        guard case .learner("f1", 0) = try Self.state(s).page else { Issue.record("Home did not go to the top"); return }
        s.keys(.pageDown)
        guard case .learner("f1", 10) = try Self.state(s).page else { Issue.record("PgDn did not move a page"); return }
    }
}
