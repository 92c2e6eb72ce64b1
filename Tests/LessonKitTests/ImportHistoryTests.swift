import Foundation
import Testing
@testable import LessonKit

/// Edits that keep history: a question reworded, a lesson file renamed, a module moved to a
/// renamed folder keep the ids learners' history is stored under; the preview says what is kept
/// and what is detached.
struct ImportHistoryTests {
    private static let module = "---\ntitle: 开网店\n---\n\n介绍。\n"
    private static let lesson = "# 选平台\n\n正文。\n"
    private static let quiz = """
        ## 开淘宝店，第一部要做什么？

        1. [ ] 先进货
        1. [x] 用支付宝完成实名认证

        ## 哪些话不能说？

        - [x] 全网最低价
        - [ ] 今天刚摘的

        """

    private func importer(_ folder: String, bundled: String? = nil) -> LessonImporter {
        LessonImporter(dataDirectory: folder + "/data", bundledCourse: bundled, workingDirectory: folder)
    }

    private func imported(_ folder: String) -> Course {
        CourseLibrary.load(bundled: nil, imported: folder + "/data/lessons", extra: []).course
    }

    private func questionIDs(_ course: Course) -> [String] {
        course.modules.flatMap { module in
            module.lessons.flatMap { $0.check?.questions.map(\.id) ?? [] } + (module.quiz?.questions.map(\.id) ?? [])
        }
    }

