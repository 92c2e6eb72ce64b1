import Foundation

/// Shared set-up for the tests of the instructor's commands.
enum InstructorTools {
    /// The environment for a run: a small course as the bundled one, UTC, no data directory
    /// from the environment.
    static func environment(course: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["CUNXUE_DATA_DIR"] = nil
        environment["CUNXUE_LESSONS"] = course.path
        environment["TZ"] = "UTC"
        return environment
    }

    /// Runs `cunxue` with `arguments` from inside `folder` (through `/bin/sh`, which changes
    /// folder first), so relative paths can be tested.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String]) throws -> CommandResult {
        let quoted = ([cunxueBinary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let script = "cd '\(folder.path)' && exec " + quoted.joined(separator: " ")
        return try runCommand(URL(fileURLWithPath: "/bin/sh"), ["-c", script], environment: environment)
    }

    /// Writes `text` to `folder/relative`, creating folders on the way.
    static func write(_ text: String, to relative: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes each of `files` (a path under `folder` and its text), creating folders on the way.
    static func write(_ files: KeyValuePairs<String, String>, in folder: URL) throws {
        for (relative, text) in files { try write(text, to: relative, in: folder) }
    }

    /// Runs `cunxue import` of `folder/source` into the data folder `data`, with `options`
    /// (`--replace`) before the folder.
    static func importFolder(_ source: String, in folder: URL, data: String, options: [String] = [],
                             environment: [String: String]) throws -> CommandResult {
        try runCommand(cunxueBinary, ["import", "--data-dir", data] + options + [folder.path + "/" + source], environment: environment)
    }

    /// A course of two modules: `shop` (lessons 01-a and 02-b, a quiz) and `list` (lesson 01-x, no quiz).
    static func writeCourse(in folder: URL) throws -> URL {
        let course = folder.appendingPathComponent("course")
        try write("---\ntitle: 开店\nid: shop\n---\n", to: "01-shop/module.md", in: course)
        try write("# 甲\n\n正文。\n", to: "01-shop/01-a.md", in: course)
        try write("# 乙\n\n正文。\n", to: "01-shop/02-b.md", in: course)
        try write("## 对吗？\n\n1. [x] 对\n1. [ ] 错\n", to: "01-shop/quiz.md", in: course)
        try write("---\ntitle: 上架\nid: list\n---\n", to: "02-list/module.md", in: course)
        try write("# 丙\n\n正文。\n", to: "02-list/01-x.md", in: course)
        return course
    }

    /// A learner file as the app writes it.
    static func learnerFile(id: String, name: String, reading: [String], attempts: [String]) -> String {
        """
        {
          "attempts" : [\(attempts.joined(separator: ","))],
          "learner" : {
            "createdAt" : "2025-06-15T08:00:00.000Z",
            "displayName" : "\(name)",
            "id" : "\(id)",
            "lastActiveAt" : "2025-06-16T10:10:00.000Z",
            "pinFailures" : { "count" : 0 }
          },
          "notebook" : [],
          "reading" : [\(reading.joined(separator: ","))],
          "schemaVersion" : 1
        }

        """
    }

    /// A reading entry.
    static func reading(_ module: String, _ lesson: String, opened: String, finished: String?, seconds: Int) -> String {
        let finishedField = finished.map { "\"finishedAt\" : \"\($0)\", " } ?? ""
        return """
            { "lessonID" : "\(lesson)", "moduleID" : "\(module)", "state" : { \(finishedField)"lastPosition" : 0, \
            "lastReadAt" : "\(finished ?? opened)", "openedAt" : "\(opened)", "secondsSpent" : \(seconds) } }
            """
    }

    /// A finished attempt at `shop/quiz` with one answer, given at its end.
    static func attempt(_ id: String, start: String, end: String, score: Int, passed: Bool) -> String {
        """
        { "answers" : [ { "answeredAt" : "\(end)", "chosen" : [ 0 ], "correct" : \(passed), \
        "questionID" : "shop/quiz#对吗？" } ], "endedAt" : "\(end)", "id" : "\(id)", "moduleID" : "shop", \
        "passed" : \(passed), "quizID" : "shop/quiz", "scorePercent" : \(score), "startedAt" : "\(start)" }
        """
    }

    /// Two stations' data directories with 王芳 on both (gone separate ways) and 张伟 on the second.
    static func writeStations(in folder: URL) throws -> (URL, URL) {
        let a1 = attempt("a1", start: "2025-06-15T09:00:00.000Z", end: "2025-06-15T09:05:00.000Z", score: 60, passed: false)
        let a2 = attempt("a2", start: "2025-06-16T10:00:00.000Z", end: "2025-06-16T10:10:00.000Z", score: 90, passed: true)
        let readA = reading("shop", "01-a", opened: "2025-06-15T08:10:00.000Z", finished: "2025-06-15T08:15:00.000Z", seconds: 300)
        let readB = reading("shop", "02-b", opened: "2025-06-15T08:20:00.000Z", finished: "2025-06-15T08:30:00.000Z", seconds: 600)
        let readX = reading("list", "01-x", opened: "2025-06-15T11:00:00.000Z", finished: nil, seconds: 200)
        let stationA = folder.appendingPathComponent("station-a")
        let stationB = folder.appendingPathComponent("station-b")
        try write(learnerFile(id: "wangfang", name: "王芳", reading: [readA, readB], attempts: [a1, a2]),
                  to: "learners/wangfang.json", in: stationA)
        try write(learnerFile(id: "wangfang", name: "王芳", reading: [readA, readX], attempts: [a1]),
                  to: "learners/wangfang.json", in: stationB)
        let zhang = reading("list", "01-x", opened: "2025-06-15T12:00:00.000Z", finished: "2025-06-15T12:02:00.000Z", seconds: 120)
        try write(learnerFile(id: "zhangwei", name: "张伟", reading: [zhang], attempts: []),
                  to: "learners/zhangwei.json", in: stationB)
        return (stationA, stationB)
    }
}
