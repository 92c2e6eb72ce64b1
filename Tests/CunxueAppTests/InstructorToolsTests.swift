import Foundation
import Testing
import LessonKit
import ProgressKit
import TerminalKit
@testable import CunxueApp

/// The instructor's tools: choosing a folder on a USB stick, the page after an import, changing
/// the instructor PIN, and the confirmations before clearing a PIN or renaming.
@Suite("Instructor tools")
struct InstructorToolsTests {
    /// A fake `/media/$USER`: a stick with a course folder (one module, a note), photos, a
    /// hidden folder and a link out of the stick.
    private func fakeMedia() throws -> (root: URL, browser: FolderBrowser) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-media-\(UUID().uuidString)")
        let media = root.appendingPathComponent("media/wang")
        let files = FileManager.default
        for folder in ["KINGSTON/课程/01-shop", "KINGSTON/照片", "KINGSTON/.Trash", "U盘2"] {
            try files.createDirectory(at: media.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data("---\ntitle: 开店\nid: shop\n---\n".utf8).write(to: media.appendingPathComponent("KINGSTON/课程/01-shop/module.md"))
        try Data("# 甲\n\n正文。\n".utf8).write(to: media.appendingPathComponent("KINGSTON/课程/01-shop/01-a.md"))
        try Data("笔记".utf8).write(to: media.appendingPathComponent("KINGSTON/课程/01-shop/笔记.txt"))
        try files.createSymbolicLink(atPath: media.appendingPathComponent("KINGSTON/etc").path, withDestinationPath: "/etc")
        return (root, FolderBrowser(roots: [media.path, root.appendingPathComponent("run/media/wang").path]))
    }

    /// Runs the effects of the picker against `browser`, feeding the listings back.
    private func run(_ effects: [Effect], _ s: inout AppState, _ browser: FolderBrowser) {
        for effect in effects {
            if case .listFolders(let path) = effect { run(s.update(.foldersListed(browser.list(path))), &s, browser) }
        }
    }

    @Test func theBrowserListsRealFoldersOnlyAndStaysOnTheSticks() throws {
        let (root, browser) = try fakeMedia()
        defer { try? FileManager.default.removeItem(at: root) }
        let sticks = browser.list(nil)
        #expect(sticks.folders.map { ($0 as NSString).lastPathComponent } == ["KINGSTON", "U盘2"])
        let stick = try #require(sticks.folders.first)
        #expect(browser.list(stick).folders == ["照片", "课程"] || browser.list(stick).folders == ["课程", "照片"])
        #expect(!browser.list(stick).folders.contains("etc"))
        #expect(browser.list(stick + "/课程").hasLessons)
        #expect(browser.list(stick + "/etc").failed)       // a link out of the stick
        #expect(browser.list("/etc").failed)               // outside the sticks
        #expect(browser.list(stick + "/../..").failed)
        #expect(FolderBrowser.roots(environment: ["USER": "wang"]) == ["/media/wang", "/run/media/wang"])
        #expect(FolderBrowser.roots(environment: ["USER": "../etc"]).isEmpty)
        #expect(FolderBrowser.roots(environment: ["USER": "a\u{1B}[2J"]).isEmpty)
    }

    @Test(arguments: [UILanguage.zh, .en])
    func pickingAFolderOnAStick(language: UILanguage) throws {
        let (root, browser) = try fakeMedia()
        defer { try? FileManager.default.removeItem(at: root) }
        var s = instructorSignedIn(language)
        let opened = s.keys(.down, .enter)
        #expect(opened == [.listFolders(path: nil)])
        run(opened, &s, browser)
        let sticks = renderScreen(s).text.replacingOccurrences(of: root.path, with: "/tmp")
        #expect(sticks.contains("▶ KINGSTON/"))
        expectSnapshotText(sticks, named: "instructor-picker-sticks-\(language.rawValue)")

        run(s.keys(.enter), &s, browser)                     // into KINGSTON
        run(s.keys(.down, .down, .enter), &s, browser)       // into 课程 (after 照片)
        let inside = renderScreen(s).text.replacingOccurrences(of: root.path, with: "/tmp")
        #expect(inside.contains("KINGSTON/课程\n"))
        expectSnapshotText(inside, named: "instructor-picker-folder-\(language.rawValue)")
        // ← goes up to KINGSTON with 课程 highlighted; Backspace up again to the sticks.
        run(s.keys(.left), &s, browser)
        guard case .instructor(let up) = s.route, case .pickFolder(let picker) = up.page else { Issue.record("left the picker"); return }
        #expect(picker.path?.hasSuffix("/KINGSTON") == true)
        #expect(picker.rows[picker.selection] == .folder("课程"))
        run(s.keys(.down, .enter), &s, browser)              // 课程 again? no: the row below
        run(s.keys(.backspace, .backspace), &s, browser)
        guard case .instructor(let top) = s.route, case .pickFolder(let sticksPage) = top.page else { Issue.record("left the picker"); return }
        #expect(sticksPage.path == nil)
        // Enter on "import this folder" asks for the import preview of that folder.
        run(s.keys(.enter), &s, browser)
        run(s.keys(.down, .down, .enter), &s, browser)
        #expect(s.keys(.home, .enter) == [.previewImport(path: browser.roots[0] + "/KINGSTON/课程")])
        // Esc on the preview goes back into the picker, at the folder it came from.
        let path = browser.roots[0] + "/KINGSTON/课程"
        _ = s.update(.importPreviewed(ImportPreview(path: path, result: ImportResult(source: path))))
        s.keys(.escape)
        guard case .instructor(let back) = s.route, case .pickFolder(let again) = back.page else { Issue.record("Esc left the picker"); return }
        #expect(again.path == path)
    }

    @Test func thePickerAndThePINChangeAtTheSmallestSize() throws {
        let (root, browser) = try fakeMedia()
        defer { try? FileManager.default.removeItem(at: root) }
        var s = instructorSignedIn(.zh, size: Size(width: 60, height: 20))
        run(s.keys(.down, .enter), &s, browser)
        run(s.keys(.enter), &s, browser)
        let text = renderScreen(s).text
        #expect(text.contains("【导入这个文件夹】") && text.contains("课程/"))
        expectSnapshot(renderScreen(s), named: "instructor-picker-60x20")
        s.keys(.escape)                                       // the picker goes back to the menu
        s.keys(.character("4"))
        s.type("2468")
        s.keys(.enter)
        expectSnapshot(renderScreen(s), named: "instructor-pin-change-60x20")
    }

    @Test func noStickSaysWhatToDoAndTypingStaysPossible() throws {
        var s = instructorSignedIn()
        run(s.keys(.down, .enter), &s, FolderBrowser(roots: []))
        let text = renderScreen(s).text
        #expect(text.contains("没有找到 U 盘"))
        #expect(text.contains("按 T 输入"))
        s.keys(.character("T"))
        guard case .instructor(let typed) = s.route, case .importPath = typed.page else { Issue.record("T did not open typing"); return }
        s.type("/mnt/课程")
        #expect(s.keys(.enter) == [.previewImport(path: "/mnt/课程")])
    }

    @Test(arguments: [UILanguage.zh, .en])
    func afterAnImportTheFilesLeftOutAreListedInTheScreensLanguage(language: UILanguage) throws {
        let (root, _) = try fakeMedia()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        let effects = InstructorEffects(directory: DataDirectory(url: data), bundledCourse: nil, extraLessons: [])
        let source = root.path + "/media/wang/KINGSTON/课程"
        var s = instructorSignedIn(language)
        for event in effects.runImport(source, replace: false) { _ = s.update(event) }
        let text = renderScreen(s).text.replacingOccurrences(of: root.path, with: "/tmp")
        #expect(text.contains("笔记.txt"))
        #expect(text.contains(language == .zh ? "不是 Markdown 文件" : "not a Markdown file"))
        #expect(!text.contains(language == .zh ? "not a Markdown file" : "不是 Markdown 文件"))
        expectSnapshotText(text, named: "instructor-import-done-\(language.rawValue)")
    }

    @Test(arguments: [UILanguage.zh, .en])
    func changingTheInstructorPIN(language: UILanguage) throws {
        var s = instructorSignedIn(language)
        s.keys(.down, .down, .down, .enter)
        s.type("2468")
        s.keys(.enter)
        s.type("1357")
        s.keys(.enter)
        s.type("1358")
        #expect(s.keys(.enter).isEmpty)                       // the two new PINs differ
        #expect(renderScreen(s).text.contains(language == .zh ? "两次输入的新密码不一样" : "The two new PINs differ"))
        s.type("1357")
        s.keys(.enter)
        expectSnapshot(renderScreen(s), named: "instructor-pin-change-\(language.rawValue)")
        s.type("1357")
        #expect(s.keys(.enter) == [.changeInstructorPIN(current: "2468", new: "1357")])
        _ = s.update(.instructorPINChanged(changed: false, waitUntil: nil))
        #expect(renderScreen(s).text.contains(language == .zh ? "现在的老师密码不对" : "not the current instructor PIN"))
        s.type("2468"); s.keys(.enter); s.type("1357"); s.keys(.enter); s.type("1357")
        #expect(s.keys(.enter) == [.changeInstructorPIN(current: "2468", new: "1357")])
        _ = s.update(.instructorPINChanged(changed: true, waitUntil: nil))
        #expect(renderScreen(s).text.contains(language == .zh ? "老师密码已修改" : "instructor PIN was changed"))
    }

    @Test func thePINChangeChecksTheCurrentPINAndNeverSetsAFirstOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-pinchange-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = DataDirectory(url: folder)
        let hasher = PINHasher(iterations: 1_000)
        let effects = InstructorEffects(directory: directory, bundledCourse: nil, extraLessons: [], hasher: hasher)
        guard case .notice? = effects.changePIN(current: "1111", new: "2222", now: testNow).first else { Issue.record("set a first PIN"); return }
        #expect(try InstructorStore(directory: directory).load().hasPIN == false)
        try InstructorStore(directory: directory).setPIN(try hasher.hash("1111"), at: testNow)
        #expect(effects.changePIN(current: "9999", new: "2222", now: testNow) == [.instructorPINChanged(changed: false, waitUntil: nil)])
        #expect(effects.changePIN(current: "1111", new: "2222", now: testNow) == [.instructorPINChanged(changed: true, waitUntil: nil)])
        #expect(try InstructorStore(directory: directory).checkPIN("2222", at: testNow) == .accepted)
    }

