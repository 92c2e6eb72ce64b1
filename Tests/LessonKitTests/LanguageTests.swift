import Testing
@testable import LessonKit

/// Language tags and choosing a translation.
struct LanguageTests {
    @Test(arguments: [
        ("zh-hans", "zh-Hans"), ("EN", "en"), ("zh-cn", "zh-CN"), ("en-gb", "en-GB"), ("zh-Hant-TW", "zh-Hant-TW"),
    ])
    func tagsAreStoredInCanonicalCase(written: String, canonical: String) throws {
        #expect(try #require(LanguageTag(written)).rawValue == canonical)
    }

    @Test(arguments: ["", "quiz", "z", "中文", "zh_CN", "zh-", "en-toolongsubtag", "12"])
    func notTags(written: String) {
        #expect(LanguageTag(written) == nil)
    }

    @Test(arguments: [
        ("zh", "zh-Hans", true), ("zh-CN", "zh-Hans", true), ("zh-SG", "zh", true), ("zh-TW", "zh-Hant", true),
        ("zh-Hant", "zh-Hans", false), ("zh-HK", "zh", false), ("en-GB", "en", true), ("en", "zh", false),
    ])
    func chineseVariantsMatch(lhs: String, rhs: String, matches: Bool) throws {
        let left = try #require(LanguageTag(lhs))
        let right = try #require(LanguageTag(rhs))
        #expect(left.matches(right) == matches)
        #expect(right.matches(left) == matches)
    }

    @Test func valueForPrefersExactThenMatchingThenOriginal() throws {
        let zh = try #require(LanguageTag("zh"))
        let enGB = try #require(LanguageTag("en-GB"))
        let fr = try #require(LanguageTag("fr"))
        let value = Localized(originalLanguage: .simplifiedChinese, original: "中文",
                              translations: [.english: "English", enGB: "British"])
        #expect(value.value(for: .simplifiedChinese) == "中文")
        #expect(value.value(for: zh) == "中文")
        #expect(value.value(for: enGB) == "British")
        #expect(value.value(for: .english) == "English")
        #expect(value.value(for: fr) == "中文")
        #expect(value.languages == [.simplifiedChinese, .english, enGB])
        #expect(value.map(\.count).value(for: .english) == 7)
    }

    @Test func originalInEnglishFindsAChineseTranslationForZh() throws {
        let value = Localized(originalLanguage: .english, original: "English", translations: [.simplifiedChinese: "中文"])
        #expect(value.value(for: try #require(LanguageTag("zh-CN"))) == "中文")
        #expect(value.value(for: try #require(LanguageTag("de"))) == "English")
    }

    @Test(arguments: [
        ("module.md", FileRole.Kind.module, nil as String?),
        ("module.en.md", .module, "en"),
        ("quiz.md", .moduleQuiz, nil),
        ("quiz.zh-Hans.md", .moduleQuiz, "zh-Hans"),
        ("01-a.md", .lesson(name: "01-a"), nil),
        ("01-a.en.md", .lesson(name: "01-a"), "en"),
        ("01-a.quiz.md", .check(lessonName: "01-a"), nil),
        ("01-a.quiz.en.md", .check(lessonName: "01-a"), "en"),
        ("01-a.v2.md", .lesson(name: "01-a.v2"), nil),
        ("开店.md", .lesson(name: "开店"), nil),
        ("README.MD", .lesson(name: "README"), nil),
    ])
    func fileNames(name: String, kind: FileRole.Kind, language: String?) throws {
        let role = try #require(FileRole(fileName: name))
        #expect(role.kind == kind)
        #expect(role.language?.rawValue == language)
    }

    @Test(arguments: [".hidden.md", "notes.txt", ".md", "image.png"])
    func notLessonFiles(name: String) {
        #expect(FileRole(fileName: name) == nil)
    }

    @Test(arguments: [
        ("01-platform-registration", "platform-registration"), ("Basics", "basics"), ("2024", "2024"),
        ("03-开店", "开店"), ("7-up", "up"), ("a-01", "a-01"),
    ])
    func defaultModuleIDs(folder: String, id: String) {
        #expect(ModuleAssembler.defaultID(folderName: folder) == id)
    }

    @Test(arguments: [
        ("sumary", "summary"), ("Title", "title"), ("levle", "level"), ("require", "requires"), ("xyz", nil as String?),
    ])
    func nearestKeys(key: String, suggestion: String?) {
        let known = ["title", "summary", "id", "level", "requires", "lang"]
        #expect(KeySuggestion(knownKeys: known).nearest(to: key) == suggestion)
    }
}
