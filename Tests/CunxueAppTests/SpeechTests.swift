import Foundation
import Testing
@testable import CunxueApp
import LessonKit

@Suite("Read aloud: the text sent and the engines")
struct SpeechTests {
    @Test("numbers, units and symbols as they are said", arguments: [
        ("遇到骗子，打 96110 问问。", UILanguage.zh, "遇到骗子，打 9 6 1 1 0 问问。"),
        ("马上打 110 报警", .zh, "马上打 1 1 0 报警"),
        ("一年不超过 100000 元", .zh, "一年不超过 100000 元"),
        ("付款后 48 小时内发货", .zh, "付款后 48 小时内发货"),
        ("淘宝收 0.6% 的服务费", .zh, "淘宝收 百分之0.6 的服务费"),
        ("Taobao takes 0.6% of each sale", .en, "Taobao takes 0.6 percent of each sale"),
        ("一斤卖 ¥20", .zh, "一斤卖 20 元"),
        ("审核 1–3 个工作日", .zh, "审核 1 到 3 个工作日"),
        ("售价 − 成本 = 利润", .zh, "售价 减 成本 等于 利润"),
        ("**一定**要打 `12381`", .zh, "一定 要打 1 2 3 8 1"),
        ("│ ● 已读 ✓ ░░░█ │", .zh, "已读"),
    ])
    func spoken(_ text: String, _ language: UILanguage, _ expected: String) {
        #expect(SpokenText.make(text, language: language) == expected)
    }

    @Test func optionNumbersAreWords() {
        #expect(SpokenText.option(1, language: .zh) == "选项一")
        #expect(SpokenText.option(12, language: .zh) == "选项十二")
        #expect(SpokenText.option(20, language: .zh) == "选项二十")
        #expect(SpokenText.option(3, language: .en) == "option 3")
    }

    @Test func enginesInOrder() {
        let all: Set<String> = ["/usr/bin/spd-say", "/usr/bin/espeak-ng"]
        let path = ["PATH": "/usr/local/bin:/usr/bin"]
        #expect(Speaker.choose(environment: path.merging(["CUNXUE_SPEAK": "tee /tmp/x"]) { a, _ in a }, isExecutable: all.contains)
                == .custom("tee /tmp/x"))
        #expect(Speaker.choose(environment: path, isExecutable: all.contains) == .speechDispatcher("/usr/bin/spd-say"))
        #expect(Speaker.choose(environment: path, isExecutable: { $0 == "/usr/bin/espeak-ng" }) == .espeak("/usr/bin/espeak-ng"))
        #expect(Speaker.choose(environment: path, isExecutable: { _ in false }) == nil)
    }

    @Test func commandLines() {
        #expect(Speaker.command(.espeak("/usr/bin/espeak-ng"), text: "你好", language: .zh, rate: 150).arguments
                == ["/usr/bin/espeak-ng", "-v", "cmn", "-s", "150", "--stdin"])
        #expect(Speaker.command(.speechDispatcher("/usr/bin/spd-say"), text: "-x", language: .en, rate: 180).arguments
                == ["/usr/bin/spd-say", "--wait", "--language", "en", "--rate", "20", "--", "-x"])
        let custom = Speaker.command(.custom("cat"), text: "t", language: .zh, rate: 999)
        #expect(custom.environment == ["CUNXUE_SPEAK_LANG": "zh", "CUNXUE_SPEAK_RATE": "260"])
    }

    /// A custom engine gets the text on standard input and the language in its environment, and
    /// the speaker says when it has finished, without the caller waiting.
    @Test func customEngineGetsTextAndLanguage() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-speak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("spoken.txt").path
        let speaker = Speaker(engine: .custom("{ printf '%s|' \"$CUNXUE_SPEAK_LANG\"; cat; } > '\(out)'"))
        let finished = await withCheckedContinuation { continuation in
            let started = speaker.speak("选项一：打 9 6 1 1 0", language: .zh, rate: 160) { continuation.resume(returning: $0) }
            if !started { continuation.resume(returning: false) }
        }
        #expect(finished)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "zh|选项一：打 9 6 1 1 0")
    }

    @Test func stoppingEndsTheEngine() async throws {
        let speaker = Speaker(engine: .custom("exec sleep 30"))
        let finished = await withCheckedContinuation { continuation in
            speaker.speak("很长的一段话", language: .zh, rate: 160) { continuation.resume(returning: $0) }
            speaker.stop()
        }
        #expect(!finished)  // killed, not spoken to the end (sleep ending by itself would count as spoken)
    }
}

@Suite("Read aloud: a real engine")
struct SpeechEngineTests {
    /// espeak-ng (installed by scripts/setup) writes the first lesson's first paragraph as a WAV
    /// that holds sound, not silence.
    @Test func espeakSpeaksTheFirstParagraphOfTheFirstLesson() throws {
        let candidates = ["/usr/bin/espeak-ng", "/usr/local/bin/espeak-ng"]
        let espeak = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) },
                                  "espeak-ng is missing: run scripts/setup")
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons")
        let course = CourseLoader().load(lessons.path)
        let lesson = try #require(course.modules.first?.lessons.first)
        let paragraph = try #require(lesson.body.value(for: .simplifiedChinese).blocks.first { block in
            if case .paragraph = block.kind { return true } else { return false }
        })
        let text = SpokenText.make(paragraph.plainText, language: .zh)
        #expect(text.count > 10)
        let wav = FileManager.default.temporaryDirectory.appendingPathComponent("cunxue-\(UUID().uuidString).wav")
        defer { try? FileManager.default.removeItem(at: wav) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: espeak)
        process.arguments = ["-v", "cmn", "-w", wav.path, text]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let data = try Data(contentsOf: wav)
        #expect(data.count > 10_000, "\(data.count) bytes")
        #expect(data.dropFirst(44).contains { $0 != 0 && $0 != 0xFF })  // samples, not silence
    }
}
