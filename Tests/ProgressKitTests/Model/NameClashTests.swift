import Foundation
import Testing
@testable import ProgressKit

/// Issue 12, item 8 (learner names): a name the same as, or only looking like, a learner's name
/// already there is refused; different Chinese names and Han/Latin mixes are not.
struct NameClashTests {
    @Test("look-alikes of “admin” clash", arguments: [
        "\u{0430}dmin",            // Cyrillic а
        "ａｄｍｉｎ",               // full-width
        "ad\u{200B}min",           // a zero-width space inside
        "adm\u{0456}n",            // Cyrillic і
        "\u{03B1}dmin",            // Greek α
        "ADMIN", " ad min ",       // the same name
    ])
    func lookAlikesClash(name: String) throws {
        let clash = try #require(DisplayName.clash(of: name, with: ["王芳", "admin"]))
        #expect(clash.existing == "admin")
        #expect(clash.isSameName == (name == "ADMIN" || name == " ad min " || name == "ad\u{200B}min" || name == "ａｄｍｉｎ"))
        #expect(clash.message.zh.contains("admin（东头）"))
    }

    @Test("Chinese names and Han/Latin mixes do not clash", arguments: [
        ("李叔（东头）", "李叔"), ("王芳A", "王芳"), ("王芳A", "王芳B"), ("张伟", "张玮"), ("admin2", "admin"),
    ])
    func differentNamesDoNotClash(name: String, existing: String) {
        #expect(DisplayName.clash(of: name, with: [existing]) == nil)
    }

    @Test func theSameNameIsSaidFirstAndLookAlikesSayWhy() throws {
        let same = try #require(DisplayName.clash(of: "李叔", with: ["李叔"]))
        #expect(same.isSameName)
        #expect(same.message.zh.hasPrefix("已经有一位学员叫“李叔”了"))
        let alike = try #require(DisplayName.clash(of: "\u{0430}dmin", with: ["admin"]))
        #expect(!alike.isSameName)
        #expect(alike.message.zh.hasPrefix("这个名字和已有的学员“admin”看起来一样"))
        #expect(alike.message.en.contains("looks the same as the learner “admin”"))
    }
}
