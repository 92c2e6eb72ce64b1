import Foundation
import LessonKit
import ProgressKit
import Testing
import TerminalKit
@testable import CunxueApp

/// Every screen laid out for a terminal that draws East Asian ambiguous characters two columns
/// wide (GNU screen's `cjkwidth on`, a Chinese font or locale): frames, bars and markers from the
/// wide glyph set, text measured with “ … — · two columns each. Snapshots are named `…-wide-…`;
/// like every snapshot they hold each character once, so in an editor that draws “ narrow a line
/// with one looks a column short (the frames, all ASCII, show that the layout is right).
@Suite("Wide ambiguous snapshots")
struct WideAmbiguousSnapshotTests {
    /// Renders `state` (laid out wide from its start, as the Runtime does), checks that no
    /// ambiguous frame, block or shape is drawn, and compares it with its snapshot.
    private func snap(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(state.ambiguousWidth == .wide, sourceLocation: sourceLocation)
        let screen = renderScreen(state)
        #expect(screen.ambiguousWidth == .wide, sourceLocation: sourceLocation)
        let chrome = screen.text.unicodeScalars.filter { DisplayWidth.isAmbiguous($0) && ((0x2500...0x25FF).contains($0.value) || $0 == "ⓘ") }
        #expect(chrome.isEmpty, "box drawing, blocks or shapes drawn in wide mode: \(String(String.UnicodeScalarView(chrome)))",
                sourceLocation: sourceLocation)
        expectSnapshot(screen, named: "\(name)-wide-\(state.language.rawValue)", sourceLocation: sourceLocation)
    }

    /// 王芳 signed in, on a terminal that draws ambiguous characters wide.
    private func wideSignedIn(_ language: UILanguage, size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = signedInState(language, size: size)
        s.ambiguousWidth = .wide
        return s
    }

    private static let learners = [
        LearnerSummary(id: "wangfang01", name: "王芳", hasPIN: false, lastActive: nil),
        LearnerSummary(id: "lishu01", name: "李叔", hasPIN: true, lastActive: testNow),
    ]

    @Test("sign-in, new learner, PIN", arguments: UILanguage.allCases)
    func signingIn(language: UILanguage) {
        var s = AppState(size: Size(width: 80, height: 24), language: language, now: testNow, library: bundledLibrary,
                         learners: Self.learners, calendar: utcCalendar)
        s.ambiguousWidth = .wide
        snap(s, "sign-in")
        s.keys(.down, .enter)
        s.type("12")
        snap(s, "pin-entry")
        var fresh = AppState(size: Size(width: 80, height: 24), language: language, now: testNow, library: bundledLibrary)
        fresh.ambiguousWidth = .wide
        fillInTheNewLearnerForm(from: fresh) { snap($0, $1) }
    }

    @Test("home, module page, help", arguments: UILanguage.allCases)
    func home(language: UILanguage) {
        var s = wideSignedIn(language)
        s.keys(.down, .down)
        snap(s, "home")
        s.keys(.character("2"))
        snap(s, "module")
        s.keys(.enter, .character("?"))
        snap(s, "help-reader")
    }

    @Test("home and a lesson at 60x20")
    func small() {
        var s = homeAtTheSmallestSize(ambiguous: .wide)
        snap(s, "home-60x20")
        s.route = .module(ModulePageState(moduleID: "safe-trading", selection: 2))
        s.keys(.enter)
        snap(s, "reader-quotes-60x20")
    }

    @Test("reader: Chinese quotes, a table", arguments: UILanguage.allCases)
    func reader(language: UILanguage) {
        var s = wideSignedIn(language)
        s.route = .module(ModulePageState(moduleID: "safe-trading", selection: 2))
        s.keys(.enter)
        snap(s, "reader-quotes")
        s.route = .module(ModulePageState(moduleID: "shop-data", selection: 0))
        s.keys(.enter, .pageDown)
        snap(s, "reader-table")
    }

    @Test("quiz of each kind, feedback, results")
    func quiz() {
        var s = wideSignedIn(.zh)
        s.keys(.character("1"), .end, .enter, .character("2"))
        snap(s, "quiz-single")
        s.keys(.character("h"))
        s.answer(correctly: false)
        snap(s, "quiz-wrong")
        s.keys(.enter)
        #expect(s.answerQuizShowingEachKind { snap($0, $1) } == ["multiple", "ordering"])
        snap(s, "results")
    }

    @Test("mistake notebook")
    func notebook() {
        var s = wideSignedIn(.zh)
        s.missAQuizQuestionAndWaitADay()
        s.keys(.home, .down, .enter)
        snap(s, "notebook")
    }

    @Test("instructor: class table and a learner")
    func instructor() {
        var s = instructorSignedIn(.zh, ambiguous: .wide)
        var keen = makeRecord(name: "李建国")
        var learner = wideSignedIn(.zh)
        learner.record = keen
        learner.keys(.character("1"), .end, .enter)
        while learner.quizSession != nil { learner.answer(correctly: true); learner.keys(.enter) }
        keen = learner.record ?? keen
        _ = s.update(.classLoaded([
            ClassMember(summary: LearnerSummary(id: "li01", name: "李建国", hasPIN: true, lastActive: testNow), record: keen),
            ClassMember(summary: LearnerSummary(id: "wang01", name: "王芳", hasPIN: false, lastActive: nil), record: makeRecord()),
        ]))
        s.keys(.character("1"))
        snap(s, "instructor-class")
        s.keys(.enter)
        snap(s, "instructor-learner")
    }

    @Test("instructor: class of twenty with nine modules, a learner, worksheets, export", arguments: UILanguage.allCases)
    func classView(language: UILanguage) {
        var s = ClassViewTests.classTable(language, ambiguous: .wide)
        snap(s, "class9")
        s.keys(.end)
        snap(s, "class9-end")
        s = ClassViewTests.classTable(language, ambiguous: .wide)
        s.keys(.enter)  // f1, who failed the first module quiz twice
        snap(s, "class9-learner")
        s = ClassViewTests.classTable(language, ambiguous: .wide)
        for _ in 0..<14 { s.keys(.down) }
        s.keys(.enter, .character("W"))
        snap(s, "class9-sheets")
        s.keys(.enter)
        snap(s, "class9-sheet")
        s.keys(.character("E"))
        _ = s.update(.exportFolderSuggested("/media/teacher/USB/村学实操单"))
        snap(s, "class9-export-path")
        let report = SheetExporter.Report(folder: "/media/teacher/USB/村学实操单/陈静-g1", written: ["listing-products--product-title"], skipped: [])
        _ = s.update(.sheetsExported(learnerID: "g1", report: report))
        snap(s, "class9-exported")
    }

    /// A folder too long for its line is shown from its end behind `…`, which a wide terminal
    /// draws two columns wide: the line still ends inside the content, at the folder's end.
    @Test("a long export folder is cut at its start", arguments: [AmbiguousWidth.narrow, .wide])
    func longExportFolder(ambiguous: AmbiguousWidth) throws {
        var s = ClassViewTests.classTable(.zh, ambiguous: ambiguous)
        for _ in 0..<14 { s.keys(.down) }
        s.keys(.enter, .character("W"), .character("E"))
        let folder = "/media/teacher/USB/" + String(repeating: "村学实操单", count: 12) + "/末尾"
        _ = s.update(.exportFolderSuggested(folder))
        let screen = renderScreen(s)
        let label = Strings(.zh).exportPathLabel
        let line = try #require(screen.lines.first { $0.contains(label) })
            .replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
        #expect(line.contains(label + "…"), "\(line)")
        #expect(line.hasSuffix("/末尾"), "\(line)")
        let content = Chrome.contentRect(for: s.size)
        #expect(DisplayWidth.of(line, ambiguous: ambiguous) <= content.maxX - 1, "\(line)")
        #expect(DisplayWidth.of(line, ambiguous: ambiguous) >= content.maxX - 2, "\(line)")
        #expect(screen.cursor.map { $0.x <= content.maxX - 1 } ?? false)
    }

    @Test("rehearsal", arguments: UILanguage.allCases)
    func scenario(language: UILanguage) {
        var s = wideSignedIn(language)
        s.openScamCall()
        snap(s, "scenario")
        s.keys(.character("2"))
        snap(s, "scenario-feedback")
    }

    @Test("worksheet")
    func worksheet() throws {
        var s = try WorksheetTests.opened(WorksheetTests.listing, WorksheetTests.titleSheet, .zh)
        s.ambiguousWidth = .wide
        s.type("陕西")
        snap(s, "worksheet")
        s = try WorksheetTests.filled(.zh)
        s.ambiguousWidth = .wide
        s.type("最好的猕猴桃")
        snap(s, "worksheet-message")
    }
}
