import Foundation
import Testing
@testable import LessonKit

/// The front matter read without Yams gives what Yams gives, and leaves everything else to Yams.
struct SimpleFrontMatterTests {
    /// Whether the fast reading, where it answers, equals Yams'; returns whether it answered.
    @discardableResult
    private func expectSameAsYams(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard let simple = FrontMatter.parseSimple(yaml, firstLine: 2) else { return false }
        let yams = Result { () throws(FrontMatter.Failure) in try FrontMatter.parseWithYams(yaml, firstLine: 2) }
        #expect(yams == .success(simple), "\(yaml.debugDescription)", sourceLocation: sourceLocation)
        return true
    }

    @Test(arguments: [
        "title: 按键和鼠标\nminutes: 3",
        "title:   两个空格  \n\nminutes: 15",
        "passingGrade: 80",
        "shuffleQuestions: true",
        "title: C# 和 a:b, [x] {y} 都是字",
        "title: http://example.com/a?b=c",
        "title: 100% 好",
        "title: ~",
        "title: null",
        "id: shop-data\nlevel: growth",
        "a_b-c: 1",
    ])
    func simpleLinesReadAsYamsReadsThem(yaml: String) {
        #expect(expectSameAsYams(yaml))
    }

    @Test(arguments: [
        "title: \"引号\"", "title: '引号'", "title: a: b", "title: a # 注释", "title: a:", "title:", "title:  ",
        "requires:\n  - a", "requires: [a, b]", "title: a\n  续行", "# 注释\ntitle: a", " title: a", "title: a\ntitle: b",
        "title: *anchor", "title: &a b", "title: !tag b", "title: |", "title: >", "title: - a", "title: ? a", "title: @a",
        "title: `a`", "title: %a", "title:\ta", "title: a\tb", "title: a\u{85}b", "title: a\u{2028}b", "title: a\u{FEFF}b",
        "\"title\": a", "1title: a", "标题: a", "title : a", "key",
    ])
    func anythingElseIsLeftToYams(yaml: String) {
        #expect(FrontMatter.parseSimple(yaml, firstLine: 2) == nil)
    }

    /// Pieces of values: text, the characters YAML gives a meaning to, breaks and blanks.
    private static let pieces = ["a", "Z", "9", "淘宝", "👍", "é", " ", "  ", ":", ": ", "#", " #", ",", "[", "]", "{", "}",
                                 "\"", "'", "-", "?", "!", "&", "*", "|", ">", "%", "@", "`", "\\", "~", "\t", "\u{85}",
                                 "\u{A0}", "\u{2028}", "\u{FEFF}", "\u{FFFD}", "null", "true", "80", "..."]

    @Test func everyPairOfPiecesReadsAsYamsReadsItWhereTheFastReadingAnswers() {
        var answered = 0
        for first in Self.pieces {
            for second in Self.pieces {
                let value = first + second
                if expectSameAsYams("title: " + value) { answered += 1 }
                if expectSameAsYams("minutes:  " + value + "\n\nid: x-1") { answered += 1 }
                expectSameAsYams("a-b: " + value + "\ntitle: " + second + first)
            }
        }
        // The comparison means something only if the fast reading answered often.
        #expect(answered > 500)
    }

    @Test func everyFrontMatterOfTheBundledCourseAndTheFixturesReadsAsYamsReadsIt() throws {
        let folders = [FixturePaths.root, FixturePaths.bundledCourse]
        var answered = 0
        for folder in folders {
            let files = try #require(FileManager.default.enumerator(atPath: folder)).compactMap { $0 as? String }
            for file in files where file.hasSuffix(".md") {
                guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8),
                      let yaml = FrontMatter.split(text).yaml else { continue }
                if expectSameAsYams(yaml) { answered += 1 }
            }
        }
        #expect(answered > 100)
    }
}
