import Foundation
import Testing
@testable import LessonKit

/// `CourseLibrary`: bundled, then imported, then `--lessons`; later layers replace by id.
struct CourseLibraryTests {
    private static func module(_ title: String, id: String? = nil, requires: [String] = []) -> String {
        var text = "---\ntitle: \(title)\n"
        if let id { text += "id: \(id)\n" }
        if !requires.isEmpty { text += "requires: [\(requires.joined(separator: ", "))]\n" }
        return text + "---\n"
    }

    @Test func laterLayersReplaceModulesInPlaceAndKeepEveryFinding() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.module("开店"), to: "bundled/01-shop/module.md", in: folder)
            try FixturePaths.write("# 课\n\n旧。\n", to: "bundled/01-shop/01-a.md", in: folder)
            try FixturePaths.write(Self.module("上架"), to: "bundled/02-listing/module.md", in: folder)
            try FixturePaths.write("", to: "bundled/02-listing/01-empty.md", in: folder)
            try FixturePaths.write(Self.module("开店（新版）", id: "shop"), to: "lessons/01-shop-v2/module.md", in: folder)
            try FixturePaths.write(Self.module("直播", requires: ["shop", "extra"]), to: "lessons/03-live/module.md", in: folder)
            try FixturePaths.write(Self.module("上架（试讲）", id: "listing"), to: "extra/module.md", in: folder)
            try FixturePaths.write(Self.module("附加", id: "extra"), to: "more/module.md", in: folder)

            let library = CourseLibrary.load(bundled: "bundled", imported: "lessons", extra: ["extra", "more"],
                                             workingDirectory: folder)

            #expect(library.course.modules.map(\.id) == ["shop", "listing", "live", "extra"])
            #expect(library.course.modules.map { $0.title.original } == ["开店（新版）", "上架（试讲）", "直播", "附加"])
            #expect(library.sourceOfModule == ["shop": .imported, "listing": .extra, "live": .imported, "extra": .extra])
            #expect(library.replacements == [
                .init(moduleID: "shop", replacedSource: .bundled, replacedPath: "bundled/01-shop", source: .imported, path: "lessons/01-shop-v2"),
                .init(moduleID: "listing", replacedSource: .bundled, replacedPath: "bundled/02-listing", source: .extra, path: "extra"),
            ])
            #expect(library.layers.map(\.source) == [.bundled, .imported, .extra])
            #expect(library.layers.map(\.moduleIDs) == [["shop", "listing"], ["shop", "live"], ["listing", "extra"]])
            // The replaced module's warning is still reported; `requires` across layers is no error.
            #expect(library.course.diagnostics.map(\.code) == [.emptyLesson])
            #expect(library.course.diagnostics.first?.file == "bundled/02-listing/01-empty.md")
        }
    }

    @Test func duplicateIDsWithinOneLayerAreStillErrors() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.module("甲", id: "same"), to: "lessons/01-a/module.md", in: folder)
            try FixturePaths.write(Self.module("乙", id: "same"), to: "lessons/02-b/module.md", in: folder)
            let library = CourseLibrary.load(bundled: nil, imported: "lessons", extra: [], workingDirectory: folder)
            #expect(library.course.errors.map(\.code) == [.duplicateModuleID, .duplicateModuleID])
            #expect(library.course.modules.isEmpty)
            #expect(library.replacements.isEmpty)
        }
    }

    @Test func missingOrEmptyImportedFolderIsNoLayer() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
            for imported in ["missing", "empty"] {
                let library = CourseLibrary.load(bundled: FixturePaths.root + "/GoodCourse", imported: imported, extra: [],
                                                 workingDirectory: folder)
                #expect(library.layers.map(\.source) == [.bundled])
                #expect(library.course.diagnostics.isEmpty)
                #expect(library.course.modules.count == 2)
            }
        }
    }

    @Test func unknownRequirementIsStillAnError() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.module("甲", requires: ["nowhere"]), to: "lessons/01-a/module.md", in: folder)
            let library = CourseLibrary.load(bundled: nil, imported: "lessons", extra: [], workingDirectory: folder)
            #expect(library.course.errors.map(\.code) == [.unknownRequiredModule])
        }
    }

    @Test func bundledCourseOfTheRepositoryLoadsCleanly() {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons").path
        let library = CourseLibrary.load(bundled: lessons, imported: nil, extra: [])
        #expect(library.course.errors.isEmpty)
        #expect(library.course.modules.count >= 1)
        #expect(library.sourceOfModule.values.allSatisfy { $0 == .bundled })
    }
}