    @Test func aBackupFolderInTheDataDirectoryIsPointedOutAtTheStart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-misplaced-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("cunxue-backup-20260301-090000/learners"),
                                                withIntermediateDirectories: true)
        let performer = StoreEffects(directory: DataDirectory(url: folder))
        _ = performer.prepare()
        let events = performer.perform(.loadLearners)
        guard case .notice(let notice)? = events.last else { Issue.record("no notice: \(events)"); return }
        #expect(notice.zh.contains("cunxue-backup-20260301-090000") && notice.zh.contains("cunxue restore"))
        #expect(notice.en.contains("Move it out of the data directory"))
    }

    private func learnerPage(_ language: UILanguage) -> AppState {
        var s = instructorSignedIn(language)
        #expect(s.keys(.enter) == [.loadClass])               // the menu's first row: the class
        _ = s.update(.classLoaded([ClassMember(summary: LearnerSummary(id: "wang01", name: "王芳", hasPIN: true, lastActive: testNow),
                                               record: makeRecord(name: "王芳"))]))
        s.keys(.enter)
        guard case .instructor(let screen) = s.route, case .learner = screen.page else {
            Issue.record("not on the learner's page")
            return s
        }
        return s
    }

    @Test(arguments: [UILanguage.zh, .en])
    func clearingAPINAsksFirst(language: UILanguage) {
        var s = learnerPage(language)
        #expect(s.keys(.character("P")).isEmpty)
        expectSnapshot(renderScreen(s), named: "instructor-confirm-clear-pin-\(language.rawValue)")
        #expect(s.keys(.enter).isEmpty)                       // Enter goes back, clears nothing
        s.keys(.character("P"))
        #expect(s.keys(.character("x")).isEmpty)              // other keys wait
        #expect(s.keys(.character("1")) == [.resetPIN(learnerID: "wang01"), .loadClass])
    }

    @Test(arguments: [UILanguage.zh, .en])
    func renamingAsksFirst(language: UILanguage) {
        var s = learnerPage(language)
        s.keys(.character("N"))
        for _ in 0..<2 { s.keys(.backspace) }
        s.type("王芳芳")
        #expect(s.keys(.enter).isEmpty)
        expectSnapshot(renderScreen(s), named: "instructor-confirm-rename-\(language.rawValue)")
        #expect(s.keys(.escape).isEmpty)
        s.keys(.character("N")); s.keys(.backspace, .backspace); s.type("王小芳")
        s.keys(.enter)
        #expect(s.keys(.character("Y")) == [.rename(learnerID: "wang01", name: "王小芳"), .loadClass, .loadLearners])
    }
}

/// A snapshot of text already made (paths of the test's folder replaced).
func expectSnapshotText(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
        return
    }
    let expected = try? String(contentsOf: file, encoding: .utf8)
    #expect(expected == text + "\n", "Screen differs from Snapshots/\(name).txt:\n\(text)", sourceLocation: sourceLocation)
}
