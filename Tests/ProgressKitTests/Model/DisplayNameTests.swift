import Testing
@testable import ProgressKit
import TestSupport

struct DisplayNameTests {
    @Test(arguments: [
        ("王芳", "王芳"),
        ("  王芳  ", "王芳"),
        ("王\u{3000}芳", "王 芳"),
        ("Li\tMing\n", "Li Ming"),
        ("a  \n  b", "a b"),
        ("王\u{202E}芳", "王芳"),          // right-to-left override
        ("\u{2066}张伟\u{2069}", "张伟"),   // bidi isolates
        ("张\u{200B}伟\u{FEFF}", "张伟"),   // zero-width space, BOM
        ("esc\u{1B}[31mred", "esc[31mred"), // terminal escape
        ("bell\u{07}", "bell"),
        ("e\u{301}", "\u{E9}"),             // NFC
        ("👨\u{200D}🌾", "👨\u{200D}🌾"),    // ZWJ kept in emoji
    ])
    func cleansNames(raw: String, expected: String) throws {
        #expect(try DisplayName.sanitize(raw) == expected)
    }

    @Test(arguments: ["", "   ", "\u{202E}\u{200B}", "\u{1B}\u{07}\n"])
    func rejectsEmptyNames(raw: String) {
        #expect(throws: DisplayNameError.empty) { try DisplayName.sanitize(raw) }
    }

    @Test func countsCharactersAsPeopleDo() throws {
        let twenty = String(repeating: "张", count: 20)
        #expect(try DisplayName.sanitize(twenty) == twenty)
        #expect(throws: DisplayNameError.tooLong(characters: 21)) { try DisplayName.sanitize(twenty + "伟") }
        // Twenty flags (each two scalars) are twenty characters.
        let flags = String(repeating: "🇨🇳", count: 20)
        #expect(try DisplayName.sanitize(flags) == flags)
    }

    @Test func messagesSayWhatToDoInBothLanguages() {
        let message = DisplayNameError.tooLong(characters: 25).message
        #expect(message.zh.contains("25"))
        #expect(message.zh.contains("20"))
        #expect(message.en.contains("at most 20"))
    }

    @Test func learnerSanitizesAndRenames() throws {
        var learner = try Learner(id: "abc", displayName: " 王芳\u{202E} ", createdAt: TestTime.t0)
        #expect(learner.displayName == "王芳")
        #expect(throws: DisplayNameError.empty) { try learner.rename(to: "\u{200B}") }
        #expect(learner.displayName == "王芳")
        try learner.rename(to: "王 芳")
        #expect(learner.displayName == "王 芳")
    }

    @Test func learnerIDsAreShortSafeAndVaried() {
        print("DisplayNameTests: random learner ids, seed 7")
        var generator = SeededGenerator(seed: 7)
        let ids = (0..<1000).map { _ in LearnerID.random(using: &generator) }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy { $0.count == 8 && LearnerID.isValid($0) })
        #expect(!LearnerID.isValid("../etc"))
        #expect(!LearnerID.isValid(""))
        #expect(!LearnerID.isValid("-rf"))
        #expect(!LearnerID.isValid("a.json"))
    }
}
