import Foundation
import Testing

/// `cunxue preview FOLDER` under tmux: the lessons as a learner sees them, errors listed first,
/// and nothing written anywhere.
@Suite("cunxue preview")
struct PreviewCommandTests {
    /// Every path under `folder` with its size and modification time.
    private func tree(_ folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var entries: [String] = []
        while let path = walker.nextObject() as? String {
            let attributes = walker.fileAttributes ?? [:]
            entries.append("\(path) \(attributes[.size] ?? "") \(attributes[.modificationDate] ?? "")")
        }
        return entries.sorted()
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func previewListsErrorsFirstShowsWhatLoadsAndSavesNothing() throws {
        let folder = try makeTemporaryFolder("cunxue-preview")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = folder.appendingPathComponent("new-course")
        try InstructorTools.write("---\ntitle: 开店\nid: shop\n---\n", to: "01-shop/module.md", in: course)
        try InstructorTools.write("# 第一课\n\n正文在这里。\n", to: "01-shop/01-a.md", in: course)
        try InstructorTools.write("## 对吗？\n\n1. [x] 对\n1. [ ] 错\n", to: "01-shop/quiz.md", in: course)
        try InstructorTools.write("---\ntitle：坏\n---\n", to: "02-bad/module.md", in: course)
        // A station with a learner, and a HOME of its own: neither may change.
        let data = folder.appendingPathComponent("data")
        let home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = InstructorTools.environment(course: try InstructorTools.writeCourse(in: folder))
        #expect(try runCommand(cunxueBinary, ["learners", "add", "王芳", "--data-dir", data.path], environment: environment).status == 0)
        let before = tree(folder)

        let command = "'\(cunxueBinary.path)' preview '\(course.path)'; printf '\\r\\nEXIT=%s\\r\\n' $?; sleep 30"
        let tmux = try TmuxSession(command: command, environment: ["LANG": "C.UTF-8", "HOME": home.path,
                                                                   "CUNXUE_DATA_DIR": data.path, "TZ": "UTC"])
        let listed = try tmux.waitFor { $0.joined().contains("按回车预览") }
        #expect(listed.ok, "\(listed.lines.joined(separator: "\n"))")
        // The finding as validate prints it (a long line wraps on screen).
        #expect(listed.lines.joined().contains("02-bad/module.md:2:6: error:"), "\(listed.lines.joined(separator: "\n"))")
        try tmux.send("Enter")
        let home1 = try tmux.waitFor { $0.joined().contains("预览 — 不保存") && $0.joined().contains("开店") }
        #expect(home1.ok, "\(home1.lines.joined(separator: "\n"))")
        #expect(home1.lines.contains { $0.contains("预览，你好") })
        try tmux.send("Enter")                                    // start here: the first lesson
        #expect(try tmux.waitFor { $0.joined().contains("正文在这里") }.ok)
        for _ in 0..<3 {                                          // back to the home screen, then "sign out?"
            try tmux.send("Escape")
            if try tmux.waitFor(seconds: 3, { $0.joined().contains("要退出登录吗") }).ok { break }
        }
        try tmux.send("1")                                        // sign out
        #expect(try tmux.waitFor { $0.joined().contains("欢迎来到村学") }.ok)
        try tmux.send("C-c")
        #expect(try tmux.waitFor { $0.joined().contains("EXIT=0") }.ok)

        #expect(tree(folder) == before)
        let learners = try runCommand(cunxueBinary, ["learners", "list", "--data-dir", data.path], environment: environment)
        #expect(learners.stdout.contains("王芳") && !learners.stdout.contains("预览"))
    }

    @Test func aFolderWithNothingToShowSaysSo() throws {
        let folder = try makeTemporaryFolder("cunxue-preview")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runCommand(cunxueBinary, ["preview", folder.path], environment: ["TERM": "xterm", "LANG": "C.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("没有可以预览的内容"))
    }
}