    /// Writes module 01-shop into `folder` (its module.md, lesson 01-a, and `files`: names in the
    /// module folder and their text) and imports it.
    /// - Returns: the importer, for the edit and the import again that follow.
    private func importShop(in folder: String, with files: [String: String] = [:],
                            sourceLocation: SourceLocation = #_sourceLocation) throws -> LessonImporter {
        try FixturePaths.write(Self.module, to: "01-shop/module.md", in: folder)
        try FixturePaths.write(Self.lesson, to: "01-shop/01-a.md", in: folder)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            try FixturePaths.write(text, to: "01-shop/" + name, in: folder)
        }
        let importer = importer(folder)
        #expect(importer.importFolder("01-shop", replace: false).succeeded, sourceLocation: sourceLocation)
        return importer
    }

    @Test func aHeadingTypoFixedAndReplacedKeepsTheQuestionsID() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let importer = try importShop(in: folder, with: ["quiz.md": Self.quiz])
            let before = questionIDs(imported(folder))
            #expect(before.first == "shop/quiz#开淘宝店，第一部要做什么？")

            try FixturePaths.write(Self.quiz.replacingOccurrences(of: "第一部", with: "第一步"), to: "01-shop/quiz.md", in: folder)
            let preview = importer.preview("01-shop")
            #expect(preview.history.map(\.rewordedQuestions.count) == [1])
            #expect(preview.history.first?.lines(english: false).first == "单元 shop（开网店）：1 道题改了题目，学员的答题记录会保留")
            let result = importer.importFolder("01-shop", replace: true)

            #expect(result.succeeded)
            #expect(result.history.first?.removedQuestions == [])
            let course = imported(folder)
            #expect(questionIDs(course) == before)
            #expect(course.modules.first?.quiz?.questions.first?.content.original.headingText == "开淘宝店，第一步要做什么？")
            #expect(course.diagnostics.filter { $0.severity == .error }.isEmpty)
            // The folder imported is left as it was; only the copy in lessons/ carries the id.
            #expect(try !String(contentsOfFile: folder + "/01-shop/quiz.md", encoding: .utf8).contains("id:"))

            // Imported again unchanged, the question keeps the id it was given.
            #expect(importer.importFolder("01-shop", replace: true).history.isEmpty)
            #expect(questionIDs(imported(folder)) == before)
        }
    }

    @Test func aRenamedLessonFileKeepsItsIDAndItsChecksIDs() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let importer = try importShop(in: folder, with: ["01-a.quiz.md": Self.quiz])
            let before = questionIDs(imported(folder))

            try FileManager.default.moveItem(atPath: folder + "/01-shop/01-a.md", toPath: folder + "/01-shop/02-choose.md")
            try FileManager.default.moveItem(atPath: folder + "/01-shop/01-a.quiz.md", toPath: folder + "/01-shop/02-choose.quiz.md")
            let result = importer.importFolder("01-shop", replace: true)

            #expect(result.succeeded)
            #expect(result.history.first?.renamedLessons.map(\.id) == ["01-a"])
            #expect(result.history.first?.removedLessons == [])
            let module = try #require(imported(folder).modules.first)
            #expect(module.lessons.map(\.id) == ["01-a"])
            #expect(module.lessons.first?.check?.id == "shop/01-a.quiz")
            #expect(questionIDs(imported(folder)) == before)
            // Imported again unchanged: nothing to report, the ids stay.
            #expect(importer.importFolder("01-shop", replace: true).history.isEmpty)
            #expect(imported(folder).modules.first?.lessons.map(\.id) == ["01-a"])
        }
    }

    @Test func aModuleWithoutIDInARenamedFolderIsTheSameModule() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let importer = try importShop(in: folder)
            try FileManager.default.moveItem(atPath: folder + "/01-shop", toPath: folder + "/02-online-shop")

            let refused = importer.importFolder("02-online-shop", replace: false)
            #expect(refused.refusals == [ImportRefusal(path: "02-online-shop",
                                                       reason: .recognisedByTitle(id: "shop", title: "开网店", folderName: "01-shop"))])
            #expect(refused.history.first?.recognised == .imported(folderName: "01-shop"))
            let replaced = importer.importFolder("02-online-shop", replace: true)

            #expect(replaced.succeeded)
            #expect(replaced.imported == [ImportedModule(id: "shop", title: "开网店", folderName: "02-online-shop",
                                                         replaced: .imported(folderName: "01-shop"))])
            let course = imported(folder)
            #expect(course.modules.map(\.id) == ["shop"])
            #expect(course.modules.first?.lessons.map(\.id) == ["01-a"])
        }
    }

    @Test func thePreviewListsWhatAnEditDetaches() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let importer = try importShop(in: folder, with: ["02-b.md": "# 发货\n\n正文。\n", "quiz.md": Self.quiz])

            try FileManager.default.removeItem(atPath: folder + "/01-shop/02-b.md")
            try FixturePaths.write(Self.quiz.replacingOccurrences(of: "哪些话不能说？", with: "直播时哪些话不能说？")
                .replacingOccurrences(of: "今天刚摘的", with: "今早刚摘的"), to: "01-shop/quiz.md", in: folder)
            let preview = importer.preview("01-shop")

            let history = try #require(preview.history.first)
            #expect(history.removedLessons.map(\.id) == ["02-b"])
            #expect(history.removedQuestions.map(\.id) == ["shop/quiz#哪些话不能说？"])
            let lines = history.lines(english: false) { use in
                switch use {
                case .lesson: return 4
                case .question: return 3
                }
            }
            #expect(lines == [
                "单元 shop（开网店）：课“发货”（02-b）没有了：4 位学员读过它，这些已读不会再显示；如果只是改了文件名，请在它的开头写上 id: 02-b",
                "单元 shop（开网店）：1 道题删掉了，或者题目和答案都改了、认不出来：学员这些题的答题记录和错题本里的这些题不会再显示。要保留某一题，请在它的标题下面加三行：---、id: \"原来的题目\"、---",
                "  “哪些话不能说？”：3 位学员答过",
            ])
            #expect(history.lines(english: true).first?.hasPrefix("module shop (开网店): lesson “发货” (02-b) is gone") == true)
        }
    }

    @Test func questionsWithTheSameAnswersAreNotGuessed() throws {
        try FixturePaths.withTemporaryFolder { folder in
            let quiz = "## 甲对吗？\n\n1. [x] 对\n1. [ ] 错\n\n## 乙对吗？\n\n1. [x] 对\n1. [ ] 错\n"
            let importer = try importShop(in: folder, with: ["quiz.md": quiz])

            try FixturePaths.write(quiz.replacingOccurrences(of: "对吗", with: "是对的吗"), to: "01-shop/quiz.md", in: folder)
            let preview = importer.preview("01-shop")

            #expect(preview.history.first?.rewordedQuestions == [])
            #expect(preview.history.first?.removedQuestions.count == 2)
        }
    }

    @Test func anImportWritesANewStamp() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.module, to: "01-shop/module.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "01-shop/01-a.md", in: folder)
            let importer = importer(folder)
            #expect(LessonsStamp.read(lessonsFolder: importer.lessonsFolder) == nil)
            #expect(importer.importFolder("01-shop", replace: false).succeeded)
            let first = try #require(LessonsStamp.read(lessonsFolder: importer.lessonsFolder))
            _ = importer.preview("01-shop")
            #expect(LessonsStamp.read(lessonsFolder: importer.lessonsFolder) == first)
            #expect(importer.importFolder("01-shop", replace: true).succeeded)
            #expect(LessonsStamp.read(lessonsFolder: importer.lessonsFolder) != first)
        }
    }
}

