import ArgumentParser
import Foundation

/// `cunxue-bench`: measurements and hardening runs for scripts/bench and scripts/harden. Every
/// subcommand prints what it measured; the last line is `key=value` figures for the scripts.
@main
struct CunxueBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cunxue-bench",
        abstract: "Benchmarks and hardening runs for scripts/bench and scripts/harden.",
        subcommands: [Keys.self, SaveKeys.self, FirstPaintCommand.self, KillSaves.self, FuzzScreens.self,
                      WriteLongLesson.self, TerminalProbe.self, CourseLoad.self])
}

/// A terminal size written `WIDTHxHEIGHT`.
struct TerminalSize: ExpressibleByArgument {
    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(argument: String) {
        let parts = argument.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts.allSatisfy({ $0 > 0 }) else { return nil }
        self.init(width: parts[0], height: parts[1])
    }
}

extension CunxueBench {
    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One key press to a painted screen on a long lesson, in-process (median, p99, worst).")
        @Option(help: "Presses timed.") var presses = 1000
        @Option(help: "Terminal size, WxH.") var size = TerminalSize(width: 200, height: 60)
        @Option(help: "The long lesson's length in bytes.") var lessonBytes = 20_000

        func run() {
            KeyLatency(presses: presses, size: .init(width: size.width, height: size.height), lessonBytes: lessonBytes).run()
        }
    }

    struct SaveKeys: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "save-keys",
            abstract: "Key to painted frame through the real Runtime while every key saves a learner with many attempts.")
        @Option(help: "Keys timed.") var presses = 300
        @Option(help: "Attempts in the learner's file.") var attempts = 1000
        @Option(help: "Milliseconds between keys (a fast typist: 20–100).") var intervalMs = 20

        func run() {
            SaveLatency(presses: presses, attempts: attempts, intervalMilliseconds: intervalMs).run()
        }
    }

    struct FirstPaintCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "first-paint",
            abstract: "Start to first painted screen under tmux, polling capture-pane; peak RSS of each run.")
        @Option(help: "The cunxue binary.") var cunxue: String
        @Option(help: "The data directory.") var dataDir: String
        @Option(help: "A --lessons folder for the app.") var lessons: String?
        @Option(help: "Runs.") var runs = 11
        @Option(help: "The text that shows the screen is painted.") var text = "欢迎来到村学"
        @Option(help: "Terminal size, WxH.") var size = TerminalSize(width: 80, height: 24)
        @Option(help: "capture-pane polling interval.") var pollMs = 2
        @Flag(help: "Measure the method's floor: `printf TEXT` in place of the app.") var baseline = false
        @Option(help: "Then press Enter (the first learner, no PIN) and wait for this text of the home screen.")
        var homeText: String?
        @Option(help: "capture-pane polling interval while waiting for the home screen.") var homePollMs = 10

        func run() {
            FirstPaint(cunxue: cunxue, dataDirectory: dataDir, lessons: lessons, runs: runs, text: text,
                       width: size.width, height: size.height, pollMilliseconds: Double(pollMs), isBaseline: baseline,
                       homeText: homeText, homePollMilliseconds: Double(homePollMs)).run()
        }
    }

    struct KillSaves: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kill-saves", abstract: "SIGKILL during durable saves N times; checks the file after each kill.")
        @Option(help: "The cunxue-save-loop binary.") var saveLoop: String
        @Option(help: "Kills.") var rounds = 1000
        @Option(help: "Attempts of padding in the saved file.") var padding = 40

        func run() { SaveKills(saveLoop: saveLoop, rounds: rounds, padding: padding).run() }
    }

    struct FuzzScreens: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fuzz-screens",
            abstract: "Seeded random lesson folders through the loader and random events through the app's screens.")
        @Option(help: "A folder of corpus files (lesson file texts).") var corpus: String
        @Option(help: "How long to run.") var seconds = 30
        @Option(help: "The seed (printed; random when not given).") var seed: UInt64?
        @Option(help: "The round to start from (to reproduce one).") var firstRound = 0
        @Option(help: "Where to write round folders (kept after a crash).") var work: String?
        @Flag(help: "Print every round.") var verbose = false

        func run() {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).sorted()
            let texts = names.compactMap { FileManager.default.contents(atPath: corpus + "/" + $0) }
            guard !texts.isEmpty else { fail("no corpus files in \(corpus)") }
            let folder = work.map { URL(fileURLWithPath: $0) } ?? makeTemporaryFolder("cunxue-screen-fuzz")
            ScreenFuzz(seconds: seconds, seed: seed ?? UInt64.random(in: 1...999_999), firstRound: firstRound,
                       corpus: texts, work: folder, isVerbose: verbose).run()
            // A crash leaves the round's folder for reproducing it; a clean run leaves nothing.
            if work == nil { try? FileManager.default.removeItem(at: folder) }
        }
    }

    struct WriteLongLesson: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "write-long-lesson", abstract: "Writes the long-lesson course the key benchmark uses.")
        @Option(help: "The lesson's length in bytes.") var bytes = 20_000
        @Option(help: "The folder to write.") var out: String

        func run() { say(LongLesson.writeCourse(bytes: bytes, in: URL(fileURLWithPath: out)).url.path) }
    }
}
