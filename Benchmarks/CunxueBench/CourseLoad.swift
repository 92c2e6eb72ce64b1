import ArgumentParser
import CunxueApp
import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension CunxueBench {
    /// Loads a course folder in-process, as the app does at start, without a terminal: the
    /// loader's own share of the start, for profiling (`perf record`) and for comparing changes.
    /// The figures include making the app's `Library` of the course (its lookups by id), as the
    /// app's `loadCourse` effect does; `library_ms` is that part alone.
    struct CourseLoad: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "course-load",
            abstract: "Loads a course folder in-process as the app does at start (median wall and processor time).")
        @Option(help: "The course folder (loaded as the app's --lessons layer).") var lessons: String
        @Option(help: "Loads timed.") var runs = 5
        @Flag(help: "Read everything, as `cunxue validate` does, instead of the app's index.") var full = false
        @Flag(help: "Also sign a new learner in and draw the home screen at 80x24, as the app does next (home_ms).")
        var home = false

        func run() {
            var wall = Timings()
            var processor = Timings()
            var indexing = Timings()
            var homes = Timings()
            var modules = 0
            var lessonCount = 0
            for _ in 0..<runs {
                let cpuBefore = processorMilliseconds()
                let start = monotonicNanoseconds()
                let library = CourseLibrary.load(bundled: nil, imported: nil, extra: [lessons], mode: full ? .full : .index)
                let loaded = monotonicNanoseconds()
                let app = Library(library.course)
                let end = monotonicNanoseconds()
                withExtendedLifetime(app) {}
                wall.add(Double(end - start) / 1_000_000)
                indexing.add(Double(end - loaded) / 1_000_000)
                processor.add(processorMilliseconds() - cpuBefore)
                if home { homes.add(homeMilliseconds(app)) }
                modules = library.course.modules.count
                lessonCount = library.course.modules.reduce(0) { $0 + $1.lessons.count }
            }
            print("modules=\(modules) lessons=\(lessonCount)")
            print(String(format: "wall_median_ms=%.1f wall_best_ms=%.1f cpu_median_ms=%.1f library_ms=%.1f", wall.median, wall.best,
                         processor.median, indexing.median) + (home ? String(format: " home_ms=%.2f", homes.median) : ""))
        }

        /// Signs a new learner in on `library` and draws the home screen once, timed.
        private func homeMilliseconds(_ library: Library) -> Double {
            let start = monotonicNanoseconds()
            var state = AppState(size: Size(width: 80, height: 24), language: .zh, now: Date(), library: library)
            guard let learner = try? Learner(id: "bench0001", displayName: "王芳", createdAt: Date()) else { return 0 }
            _ = state.update(.signedIn(LearnerRecord(learner: learner), warnings: []))
            let screen = renderScreen(state)
            withExtendedLifetime(screen) {}
            return Double(monotonicNanoseconds() - start) / 1_000_000
        }
    }
}

/// The processor time this process has used so far (user and system), in milliseconds.
private func processorMilliseconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec) / 1000
    let system = Double(usage.ru_stime.tv_sec) * 1000 + Double(usage.ru_stime.tv_usec) / 1000
    return user + system
}
