import Testing
@testable import LessonKit
@testable import UnicodeSkeleton

/// Module ids that only look different are one id, or an error; never two modules.
struct ModuleIDTests {
    @Test(arguments: [
        ("Shop-Data", "shop-data"), ("ｓｈｏｐ-data", "shop-data"), ("SHOP-ＤＡＴＡ", "shop-data"), ("开网店", "开网店"),
        ("Straße", "strasse"),
    ])
    func idsCompareAfterNFKCAndCaseFolding(written: String, canonical: String) {
        #expect(ModuleID.canonical(written) == canonical)
    }

    /// ASCII takes a short way (`Skeleton.asciiLowercased`): it must give what Foundation gives.
    @Test func asciiTakesTheShortWayToTheSameForm() {
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        var texts = ascii + ["01-Platform-Registration", "SHOP-data", "ABCxyz-09", "", "  A\tB\n"]
        for first in ascii { texts += ascii.map { first + $0 } }
        for text in texts {
            #expect(Skeleton.canonical(text) == Skeleton.foundationCanonical(text), "\(Array(text.utf8))")
        }
    }

    @Test(arguments: [
        ("shop-d\u{430}ta", [ModuleID.Script.latin, .cyrillic]),
        ("\u{3B1}pple", [.greek, .latin]),
        ("开店-\u{441}hop", [.han, .cyrillic, .latin]),
    ])
    func mixedScriptsAreFound(id: String, scripts: [ModuleID.Script]) {
        #expect(ModuleID.mixedScripts(id) == scripts)
    }

    @Test(arguments: ["shop-data", "开网店", "开店-shop", "直播带货2", "ライブ配信-live", "\u{455}\u{4BB}\u{43E}\u{440}"])
    func singleScriptsAndTheUsualCJKMixesAreFine(id: String) {
        #expect(ModuleID.mixedScripts(id) == nil)
    }

    @Test func lookalikesShareASkeleton() {
        #expect(ModuleID.skeleton("\u{455}\u{4BB}\u{43E}\u{440}") == ModuleID.skeleton("shop"))
        #expect(ModuleID.skeleton("sh0p-data") == ModuleID.skeleton("Shop-Data"))
        #expect(ModuleID.skeleton("shop") != ModuleID.skeleton("ship"))
    }

    private static func module(_ title: String, id: String? = nil, requires: [String] = []) -> String {
        var text = "---\ntitle: \(title)\n"
        if let id { text += "id: \(id)\n" }
        if !requires.isEmpty { text += "requires: [\(requires.joined(separator: ", "))]\n" }
        return text + "---\n"
    }

    @Test func aLaterLayerReplacesByCanonicalIDAndRefusesLookalikes() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.module("看数据"), to: "bundled/06-shop-data/module.md", in: folder)
            try FixturePaths.write(Self.module("开店"), to: "bundled/01-shop/module.md", in: folder)
            try FixturePaths.write(Self.module("看数据（本县版）", id: "Shop-Data", requires: ["SHOP"]), to: "lessons/01-mine/module.md", in: folder)
            try FixturePaths.write(Self.module("假数据", id: "shop-d\u{430}ta"), to: "lessons/02-mixed/module.md", in: folder)
            try FixturePaths.write(Self.module("假开店", id: "\u{455}\u{4BB}\u{43E}\u{440}"), to: "lessons/03-cyrillic/module.md", in: folder)
            try FixturePaths.write(Self.module("全角"), to: "extra/ｓｈｏｐ/module.md", in: folder)

            let library = CourseLibrary.load(bundled: "bundled", imported: "lessons", extra: ["extra"], workingDirectory: folder)

            #expect(library.course.modules.map(\.id) == ["shop", "shop-data"])
            #expect(library.course.modules.map { $0.title.original } == ["全角", "看数据（本县版）"])
            #expect(library.replacements.map(\.moduleID) == ["shop-data", "shop"])
            #expect(library.course.diagnostics.map { "\($0.file):\($0.line) \($0.code.rawValue)" } == [
                "lessons/02-mixed/module.md:3 mixed-script-module-id",
                "lessons/03-cyrillic/module.md:3 confusable-module-id",
            ])
            #expect(library.course.module(id: "Shop-Data")?.title.original == "看数据（本县版）")
        }
    }

    @Test func importRefusesEveryLookalikeOfABundledModule() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.module("看数据", id: "shop-data"), to: "bundled/06-shop-data/module.md", in: folder)
            try FixturePaths.write(Self.module("开店", id: "shop"), to: "bundled/01-shop/module.md", in: folder)
            let importer = LessonImporter(dataDirectory: folder + "/data", bundledCourse: "bundled", workingDirectory: folder)
            let cases: [(id: String, reason: ImportRefusal.Reason?, code: DiagnosticCode?)] = [
                ("Shop-Data", .moduleAlreadyBundled(id: "shop-data"), nil),
                ("ｓｈｏｐ-data", .moduleAlreadyBundled(id: "shop-data"), nil),
                ("shop-d\u{430}ta", .validationErrors(count: 1), .mixedScriptModuleID),
                ("\u{455}\u{4BB}\u{43E}\u{440}", .validationErrors(count: 1), .confusableModuleID),
                ("sh0p", .validationErrors(count: 1), .confusableModuleID),
            ]
            for (index, item) in cases.enumerated() {
                try FixturePaths.write(Self.module("第 \(index) 个", id: item.id), to: "new\(index)/module.md", in: folder)
                let result = importer.importFolder("new\(index)", replace: false)
                #expect(result.refusals.map(\.reason) == [item.reason].compactMap { $0 }, "\(item.id)")
                #expect(result.findings.map(\.code) == [item.code].compactMap { $0 }, "\(item.id)")
            }
            let replaced = importer.importFolder("new0", replace: true)
            #expect(replaced.imported.map(\.id) == ["shop-data"])
        }
    }
}
