import Foundation
import Glibc
import Testing
@testable import LessonKit

/// A course loaded as an index leaves lessons' checks on disk: each is read, parsed and
/// assembled the first time it is asked for, and gives what a full load gives.
struct DeferredCheckTests {
    private func load(_ folder: String, mode: CourseLoader.Mode, workingDirectory: String? = nil) -> Course {
        var loader = CourseLoader(workingDirectory: workingDirectory)
        loader.mode = mode
        return loader.load(folder)
    }

    private static let goodCheck = "## 问题？\n\n1. [x] 甲\n1. [ ] 乙\n"

    /// Runs `body` with a temporary folder holding module `m`: a lesson for each name, with the check given.
    private func withModule(checks: [(lesson: String, check: String)], _ body: (String) throws -> Void) throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/m", withIntermediateDirectories: true)
            try "---\ntitle: 模块\n---\n".write(toFile: folder + "/m/module.md", atomically: true, encoding: .utf8)
            for (lesson, check) in checks {
                try "---\ntitle: 一课\n---\n\n# 正文\n\n内容。\n".write(toFile: folder + "/m/\(lesson).md", atomically: true, encoding: .utf8)
                try check.write(toFile: folder + "/m/\(lesson).quiz.md", atomically: true, encoding: .utf8)
            }
            try body(folder)
        }
    }

    @Test(arguments: [FixturePaths.bundledCourse, FixturePaths.root + "/GoodCourse"])
    func aCheckIsReadWhenFirstAskedForAndIsTheFullLoadsCheck(folder: String) throws {
        let full = load(folder, mode: .full)
        let index = load(folder, mode: .index)
        let lessons = zip(index.modules.flatMap(\.lessons), full.modules.flatMap(\.lessons)).filter { $0.1.check != nil }
        #expect(!lessons.isEmpty)
        for (lazy, whole) in lessons {
            let check = try #require(lazy.deferredCheck, "\(lazy.qualifiedID)")
            #expect(!check.isRead, "nothing is read at start")
            #expect(lazy.checkID == whole.check?.id)
            #expect(lazy.check == whole.check, "same questions, options, messages and translations")
            #expect(check.isRead)
        }
        // Module quizzes are still read with the course.
        #expect(zip(index.modules, full.modules).allSatisfy { $0.quiz == $1.quiz })
    }

    @Test func theGoodCoursesTranslatedCheckKeepsItsTranslation() throws {
        let index = load(FixturePaths.root + "/GoodCourse", mode: .index)
        let check = try #require(index.modules.first?.lessons.first?.check)
        #expect(check.languages.contains(.english))
    }

    @Test func aCheckWithoutAUsableQuestionIsNoCheckAsInAFullLoad() throws {
        // No answer is marked right: the question is left out, and the check with it.
        try withModule(checks: [("01-a", "## 问题？\n\n1. [ ] 甲\n1. [ ] 乙\n")]) { folder in
            let full = load("m", mode: .full, workingDirectory: folder)
            let index = load("m", mode: .index, workingDirectory: folder)
            let lesson = try #require(index.modules.first?.lessons.first)
            #expect(full.modules.first?.lessons.first?.check == nil)
            #expect(!full.skippedFiles.isEmpty)
            #expect(lesson.checkID == "m/01-a.quiz", "the file is named without being read")
            #expect(lesson.check == nil)
            #expect(index.skippedFiles.isEmpty, "an index reports nothing about a check until it is read")
            #expect(lesson.deferredCheck?.skippedFiles == full.skippedFiles, "read, it lists what a full load lists")
        }
    }

    @Test func aCheckReplacedByAPipeOrALinkBeforeItIsAskedForIsNoCheck() throws {
        try withModule(checks: [("01-a", Self.goodCheck), ("02-b", Self.goodCheck)]) { folder in
            let index = load("m", mode: .index, workingDirectory: folder)
            let lessons = try #require(index.modules.first?.lessons)
            try FileManager.default.removeItem(atPath: folder + "/m/01-a.quiz.md")
            #expect(mkfifo(folder + "/m/01-a.quiz.md", 0o644) == 0)
            try FileManager.default.removeItem(atPath: folder + "/m/02-b.quiz.md")
            try FileManager.default.createSymbolicLink(atPath: folder + "/m/02-b.quiz.md", withDestinationPath: "/etc/passwd")
            #expect(lessons[0].check == nil, "a pipe is not opened for reading (it would wait)")
            #expect(lessons[1].check == nil, "a link is not followed")
        }
    }

    @Test func aCheckIsReadOnceAndKept() throws {
        try withModule(checks: [("01-a", Self.goodCheck)]) { folder in
            let lesson = try #require(load("m", mode: .index, workingDirectory: folder).modules.first?.lessons.first)
            let first = try #require(lesson.check)
            try FileManager.default.removeItem(atPath: folder + "/m/01-a.quiz.md")
            #expect(lesson.check == first, "kept: the file is not read again")
            let copy = lesson
            #expect(copy == lesson)
            #expect(copy.check?.questions.count == 1)
        }
    }
}
