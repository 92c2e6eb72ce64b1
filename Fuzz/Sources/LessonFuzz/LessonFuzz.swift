import Foundation
import FuzzDriver
import LessonKit

/// The program's entry point: libFuzzer's driver on `lessonFuzz` (see `runFuzzDriver`).
@_cdecl("LessonFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzDriver(argc, argv, lessonFuzz)
}

/// libFuzzer's entry point: one input is one lesson-folder file.
///
/// The first byte picks the file the rest becomes, in a module folder that otherwise holds
/// well-formed files: 0 a lesson, 1 its check, 2 the module quiz, 3 `module.md`, 4 an English
/// translation of the lesson, 5 an English translation of the module quiz, 6 a rehearsal scenario
/// (Twee), 7 an English translation of a scenario. The folder is loaded
/// with `CourseLoader`, and the rest is also parsed in memory with `MarkdownParser` when it is
/// UTF-8. Then every string in the loaded modules, and every diagnostic as printed, must be free
/// of control characters (but tab and newline) and bidirectional formatting characters: any
/// other outcome, or a crash or hang, is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func lessonFuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let input = FuzzInput(start, count) else { return 0 }
    let (role, content) = (input.role, input.content)
    let module = FuzzFolder.shared.module
    FuzzFolder.shared.reset()
    let name: String
    switch role % 8 {
    case 0: name = "01-a.md"
    case 1: name = "01-a.quiz.md"
    case 2: name = "quiz.md"
    case 3: name = "module.md"
    case 4: name = "01-a.en.md"
    case 5: name = "quiz.en.md"
    case 6: name = "07-s.twee"
    default: name = "07-s.en.twee"
    }
    if role % 8 == 1 || role % 8 == 4 { FuzzFolder.write("---\ntitle: 课\n---\n\n正文。\n", to: module + "/01-a.md") }
    if role % 8 == 5 { FuzzFolder.write("## 题\n\n1. [x] 对\n1. [ ] 错\n", to: module + "/quiz.md") }
    if role % 8 == 7 {
        FuzzFolder.write(":: Start [timer-20]\n开始。\n[[对->好]]\n[[错->坏]]\n:: 好 [good]\n对。\n[[E]]\n"
                         + ":: 坏 [mistake]\n不对。\n[[Start]]\n:: E [end pass]\n好。\n", to: module + "/07-s.twee")
    }
    if role % 8 != 3 { FuzzFolder.write("---\ntitle: 模块\n---\n", to: module + "/module.md") }
    _ = FileManager.default.createFile(atPath: module + "/" + name, contents: content)

    let course = CourseLoader().load(module)
    var texts: [String] = []
    collectStrings(course.modules, into: &texts, depth: 0)
    for diagnostic in course.diagnostics { texts.append(diagnostic.formatted()) }
    if let text = String(validating: content, as: UTF8.self) {
        collectStrings(MarkdownParser().parse(text), into: &texts, depth: 0)
    }
    for text in texts {
        if let bad = text.unicodeScalars.first(where: { TextSanitizer.action(for: $0) != nil }) {
            fatalError("U+\(String(bad.value, radix: 16, uppercase: true)) left in \(text.debugDescription)")
        }
    }
    return 0
}

/// Every `String` (and `Substring`, `Character`) inside `value`, found by reflection.
private func collectStrings(_ value: Any, into texts: inout [String], depth: Int) {
    switch value {
    case let text as String: texts.append(text); return
    case let text as Substring: texts.append(String(text)); return
    case let character as Character: texts.append(String(character)); return
    default: break
    }
    guard depth < 200 else { return }
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .class { return }
    for child in mirror.children { collectStrings(child.value, into: &texts, depth: depth + 1) }
}

/// The module folder inputs are written to: one per process, removed at exit.
private final class FuzzFolder: @unchecked Sendable {
    static let shared = FuzzFolder()
    let module: String

    private init() {
        module = fuzzScratchFolder("cunxue-fuzz") + "/m"
        try? FileManager.default.createDirectory(atPath: module, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: FuzzFolder.shared.module + "/..") }
    }

    /// Empties the module folder.
    func reset() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: module)) ?? [] {
            unlink(module + "/" + name)
        }
    }

    static func write(_ text: String, to path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
}
