import Foundation
import Testing
import LessonKit
import ProgressKit
import TerminalKit
@testable import CunxueApp

/// Instructor mode: the PIN, the class table, the learner detail, import, leaving kiosk mode.
@Suite("Instructor mode")
struct InstructorTests {
    /// Three learners: one who has done a lot, one who has done nothing, one whose file is unreadable.
    private func members(_ state: AppState) -> [ClassMember] {
        var keen = makeRecord(name: "李建国")
        var s = state
        _ = s.update(.signedIn(keen, warnings: []))
        s.keys(.character("1"), .end, .enter)
        s.answer(correctly: false)
        s.keys(.enter)
        while s.quizSession != nil { s.answer(correctly: true); s.keys(.enter) }
        keen = s.record ?? keen
        let idle = makeRecord(name: "王芳")
        return [
            ClassMember(summary: LearnerSummary(id: "li01", name: "李建国", hasPIN: true, lastActive: testNow), record: keen),
            ClassMember(summary: LearnerSummary(id: "wang01", name: "王芳", hasPIN: false, lastActive: testNow.addingTimeInterval(-86_400 * 3)), record: idle),
            ClassMember(summary: LearnerSummary(id: "zhao01", name: "赵六", hasPIN: false, lastActive: nil), record: nil),
        ]
    }

    private func instructorState(_ language: UILanguage = .zh, kiosk: Bool = false) -> AppState {
        var s = AppState(size: Size(width: 80, height: 24), language: language, now: testNow, library: bundledLibrary,
                         isKiosk: kiosk, calendar: utcCalendar, seed: 3)
        #expect(s.keys(.function(2)) == [.loadInstructorStatus])
        _ = s.update(.instructorStatus(hasPIN: true))
        s.type("2468")
        #expect(s.keys(.enter) == [.checkInstructorPIN("2468")])
        #expect(s.update(.instructorPINChecked(correct: true, waitUntil: nil)) == [.loadClass])
        return s
    }

