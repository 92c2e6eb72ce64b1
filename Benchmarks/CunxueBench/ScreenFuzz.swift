import CunxueApp
import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// A seeded random run through the loader and the app's screens, for a set time.
///
/// Each round writes a module folder of mutated corpus files (module.md, lessons, checks, a
/// module quiz, translations; the first byte of a corpus file is the fuzzer's role byte and is
/// dropped), loads it with `CourseLoader`, signs a learner in and sends 300 random events: keys,
/// clicks, wheel turns, resizes (too small included), the clock. Effects are answered as the
/// store would (`signIn` → `signedIn`), saves are dropped. After every event the screen is
/// rendered and must hold no control or bidirectional character in any cell, and every row must
/// be exactly as wide as the screen. A crash ends the process: the folder of the round is left
/// in `--work` to reproduce it with `--seed` and `--first-round`.
struct ScreenFuzz {
    /// Seconds to run.
    var seconds: Int
    /// The seed of the first round.
    var seed: UInt64
    /// The round to start at (to reproduce one).
    var firstRound: Int
    /// Corpus files.
    var corpus: [Data]
    /// Where the current round's folder is written.
    var work: URL
    /// Print each round's lesson count and first errors.
    var isVerbose = false

    private static let fragments: [String] = [
        "# ", "## ", "---\n", "title: ", "minutes: ", "shuffleAnswers: ", "nQuestions: ", "passingGrade: ", "1. [x] ",
        "1. [ ] ", "- [x] ", "- [ ] ", "- ", "> ", "    > ", "```", "`", "**", "_", "~~", "[", "](", ")", "![", "<b>", "|",
        "| --- |", "\n", "\n\n", "\t", "\u{1B}[31m", "\u{1B}]2;T\u{7}", "\u{7}", "\u{0}", "\u{85}", "\u{9B}", "\u{202E}",
        "\u{2066}", "\u{200F}", "\r\n", "\u{FEFF}", "淘宝", "实名认证", "👍🏽", "é", "e\u{301}", "🇨🇳", "\u{200B}", "ｱ",
        "한", "ꙮ", "𠀀", String(repeating: "长", count: 300), String(repeating: "x", count: 500), "http://x.cn",
    ]

    private static let names = ["module.md", "01-a.md", "01-a.en.md", "01-a.quiz.md", "01-a.quiz.en.md", "02-b.md",
                                "02-b.quiz.md", "quiz.md", "quiz.en.md"]

    /// Runs rounds until the time is up; prints what was covered; exits 1 on a broken rule.
    func run() {
        let module = work.appendingPathComponent("m")
        let deadline = monotonicNanoseconds() + UInt64(seconds) * 1_000_000_000
        var round = firstRound
        var events = 0
        var lessons = 0
        var questions = 0
        var screens = 0
        var learner: Learner
        do {
            learner = try Learner(displayName: "王芳", createdAt: Date(timeIntervalSince1970: 1_750_000_000))
        } catch {
            fail("learner: \(error)")
        }
        say("screen fuzz: seed \(seed), \(corpus.count) corpus files, \(seconds) s")
        repeat {
            var random = SplitMix64(seed: seed &+ UInt64(round) &* 0x9E37_79B9_7F4A_7C15)
            try? FileManager.default.removeItem(at: module)
            for name in Self.names where name == "module.md" || Int.random(in: 0..<3, using: &random) > 0 {
                var data = mutated(&random)
                if name == "module.md" && Int.random(in: 0..<4, using: &random) > 0 {
                    data = Data("---\ntitle: 模块\(round)\n---\n".utf8) + data
                }
                writeFile(data, to: module.appendingPathComponent(name))
            }
            let course = CourseLoader().load(module.path)
            if isVerbose {
                say("round \(round): \(course.lessonCount) lessons; \(course.errors.prefix(3).map { $0.formatted() })")
            }
            lessons += course.lessonCount
            questions += course.questionCount
            var state = AppState(size: Size(width: 80, height: 24), language: .zh,
                                 now: Date(timeIntervalSince1970: 1_750_000_000), library: Library(course), seed: seed &+ UInt64(round))
            let record = LearnerRecord(learner: learner)
            apply(state.update(.signedIn(record, warnings: [])), to: &state, record: record)
            for step in 0..<300 {
                let event = randomEvent(&random, state: state)
                apply(state.update(event), to: &state, record: record)
                if case .signIn = state.route { apply(state.update(.signedIn(record, warnings: [])), to: &state, record: record) }
                let screen = renderScreen(state)
                check(screen, round: round, step: step, event: event)
                events += 1
                screens += 1
                if state.isFinished { break }
            }
            round += 1
            if (round - firstRound) % 200 == 0 { say("  round \(round): \(events) events so far") }
        } while monotonicNanoseconds() < deadline
        try? FileManager.default.removeItem(at: module)
        say("screen fuzz: \(round - firstRound) rounds (seed \(seed), rounds \(firstRound)..<\(round)), \(lessons) lessons and \(questions) questions loaded, \(events) events, \(screens) screens checked")
        say("held: no control or bidi character in any cell, every row exactly the screen's width, no crash")
    }

