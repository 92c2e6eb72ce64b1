import CunxueApp
import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// One key press to a painted screen, measured in-process the way the Runtime handles a key:
/// `update(.tick)` and `update(.input(.key))`, the `drawnState != state` check, `renderScreen`
/// and `Screen.diff(from:)` against the screen painted before. What ncurses then does with the
/// changed cells (a few hundred `mvadd_wch` and one `refresh`) is not included.
///
/// A learner is signed in on a course whose first lesson is a long one (about `lessonBytes` of
/// mixed Chinese and English Markdown with tables and lists), opens it with Enter on the home
/// screen, and presses ↓ `presses` times — ↑ once the end is reached, and back — so that every
/// press scrolls.
struct KeyLatency {
    /// How many presses are timed.
    var presses: Int
    /// The terminal size.
    var size: Size
    /// The long lesson's length in bytes.
    var lessonBytes: Int

    /// Runs the measurement and prints the figures.
    func run() {
        let folder = makeTemporaryFolder("cunxue-keys")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = LongLesson.writeCourse(bytes: lessonBytes, in: folder)
        let course = CourseLoader().load(written.url.path)
        guard course.errors.isEmpty, let first = course.modules.first, first.lessons.count == 2 else {
            fail("the generated course did not load: \(course.diagnostics.map { "\($0)" })")
        }
        let start = Date(timeIntervalSince1970: 1_750_000_000)
        var state = AppState(size: size, language: .zh, now: start, library: Library(course))
        let learner: Learner
        do {
            learner = try Learner(displayName: "测试学员", createdAt: start)
        } catch {
            fail("learner: \(error)")
        }
        _ = state.update(.signedIn(LearnerRecord(learner: learner), warnings: []))
        guard case .home = state.route else { fail("not on the home screen after signing in") }
        var previous = renderScreen(state)

        // Enter on the home screen: "start here" opens the long lesson (laid out once).
        let openStart = monotonicNanoseconds()
        _ = state.update(.input(.key(.enter)))
        var screen = renderScreen(state)
        _ = screen.diff(from: previous)
        let openMilliseconds = milliseconds(since: openStart)
        guard case .reader(let reader) = state.route, reader.lessonID == first.lessons[0].id else {
            fail("Enter on the home screen did not open the long lesson")
        }
        previous = screen

        var timings = Timings()
        var changedCells = Timings()
        var key = Key.down
        var scroll = reader.scroll
        var turns = 0
        var now = start
        var drawnState = state
        var maxScroll = 0
        for _ in 0..<presses {
            now = now.addingTimeInterval(0.2)
            let began = monotonicNanoseconds()
            _ = state.update(.tick(now))
            _ = state.update(.input(.key(key)))
            var changes: [Screen.Change] = []
            if drawnState != state {
                screen = renderScreen(state)
                changes = screen.diff(from: previous)
                previous = screen
                drawnState = state
            }
            timings.add(milliseconds(since: began))
            changedCells.add(Double(changes.count))
            guard case .reader(let current) = state.route else { fail("left the reader") }
            if current.scroll == scroll {
                key = key == .down ? .up : .down
                turns += 1
            }
            scroll = current.scroll
            maxScroll = max(maxScroll, scroll)
        }
        say("key latency: \(presses) presses (↓, and ↑ back from the end: \(turns) turns) on a \(written.lessonBytes)-byte lesson at \(size.width)x\(size.height), \(maxScroll + 1) scroll positions")
        say("  open the lesson (layout + first paint): \(format(openMilliseconds)) ms")
        say("  per key: median \(format(timings.median, 3)) ms, p99 \(format(timings.percentile(0.99), 3)) ms, worst \(format(timings.worst, 3)) ms; cells changed per key: median \(Int(changedCells.median))")
        say("keys_median_ms=\(format(timings.median, 3)) keys_p99_ms=\(format(timings.percentile(0.99), 3)) keys_worst_ms=\(format(timings.worst, 3)) keys_open_ms=\(format(openMilliseconds))")
    }
}