    /// The learner keyboard never creates the instructor PIN (in kiosk mode too): without one,
    /// `F2` says how the instructor sets it, and typed digits go nowhere.
    @Test("no instructor PIN yet: F2 says how to set one", arguments: [false, true])
    func withoutAPINInstructorModeStaysClosed(kiosk: Bool) {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary, isKiosk: kiosk)
        s.keys(.function(2))
        _ = s.update(.instructorStatus(hasPIN: false))
        let screen = renderScreen(s).text
        #expect(screen.contains("cunxue instructor set-pin"))
        #expect(!screen.contains("老师密码："))  // no box to type into
        s.type("1357")
        #expect(s.keys(.enter).isEmpty)
        s.type("1357")
        #expect(s.keys(.enter).isEmpty)
        guard case .pinEntry = s.route else { Issue.record("left the PIN screen without Esc"); return }
        s.keys(.escape)
        guard case .signIn = s.route else { Issue.record("Esc did not leave"); return }
    }

    /// A store without a PIN never answers "accepted" to a check either.
    @Test func aCheckWithoutAPINIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-nopin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let effects = InstructorEffects(directory: DataDirectory(url: folder), bundledCourse: nil, extraLessons: [])
        let events = effects.checkPIN("1234", now: testNow)
        guard case .pinCheckFailed(let notice)? = events.first else { Issue.record("\(events)"); return }
        #expect(notice.zh.contains("cunxue instructor set-pin"))
    }

    @Test func wrongPINWaits() {
        var s = AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow, library: bundledLibrary)
        s.keys(.function(2))
        _ = s.update(.instructorStatus(hasPIN: true))
        s.type("0000")
        s.keys(.enter)
        _ = s.update(.instructorPINChecked(correct: false, waitUntil: testNow.addingTimeInterval(8)))
        s.type("2468")
        #expect(s.keys(.enter).isEmpty)
        #expect(renderScreen(s).text.contains("请等 8 秒"))
    }

    @Test("class table, neediest first", arguments: UILanguage.allCases)
    func classTable(language: UILanguage) {
        var s = instructorState(language)
        _ = s.update(.classLoaded(members(s)))
        guard case .instructor(let state) = s.route else { Issue.record("not in instructor mode"); return }
        #expect(state.members.map(\.summary.name) == ["赵六", "李建国", "王芳"])  // unreadable, started, not started
        s.keys(.character("1"))
        expectSnapshot(renderScreen(s), named: "instructor-class-\(language.rawValue)")
    }

    @Test("learner detail", arguments: UILanguage.allCases)
    func learnerDetail(language: UILanguage) {
        var s = instructorState(language)
        _ = s.update(.classLoaded(members(s)))
        s.keys(.character("1"), .down, .enter)
        guard case .instructor(let state) = s.route, case .learner(let id, _) = state.page else { Issue.record("no detail"); return }
        #expect(id == "li01")
        expectSnapshot(renderScreen(s), named: "instructor-learner-\(language.rawValue)")
        #expect(s.keys(.character("P")).isEmpty)  // asks first
        #expect(s.keys(.character("1")) == [.resetPIN(learnerID: "li01"), .loadClass])
    }

    @Test func renameAndRemoveAskFirst() {
        var s = instructorState()
        _ = s.update(.classLoaded(members(s)))
        s.keys(.character("1"), .down, .enter, .character("N"))
        s.keys(.backspace, .backspace, .backspace)
        s.type("李大哥")
        #expect(s.keys(.enter).isEmpty)  // asks first
        #expect(s.keys(.character("1")) == [.rename(learnerID: "li01", name: "李大哥"), .loadClass, .loadLearners])
        s.keys(.character("D"))
        #expect(renderScreen(s).text.contains("不会删除"))
        #expect(s.keys(.escape).isEmpty)
        s.keys(.character("D"))
        #expect(s.keys(.enter).isEmpty)  // Enter keeps the learner: only 1 or Y removes
        s.keys(.character("D"))
        #expect(s.keys(.character("1")) == [.remove(learnerID: "li01"), .loadClass, .loadLearners])
    }

    @Test func importShowsFindingsBeforeItCopies() {
        var s = instructorState()
        s.keys(.character("2"), .character("T"))  // the USB picker, then typing the path
        s.type("/media/usb/课程")
        #expect(s.keys(.enter) == [.previewImport(path: "/media/usb/课程")])
        let finding = Diagnostic(file: "/media/usb/课程/01-a.md", line: 3, column: 1, problem: .emptyLesson)
        let preview = ImportPreview(path: "/media/usb/课程", result: ImportResult(
            source: "/media/usb/课程", imported: [ImportedModule(id: "honey-shop", title: "卖蜂蜜", folderName: "honey-shop")],
            skipped: [ImportSkip(path: "/media/usb/课程/.DS_Store", reason: .hidden)], findings: [finding]))
        _ = s.update(.importPreviewed(preview))
        let text = renderScreen(s).text
        #expect(text.contains("将导入") && text.contains("卖蜂蜜") && text.contains("warning"))
        #expect(s.keys(.enter) == [.runImport(path: "/media/usb/课程", replace: false)])
        // While it copies, the page says so (not the menu, as if nothing happened).
        #expect(renderScreen(s).text.contains("正在导入"))
        #expect(s.keys(.enter).isEmpty)                 // keys do not start a second import
        _ = s.update(.notice(Notice(.error, zh: "不能写入", en: "Cannot write")))
        #expect(!renderScreen(s).text.contains("正在导入"))  // a failed import goes back, with its notice
    }

    @Test func refusedImportCannotBeConfirmed() {
        var s = instructorState()
        s.keys(.character("2"))
        s.type("/tmp/x")
        s.keys(.enter)
        _ = s.update(.importPreviewed(ImportPreview(path: "/tmp/x", result: ImportResult(
            source: "/tmp/x", refusals: [ImportRefusal(path: "/tmp/x", reason: .validationErrors(count: 1))]))))
        #expect(s.keys(.enter).isEmpty)
        #expect(renderScreen(s).text.contains("不能导入"))
    }

    @Test func kioskIsLeftOnlyThroughInstructorMode() {
        var s = instructorState(kiosk: true)
        #expect(!s.isFinished)
        let effects = s.keys(.character("6"))
        #expect(effects == [.quit])
        #expect(s.isFinished)
    }
}