    /// A corpus file (role byte dropped) with a few random changes: mostly to its characters
    /// (so that most files stay UTF-8 and load), one time in ten to its bytes.
    private func mutated(_ random: inout SplitMix64) -> Data {
        let original = (corpus.randomElement(using: &random) ?? Data()).dropFirst()
        let changes = Int.random(in: 0...4, using: &random)
        if Int.random(in: 0..<10, using: &random) == 0 {
            var bytes = [UInt8](original)
            for _ in 0..<changes {
                let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
                if Int.random(in: 0..<2, using: &random) == 0, at < bytes.count {
                    bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
                } else {
                    bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
                }
            }
            return Data(bytes)
        }
        var scalars = Array(String(decoding: original, as: UTF8.self).unicodeScalars)
        for _ in 0..<changes {
            let at = scalars.isEmpty ? 0 : Int.random(in: 0...scalars.count, using: &random)
            let end = min(scalars.count, at + Int.random(in: 1...80, using: &random))
            switch Int.random(in: 0..<4, using: &random) {
            case 0: scalars.insert(contentsOf: (Self.fragments.randomElement(using: &random) ?? "").unicodeScalars, at: at)
            case 1 where at < end: scalars.removeSubrange(at..<end)
            case 2 where at < end: scalars.insert(contentsOf: Array(scalars[at..<end]), at: at)
            default:
                let other = Array(String(decoding: (corpus.randomElement(using: &random) ?? Data()).dropFirst(), as: UTF8.self).unicodeScalars)
                let from = other.isEmpty ? 0 : Int.random(in: 0..<other.count, using: &random)
                scalars.insert(contentsOf: other[from...].prefix(300), at: at)
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return Data(String(text).utf8)
    }

    private func randomEvent(_ random: inout SplitMix64, state: AppState) -> Event {
        let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .enter, .enter, .escape,
                           .backspace, .tab, .backTab, .character(" "), .character("h"), .character("?"), .character("L"),
                           .character("q"), .character("n"), .character("y"), .function(1)]
            + (1...9).map { Key.character(Character("\($0)")) }
        switch Int.random(in: 0..<20, using: &random) {
        case 0:
            let width = Int.random(in: 30...220, using: &random)
            return .input(.resize(Size(width: width, height: Int.random(in: 8...70, using: &random))))
        case 1:
            let point = Point(x: Int.random(in: 0..<max(1, state.size.width), using: &random),
                              y: Int.random(in: 0..<max(1, state.size.height), using: &random))
            let action: [MouseAction] = [.click, .click, .wheelUp, .wheelDown]
            return .input(.mouse(action.randomElement(using: &random) ?? .click, point))
        case 2:
            return .tick(state.now.addingTimeInterval(Double.random(in: 0...120, using: &random)))
        default:
            return .input(.key(keys.randomElement(using: &random) ?? .enter))
        }
    }

    /// Answers effects the way the store would; nothing is written.
    private func apply(_ effects: [Effect], to state: inout AppState, record: LearnerRecord) {
        for effect in effects {
            if case .signIn = effect { _ = state.update(.signedIn(record, warnings: [])) }
        }
    }

    private func check(_ screen: Screen, round: Int, step: Int, event: Event) {
        for y in 0..<screen.size.height {
            for x in 0..<screen.size.width {
                let text = screen[x, y].text
                if let bad = text.unicodeScalars.first(where: { TextSanitizer.action(for: $0) != nil }) {
                    fail("round \(round) step \(step) after \(event): U+\(String(bad.value, radix: 16)) in cell \(x),\(y)\n\(screen.text)")
                }
            }
        }
        for (y, line) in screen.lines.enumerated() where DisplayWidth.of(line) != screen.size.width {
            fail("round \(round) step \(step) after \(event): row \(y) is \(DisplayWidth.of(line)) columns wide, not \(screen.size.width)\n\(screen.text)")
        }
    }
}

/// SplitMix64: small, fast, and the same sequence for the same seed on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator starting at `seed`.
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
