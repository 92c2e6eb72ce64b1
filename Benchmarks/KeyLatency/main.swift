// cunxue-bench: measurements and hardening runs for scripts/bench and scripts/harden.
//
//   cunxue-bench keys [--presses N] [--size WxH] [--lesson-bytes B]
//       one key press to painted screen on a long lesson, in-process (median, p99, worst)
//   cunxue-bench first-paint --cunxue PATH --data-dir DIR [--lessons DIR] [--runs N]
//                            [--text TEXT] [--size WxH] [--poll-ms MS] [--baseline yes]
//       start to first painted screen under tmux, polling capture-pane; peak RSS of each run
//       (--baseline: the method's floor, `printf TEXT` in place of the app)
//   cunxue-bench kill-saves --save-loop PATH [--rounds N] [--padding N]
//       SIGKILL during durable saves N times; checks the file after each kill
//   cunxue-bench fuzz-screens --corpus DIR [--seconds S] [--seed N] [--first-round R] [--work DIR] [--verbose yes]
//       seeded random lesson folders through the loader and random events through the app's screens
//   cunxue-bench write-long-lesson --bytes B --out FOLDER
//       writes the long-lesson course the key benchmark uses (for running the app on it)
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { fail("usage: cunxue-bench keys|first-paint|kill-saves|fuzz-screens|write-long-lesson [OPTIONS]") }
let options = Options(arguments.dropFirst(2))

switch arguments[1] {
case "keys":
    let (width, height) = options.size("size", (200, 60))
    KeyLatency(presses: options.int("presses", 1000), size: .init(width: width, height: height),
               lessonBytes: options.int("lesson-bytes", 20_000)).run()
case "first-paint":
    guard let cunxue = options.optional("cunxue"), let data = options.optional("data-dir") else {
        fail("first-paint needs --cunxue PATH and --data-dir DIR")
    }
    let (width, height) = options.size("size", (80, 24))
    FirstPaint(cunxue: cunxue, dataDirectory: data, lessons: options.optional("lessons"), runs: options.int("runs", 11),
               text: options.string("text", "欢迎来到村学"), width: width, height: height,
               pollMilliseconds: Double(options.int("poll-ms", 2)), isBaseline: options.optional("baseline") != nil).run()
case "kill-saves":
    guard let saveLoop = options.optional("save-loop") else { fail("kill-saves needs --save-loop PATH") }
    SaveKills(saveLoop: saveLoop, rounds: options.int("rounds", 1000), padding: options.int("padding", 40)).run()
case "fuzz-screens":
    guard let corpusPath = options.optional("corpus") else { fail("fuzz-screens needs --corpus DIR") }
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpusPath)) ?? []).sorted()
    let corpus = names.compactMap { FileManager.default.contents(atPath: corpusPath + "/" + $0) }
    guard !corpus.isEmpty else { fail("no corpus files in \(corpusPath)") }
    let work = options.optional("work").map { URL(fileURLWithPath: $0) } ?? makeTemporaryFolder("cunxue-screen-fuzz")
    let seed = options.optional("seed").flatMap { UInt64($0) } ?? UInt64.random(in: 1...999_999)
    ScreenFuzz(seconds: options.int("seconds", 30), seed: seed, firstRound: options.int("first-round", 0),
               corpus: corpus, work: work, isVerbose: options.optional("verbose") != nil).run()
    // A crash leaves the round's folder for reproducing it; a clean run leaves nothing.
    if options.optional("work") == nil { try? FileManager.default.removeItem(at: work) }
case "write-long-lesson":
    guard let out = options.optional("out") else { fail("write-long-lesson needs --out FOLDER") }
    say(LongLesson.writeCourse(bytes: options.int("bytes", 20_000), in: URL(fileURLWithPath: out)).url.path)
default:
    fail("unknown subcommand \(arguments[1])")
}
