import Foundation
import Testing

/// Every article of a law that the Chinese course cites has its line in docs/course-sources.md.
@Suite("Course sources")
struct CourseSourcesTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// 《法律名》第N条, 第N条之M, with Chinese or Arabic numerals.
    private static let citation = try! NSRegularExpression(
        pattern: "《[^》]{2,40}》第[一二三四五六七八九十百零〇0-9]+条(之[一二三四五六七八九十]+)?")

    static func citations(in text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return citation.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test func findsCitations() {
        #expect(Self.citations(in: "见《电子商务法》第十条和《刑法》第二百八十七条之二。")
                == ["《电子商务法》第十条", "《刑法》第二百八十七条之二"])
        #expect(Self.citations(in: "《电子商务法》规定").isEmpty)
    }

    @Test func everyCitedArticleHasASourceLine() throws {
        let sources = try String(contentsOf: Self.root.appendingPathComponent("docs/course-sources.md"), encoding: .utf8)
        let lessons = Self.root.appendingPathComponent("Lessons")
        let enumerator = try #require(FileManager.default.enumerator(at: lessons, includingPropertiesForKeys: nil))
        let files = enumerator
            .compactMap { $0 as? URL }
            .filter { ["md", "twee"].contains($0.pathExtension) && !$0.lastPathComponent.contains(".en.") }
        #expect(files.count > 90)
        var cited = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for citation in Self.citations(in: text) {
                cited += 1
                #expect(sources.contains(citation), "\(file.lastPathComponent) cites \(citation), not in docs/course-sources.md")
            }
        }
        #expect(cited >= 20)
    }
}
