import Foundation
import Testing
@testable import LessonKit

/// `LessonImporter.preview`: the importer's own decision, with nothing put in place.
struct ImportPreviewTests {
    private static let moduleFile = "---\ntitle: 新单元\nid: new-module\n---\n\n介绍。\n"

    private func importer(_ folder: String) -> LessonImporter {
        LessonImporter(dataDirectory: folder + "/data", bundledCourse: nil, workingDirectory: folder)
    }

    @Test func aGoodFolderWouldBeImportedAndNothingIsPutInPlace() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "source/03-new/module.md", in: folder)
            try FixturePaths.write("# 第一课\n\n正文。\n", to: "source/03-new/01-first.md", in: folder)
            try FixturePaths.write("备注", to: "source/03-new/notes.txt", in: folder)

            let preview = importer(folder).preview("source/03-new")

            #expect(preview.succeeded)
            #expect(preview.imported == [ImportedModule(id: "new-module", title: "新单元", folderName: "03-new")])
            #expect(preview.skipped == [ImportSkip(path: "source/03-new/notes.txt", reason: .notMarkdown)])
            #expect(try TreeSnapshot(folder + "/data/lessons").paths == [".import.lock"])
        }
    }

    @Test func aModuleImportedBeforeWouldBeReplaced() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write(Self.moduleFile, to: "v1/module.md", in: folder)
            try FixturePaths.write(Self.moduleFile, to: "v2/module.md", in: folder)
            let importer = importer(folder)
            #expect(importer.importFolder("v1", replace: false).succeeded)

            let preview = importer.preview("v2")

            #expect(preview.succeeded)
            #expect(preview.imported.map(\.replaced) == [.imported(folderName: "v1")])
            #expect(try TreeSnapshot(folder + "/data/lessons").paths == [".import.lock", ".stamp", "v1", "v1/module.md"])
        }
    }

    @Test func whatRefusesAnImportRefusesThePreview() throws {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("---\ntitle: 坏\n---\n", to: "broken/module.md", in: folder)
            try FixturePaths.write("## 题\n\n1. [ ] 甲\n1. [ ] 乙\n", to: "broken/quiz.md", in: folder)

            let preview = importer(folder).preview("broken")

            #expect(!preview.succeeded)
            #expect(preview.refusals == [ImportRefusal(path: "broken", reason: .validationErrors(count: 1))])
            #expect(preview.findings.count == 1)
            #expect(importer(folder).preview("missing").refusals.map(\.reason) == [.pathNotFound])
        }
    }
}
