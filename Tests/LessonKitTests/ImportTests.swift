import Foundation
import Glibc
import Testing
@testable import LessonKit

/// `LessonImporter`: good folders go in whole; a folder with anything refused goes in not at all,
/// and nothing outside the data directory changes.
struct ImportTests {
    private static let moduleFile = "---\ntitle: 新单元\nid: new-module\n---\n\n介绍。\n"
    private static let lesson = "# 第一课\n\n正文。\n"
    private static let quiz = "## 哪个对？\n\n1. [x] 对\n1. [ ] 错\n"

    /// A temporary folder with `source/`, `outside/` and `data/`, removed afterwards.
    private func withWorkspace<T>(_ body: (String) throws -> T) throws -> T {
        try FixturePaths.withTemporaryFolder { folder in
            try FixturePaths.write("# 外面\n\n秘密。\n", to: "outside/secret.md", in: folder)
            try FixturePaths.write(Self.moduleFile, to: "outside/module/module.md", in: folder)
            return try body(folder)
        }
    }

    private func importer(_ folder: String, bundled: String? = nil, limits: ImportLimits = ImportLimits()) -> LessonImporter {
        LessonImporter(dataDirectory: folder + "/data", bundledCourse: bundled, limits: limits, workingDirectory: folder)
    }

    // MARK: - Good folders

    @Test func moduleFolderIsCopiedWithoutHiddenAndNonMarkdownFiles() throws {
        try withWorkspace { folder in
            try FixturePaths.write(Self.moduleFile, to: "source/03-new/module.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "source/03-new/01-first.md", in: folder)
            try FixturePaths.write(Self.quiz, to: "source/03-new/quiz.md", in: folder)
            try FixturePaths.write(Data([0xFF, 0xD8, 0xFF]), to: "source/03-new/IMG_0001.JPG", in: folder)
            try FixturePaths.write(Data([0, 0, 0, 1]), to: "source/03-new/.DS_Store", in: folder)
            try FixturePaths.write("备注", to: "source/03-new/notes.txt", in: folder)
            try FixturePaths.write(Self.lesson, to: "source/03-new/drafts/old.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "source/03-new/.git/HEAD.md", in: folder)
            let before = try TreeSnapshot(folder + "/source")

            let result = importer(folder).importFolder("source/03-new", replace: false)

            #expect(result.refusals.isEmpty)
            #expect(result.succeeded)
            #expect(result.imported == [ImportedModule(id: "new-module", title: "新单元", folderName: "03-new")])
            #expect(result.skipped == [
                ImportSkip(path: "source/03-new/.DS_Store", reason: .hidden),
                ImportSkip(path: "source/03-new/.git", reason: .hidden),
                ImportSkip(path: "source/03-new/IMG_0001.JPG", reason: .notMarkdown),
                ImportSkip(path: "source/03-new/drafts/old.md", reason: .outsideModule),
                ImportSkip(path: "source/03-new/notes.txt", reason: .notMarkdown),
            ])
            #expect(result.findings.isEmpty)
            #expect(try TreeSnapshot(folder + "/data/lessons").paths == [
                ".import.lock", ".stamp", "03-new", "03-new/01-first.md", "03-new/module.md", "03-new/quiz.md",
            ])
            #expect(try String(contentsOfFile: folder + "/data/lessons/03-new/01-first.md", encoding: .utf8) == Self.lesson)
            #expect(try TreeSnapshot(folder + "/source") == before)