/// The ids authors write: `id:` in a lesson's front matter, `id:` in a question's options block.
struct ContentIDTests {
    /// A lesson id may not hold `/` or start with `.`, also when a combining mark follows (one
    /// Swift `Character` with it, which is not `/`).
    @Test(arguments: ["a/b", "a/\u{301}b", ".hidden", ".\u{301}hidden", "two\nlines", "two\n\u{301}lines"])
    func aLessonIDWithASlashOrLeadingDotIsRefused(text: String) {
        #expect(ContentID.parse(text, allowsSlash: false) == nil)
    }

    @Test func pathsSplitAtEverySlash() {
        #expect(ScalarText.lastPathComponent("/media/usb/\u{301}课程") == "\u{301}课程")
        #expect(ScalarText.lastPathComponent("/media/usb/课程/") == "课程")
        #expect(ScalarText.lastPathComponent("课程") == "课程")
        #expect(ScalarText.parentPath("/media/usb/\u{301}课程") == "/media/usb")
        #expect(ScalarText.split("a/\u{301}b//c", at: "/") == ["a", "\u{301}b", "", "c"])
        #expect(ScalarText.replacing(["\n", "\t"], in: "a\n\u{301}b\t\u{301}", with: " ") == "a \u{301}b \u{301}")
    }

    @Test func idsAuthorsWriteNameLessonsAndQuestions() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 开网店\n---\n", to: "01-shop/module.md", in: folder)
            try FixturePaths.write("---\nid: choose\n---\n# 选平台\n\n正文。\n", to: "01-shop/01-a.md", in: folder)
            try FixturePaths.write("## 第一题\n---\nid: first\nshuffleAnswers: false\n---\n\n1. [x] 对\n1. [ ] 错\n",
                                   to: "01-shop/01-a.quiz.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("01-shop")

            #expect(course.diagnostics.isEmpty)
            let lesson = try #require(course.modules.first?.lessons.first)
            #expect(lesson.id == "choose")
            #expect(lesson.check?.id == "shop/choose.quiz")
            #expect(lesson.check?.questions.map(\.id) == ["shop/choose.quiz#first"])
            #expect(lesson.check?.questions.first?.shuffleAnswers == false)
        }
    }

    @Test func twoLessonsOrQuestionsWithOneIDAreErrors() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 开网店\n---\n", to: "01-shop/module.md", in: folder)
            try FixturePaths.write("# 一\n\n正文。\n", to: "01-shop/01-a.md", in: folder)
            try FixturePaths.write("---\nid: 01-a\n---\n# 二\n\n正文。\n", to: "01-shop/02-b.md", in: folder)
            try FixturePaths.write("## 甲\n\n1. [x] 对\n1. [ ] 错\n\n## 乙\n---\nid: 甲\n---\n\n1. [x] 对\n1. [ ] 错\n",
                                   to: "01-shop/quiz.md", in: folder)
            let course = CourseLoader(workingDirectory: folder).load("01-shop")

            #expect(course.diagnostics.map { $0.formatted(in: .simplifiedChinese) } == [
                "01-shop/02-b.md:1:1: error: 课的 id “01-a”和 01-shop/01-a.md 重复了（没写 id 的课，用文件名当 id）：请给其中一课换一个 id",
                "01-shop/quiz.md:6:1: error: id “甲”和第 1 行的题目重复了（没写 id 的题，用题目文字当 id）：请给其中一题换一个 id",
            ])
            #expect(course.modules.first?.lessons.map(\.id) == ["01-a"])
            #expect(course.modules.first?.quiz?.questions.count == 1)
        }
    }
}
