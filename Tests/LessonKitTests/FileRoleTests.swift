import Testing
@testable import LessonKit

/// `FileRole(fileName:)` reads an ASCII name byte by byte; it must say what the reading by
/// characters (`FileRole.classify`) says, for every name built from the pieces below.
@Suite struct FileRoleTests {
    private static let pieces = ["01-a", "module", "MODULE", "Module", "quiz", "QUIZ", "Quiz", "sheet", "Sheet", "en", "EN",
                                 "zh-Hans", "zh-hans-cn", "abcd", "e", "a-b", "x-toolongpart1", "", "twee", "md"]
    private static let endings = [".md", ".MD", ".mD", ".twee", ".TWEE", ".Twee", ".txt", "", ".md.txt", "md", ".", ".tw"]

    @Test func asciiNamesAreReadAsTheCharacterReadingReadsThem() {
        var names: [String] = []
        for first in Self.pieces {
            for ending in Self.endings {
                names.append(first + ending)
                for second in Self.pieces {
                    names.append(first + "." + second + ending)
                    for third in ["en", "quiz", "sheet", "zh-Hans", ""] { names.append(first + "." + second + "." + third + ending) }
                }
            }
        }
        names += [".md", ".twee", "a.md", "x.twee", "..md", ".hidden.md", "module.en.md", "01-a.quiz.en.md", "01-a.sheet.en.md"]
        var roles = 0
        for name in names {
            let role = FileRole(fileName: name)
            let expected = name.hasPrefix(".") ? nil : FileRole.classify(name)
            #expect(role?.kind == expected?.0, "\(name.debugDescription)")
            #expect(role?.language == expected?.1, "\(name.debugDescription)")
            if role != nil { roles += 1 }
        }
        #expect(names.count > 20_000)
        #expect(roles > 5_000)
    }

    @Test func namesByKind() {
        #expect(FileRole(fileName: "Module.md")?.kind == .module)
        #expect(FileRole(fileName: "module.en.md")?.language == LanguageTag("en"))
        #expect(FileRole(fileName: "01-a.QUIZ.md")?.kind == .check(lessonName: "01-a"))
        #expect(FileRole(fileName: "01-a.quiz.zh-hant.md")?.language == LanguageTag("zh-Hant"))
        #expect(FileRole(fileName: "01-a.sheet.md")?.kind == .worksheet(name: "01-a"))
        #expect(FileRole(fileName: "01-a.Sheet.md")?.kind == .lesson(name: "01-a.Sheet"))
        #expect(FileRole(fileName: "01-a.TWEE")?.kind == .scenario(name: "01-a"))
        #expect(FileRole(fileName: "第一课.md")?.kind == .lesson(name: "第一课"))
        #expect(FileRole(fileName: "第一课.quiz.en.md")?.kind == .check(lessonName: "第一课"))
        #expect(FileRole(fileName: "a.md.txt") == nil)
        #expect(FileRole(fileName: ".md") == nil)
        #expect(FileRole(fileName: ".a.md") == nil)
    }
}