            let library = CourseLibrary.load(bundled: nil, imported: folder + "/data/lessons", extra: [])
            #expect(library.course.modules.map(\.id) == ["new-module"])
            #expect(library.course.modules.first?.lessons.map(\.id) == ["01-first"])
            #expect(library.sourceOfModule["new-module"] == .imported)
        }
    }

    @Test func courseFolderImportsEveryModuleAndSkipsFilesBesideThem() throws {
        try withWorkspace { folder in
            try FixturePaths.write("---\ntitle: 甲\n---\n", to: "course/01-a/module.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "course/01-a/01-x.md", in: folder)
            try FixturePaths.write("---\ntitle: 乙\nrequires: [a]\n---\n", to: "course/02-b/module.md", in: folder)
            try FixturePaths.write("# 说明\n", to: "course/README.md", in: folder)
            try FixturePaths.write(Data([1, 2]), to: "course/images/cover.png", in: folder)

            let result = importer(folder).importFolder("course/", replace: false)

            #expect(result.refusals.isEmpty)
            #expect(result.imported.map(\.id) == ["a", "b"])
            #expect(result.imported.map(\.folderName) == ["01-a", "02-b"])
            #expect(result.skipped == [
                ImportSkip(path: "course/README.md", reason: .outsideModule),
                ImportSkip(path: "course/images/cover.png", reason: .notMarkdown),
            ])
            #expect(try TreeSnapshot(folder + "/data/lessons").paths == [
                ".import.lock", ".stamp", "01-a", "01-a/01-x.md", "01-a/module.md", "02-b", "02-b/module.md",
            ])
        }
    }

    // MARK: - Refused folders

    @Test func folderWithEveryRefusedThingImportsNothingAndChangesNothing() throws {
        try withWorkspace { folder in
            let module = folder + "/source/03-bad"
            try FixturePaths.write(Self.moduleFile, to: "source/03-bad/module.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "source/03-bad/01-good.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "source/03-bad/inside.md", in: folder)
            let manager = FileManager.default
            try manager.createSymbolicLink(atPath: module + "/02-link-inside.md", withDestinationPath: "inside.md")
            try manager.createSymbolicLink(atPath: module + "/03-link-outside.md", withDestinationPath: folder + "/outside/secret.md")
            try manager.createSymbolicLink(atPath: module + "/linked-folder", withDestinationPath: folder + "/outside/module")
            try manager.createSymbolicLink(atPath: module + "/dangling.md", withDestinationPath: folder + "/nowhere.md")
            #expect(mkfifo(module + "/04-pipe.md", 0o644) == 0)
            try FixturePaths.write(Self.lesson, to: "source/03-bad/05-\u{1B}[31mred.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "source/03-bad/06-tab\there.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "source/03-bad/07-a..b.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "source/03-bad/08-\u{202E}dm.txt", in: folder)
            try FixturePaths.write(String(repeating: "长", count: 400_000), to: "source/03-bad/09-big.md", in: folder)
            try FixturePaths.write(Data("x".utf8), to: "source/03-bad/pictures/\u{7}bell.jpg", in: folder)
            var deviceMade = false
            if getuid() == 0 {
                // A character device with /dev/null's numbers (makedev(1, 3)).
                deviceMade = mknod(module + "/10-device.md", S_IFCHR | 0o644, dev_t(0x0103)) == 0
            }
            let socketMade = makeSocket(at: module + "/11-socket")
            let before = try TreeSnapshot(folder)

            let result = importer(folder).importFolder("source/03-bad", replace: false)

            var expected: [ImportRefusal] = [
                ImportRefusal(path: "source/03-bad/02-link-inside.md", reason: .symbolicLink),
                ImportRefusal(path: "source/03-bad/03-link-outside.md", reason: .symbolicLink),
                ImportRefusal(path: "source/03-bad/04-pipe.md", reason: .specialFile(.fifo)),
                ImportRefusal(path: "source/03-bad/05-[31mred.md", reason: .nameWithControlCharacter(scalar: 0x1B)),
                ImportRefusal(path: "source/03-bad/06-tabhere.md", reason: .nameWithControlCharacter(scalar: 0x09)),
                ImportRefusal(path: "source/03-bad/07-a..b.md", reason: .nameWithDots),
                ImportRefusal(path: "source/03-bad/08-\u{FFFD}dm.txt", reason: .nameWithBidiCharacter(scalar: 0x202E)),
                ImportRefusal(path: "source/03-bad/09-big.md", reason: .fileTooLarge(bytes: 1_200_000, limit: 1 << 20)),
            ]
            if deviceMade { expected.append(ImportRefusal(path: "source/03-bad/10-device.md", reason: .specialFile(.device))) }
            if socketMade { expected.append(ImportRefusal(path: "source/03-bad/11-socket", reason: .specialFile(.socket))) }
            expected += [
                ImportRefusal(path: "source/03-bad/dangling.md", reason: .symbolicLink),
                ImportRefusal(path: "source/03-bad/linked-folder", reason: .symbolicLink),
                ImportRefusal(path: "source/03-bad/pictures/bell.jpg", reason: .nameWithControlCharacter(scalar: 0x07)),
            ]
            #expect(result.refusals == expected)
            #expect(!result.succeeded)
            #expect(result.imported.isEmpty)
            // Nothing was written anywhere: the data directory was not even created.
            #expect(try TreeSnapshot(folder) == before)
            #expect(!FileManager.default.fileExists(atPath: folder + "/data"))
            #expect(result.refusals.allSatisfy { !$0.message(english: false).isEmpty && !$0.message(english: true).isEmpty })
        }
    }

    @Test func moreThanTwoThousandFilesIsRefusedWithoutLookingFurther() throws {
        try withWorkspace { folder in
            try FixturePaths.write(Self.moduleFile, to: "phone/module.md", in: folder)
            for index in 0..<2_000 {
                try FixturePaths.write(Data([0xFF]), to: "phone/IMG_\(index).JPG", in: folder)
            }
            let result = importer(folder).importFolder("phone", replace: false)
            #expect(result.refusals == [ImportRefusal(path: "phone", reason: .tooManyFiles(limit: 2_000))])
            #expect(!FileManager.default.fileExists(atPath: folder + "/data"))
        }
    }

    @Test func validationErrorRefusesAndLeavesNoCopy() throws {
        try withWorkspace { folder in
            try FixturePaths.write("---\ntitle: 旧\nid: old\n---\n", to: "data/lessons/01-old/module.md", in: folder)
            try FixturePaths.write("---\ntitle: 坏\n---\n", to: "broken/module.md", in: folder)
            try FixturePaths.write("## 题\n\n1. [ ] 甲\n1. [ ] 乙\n", to: "broken/quiz.md", in: folder)
            try FixturePaths.write("---\nminutes: 很多\n---\n# 课\n正文\n", to: "broken/01-x.md", in: folder)
            let before = try TreeSnapshot(folder)

            let result = importer(folder).importFolder("broken", replace: false)

            #expect(result.refusals == [ImportRefusal(path: "broken", reason: .validationErrors(count: 2))])
            #expect(result.findings.map { $0.formatted(in: .english) }.map { String($0.prefix(while: { $0 != " " })) } == [
                "broken/01-x.md:2:1:", "broken/quiz.md:3:1:",
            ])
            // The folder is checked where it is, so nothing at all is written.
            #expect(try TreeSnapshot(folder) == before)
        }
    }

    @Test func aliasBombIsRefusedQuicklyAndNothingIsWritten() throws {
        try withWorkspace { folder in
            try FixturePaths.write("---\n" + FrontMatterGuardTests.aliasBomb(levels: 10) + "---\n", to: "bomb/module.md", in: folder)
            try FixturePaths.write(Self.lesson, to: "bomb/01-a.md", in: folder)
            let before = try TreeSnapshot(folder)

            let result = importer(folder).importFolder("bomb", replace: false)

            #expect(result.refusals == [ImportRefusal(path: "bomb", reason: .validationErrors(count: 1))])
            #expect(result.findings.map { "\($0.file):\($0.line):\($0.column) \($0.code.rawValue)" } == [
                "bomb/module.md:3:5 yaml-anchor-or-alias",
            ])
            #expect(try TreeSnapshot(folder) == before)
        }
    }

    // MARK: - Replacing

    @Test func importedModuleNeedsReplaceAndIsThenSwappedWhole() throws {
        try withWorkspace { folder in
            try FixturePaths.write(Self.moduleFile, to: "v1/module.md", in: folder)
            try FixturePaths.write("# 旧课\n\n旧。\n", to: "v1/01-old.md", in: folder)
            try FixturePaths.write(Self.moduleFile, to: "v2/module.md", in: folder)
            try FixturePaths.write("# 新课\n\n新。\n", to: "v2/01-new.md", in: folder)
            let importer = importer(folder)
            #expect(importer.importFolder("v1", replace: false).succeeded)

            let refused = importer.importFolder("v2", replace: false)
            #expect(refused.refusals == [ImportRefusal(path: "v2", reason: .moduleAlreadyImported(id: "new-module", folderName: "v1"))])
            #expect(try TreeSnapshot(folder + "/data/lessons").paths == [".import.lock", ".stamp", "v1", "v1/01-old.md", "v1/module.md"])

            let replaced = importer.importFolder("v2", replace: true)
            #expect(replaced.refusals.isEmpty)
            #expect(replaced.imported == [ImportedModule(id: "new-module", title: "新单元", folderName: "v2",
                                                         replaced: .imported(folderName: "v1"))])
            #expect(try TreeSnapshot(folder + "/data/lessons").paths == [".import.lock", ".stamp", "v2", "v2/01-new.md", "v2/module.md"])
        }
    }

    @Test func bundledModuleNeedsReplaceAndTheImportThenWins() throws {
        try withWorkspace { folder in
            try FixturePaths.write("---\ntitle: 自带\nid: shop\n---\n", to: "bundled/01-shop/module.md", in: folder)
            try FixturePaths.write("---\ntitle: 其他\n---\n", to: "bundled/02-other/module.md", in: folder)
            try FixturePaths.write("---\ntitle: 本地版\nid: shop\nrequires: [other]\n---\n", to: "mine/module.md", in: folder)
            let importer = importer(folder, bundled: "bundled")

            let refused = importer.importFolder("mine", replace: false)
            #expect(refused.refusals == [ImportRefusal(path: "mine", reason: .moduleAlreadyBundled(id: "shop"))])
            #expect(refused.findings.isEmpty, "requires may name a bundled module")

            let result = importer.importFolder("mine", replace: true)
            #expect(result.imported.map(\.replaced) == [.bundled])
            let library = CourseLibrary.load(bundled: folder + "/bundled", imported: folder + "/data/lessons", extra: [])
            #expect(library.course.modules.map { $0.title.original } == ["本地版", "其他"])
            #expect(library.replacements.map(\.moduleID) == ["shop"])
            #expect(library.course.diagnostics.isEmpty)
        }
    }

    @Test func folderNameTakenByOtherContentIsRefused() throws {
        try withWorkspace { folder in
            try FixturePaths.write("not a module", to: "data/lessons/03-new/readme.txt", in: folder)
            try FixturePaths.write(Self.moduleFile, to: "03-new/module.md", in: folder)
            let result = importer(folder).importFolder("03-new", replace: true)
            #expect(result.refusals == [ImportRefusal(path: "03-new", reason: .folderNameTaken(folderName: "03-new"))])
        }
    }

    // MARK: - Links around the import

    @Test func linkGivenAsTheFolderIsRefused() throws {
        try withWorkspace { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/shortcut", withDestinationPath: folder + "/outside/module")
            for path in ["shortcut", "shortcut/"] {
                let result = importer(folder).importFolder(path, replace: false)
                #expect(result.refusals == [ImportRefusal(path: "shortcut", reason: .symbolicLink)])
            }
        }
    }

    @Test func lessonsFolderThatIsALinkIsNeverWrittenThrough() throws {
        try withWorkspace { folder in
            try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder + "/data/lessons", withDestinationPath: folder + "/outside")
            try FixturePaths.write(Self.moduleFile, to: "good/module.md", in: folder)
            let before = try TreeSnapshot(folder + "/outside")
            let result = importer(folder).importFolder("good", replace: false)
            #expect(result.refusals.map(\.reason) == [.lessonsFolderUnusable])
            #expect(try TreeSnapshot(folder + "/outside") == before)
        }
    }

    @Test func foldersLeftByAKilledImportAreCleanedUp() throws {
        try withWorkspace { folder in
            // A copy that was never put in place, an earlier import moved aside and never
            // replaced (put back), and one that was replaced (removed).
            try FixturePaths.write(Self.moduleFile, to: "data/lessons/.import-99999-abc/m/module.md", in: folder)
            try FixturePaths.write("---\ntitle: 旧\nid: old\n---\n", to: "data/lessons/.replaced-99999-abc-01-old/module.md", in: folder)
            try FixturePaths.write("---\ntitle: 乙\nid: b\n---\n", to: "data/lessons/.replaced-99999-def-02-b/module.md", in: folder)
            try FixturePaths.write("---\ntitle: 乙二\nid: b\n---\n", to: "data/lessons/02-b/module.md", in: folder)
            try FixturePaths.write(Self.moduleFile, to: "good/module.md", in: folder)
            #expect(importer(folder).importFolder("good", replace: false).succeeded)
            #expect(try TreeSnapshot(folder + "/data/lessons").paths == [
                ".import.lock", ".stamp", "01-old", "01-old/module.md", "02-b", "02-b/module.md", "good", "good/module.md",
            ])
            #expect(try String(contentsOfFile: folder + "/data/lessons/02-b/module.md", encoding: .utf8).contains("乙二"))
        }
    }

    @Test func reimportIntoTheSameFolderSwapsItWhole() throws {
        try withWorkspace { folder in
            try FixturePaths.write(Self.moduleFile, to: "03-new/module.md", in: folder)
            try FixturePaths.write("# 一\n\n旧。\n", to: "03-new/01-one.md", in: folder)
            let importer = importer(folder)
            #expect(importer.importFolder("03-new", replace: false).succeeded)
            try FileManager.default.removeItem(atPath: folder + "/03-new/01-one.md")
            try FixturePaths.write("# 二\n\n新。\n", to: "03-new/02-two.md", in: folder)
            let result = importer.importFolder("03-new", replace: true)
            #expect(result.imported.map(\.replaced) == [.imported(folderName: "03-new")])
            #expect(try TreeSnapshot(folder + "/data/lessons").paths == [".import.lock", ".stamp", "03-new", "03-new/02-two.md", "03-new/module.md"])
        }
    }

    @Test func missingFolderAndFileAreRefused() throws {
        try withWorkspace { folder in
            #expect(importer(folder).importFolder("nope", replace: false).refusals.map(\.reason) == [.pathNotFound])
            #expect(importer(folder).importFolder("outside/secret.md", replace: false).refusals.map(\.reason) == [.notAFolder])
            try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
            #expect(importer(folder).importFolder("empty", replace: false).refusals.map(\.reason) == [.noModules])
        }
    }
}

/// Every entry under a folder (not following links): kind, size, bytes and modification time.
struct TreeSnapshot: Equatable {
    var entries: [String: String]

    init(_ root: String) throws {
        entries = [:]
        try walk(root, relative: "")
    }

    var paths: [String] { entries.keys.sorted() }

    private mutating func walk(_ folder: String, relative: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = folder + "/" + name
            let key = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                entries[key] = "dir \(info.st_mode) \(modified)"
                try walk(path, relative: key)
            case S_IFREG:
                let bytes = FileManager.default.contents(atPath: path) ?? Data()
                entries[key] = "file \(info.st_mode) \(modified) " + bytes.base64EncodedString()
            case S_IFLNK:
                entries[key] = "link " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            default:
                entries[key] = "special \(info.st_mode)"
            }
        }
    }
}

/// Binds a Unix socket at `path` (closed at once; the socket file stays).
private func makeSocket(at path: String) -> Bool {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
        for (index, byte) in bytes.enumerated() { buffer[index] = byte }
    }
    return withUnsafePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0
        }
    }
}
