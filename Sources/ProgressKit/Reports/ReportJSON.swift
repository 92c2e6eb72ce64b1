import Foundation

/// `cunxue report --format json`: one JSON document (keys in English, times ISO-8601 UTC),
/// for tools. Every string is cleaned of control, bidi and zero-width characters (`SafeText`):
/// ids and names may come from a synced file.
public enum ReportJSON {
    /// The report as pretty-printed JSON with sorted keys and a final newline.
    /// - Parameters:
    ///   - report: the figures.
    ///   - since: the `--since` day, if given.
    ///   - generatedAt: when the report was made.
    /// - Throws: an `EncodingError` (not expected).
    public static func render(_ report: TrainingReport, since: ReportDay?, generatedAt: Date) throws -> Data {
        let document = Document(
            generatedAt: generatedAt, since: since?.description, learners: report.learnerCount,
            learnersTrained: report.learnersTrained, modulesPassed: report.modulesPassed, secondsSpent: report.secondsSpent,
            modules: report.modules.map {
                Module(id: clean($0.module.id), title: clean($0.module.title), inCourse: $0.module.isInCourse,
                       lessons: $0.module.lessonIDs.count, learnersStarted: $0.learnersStarted,
                       learnersPassed: $0.learnersPassed, completionRate: $0.completionRate, secondsSpent: $0.secondsSpent)
            },
            rows: report.rows.map {
                Row(learnerID: clean($0.learnerID), learnerName: clean($0.learnerName), moduleID: clean($0.moduleID),
                    moduleTitle: clean($0.moduleTitle),
                    lessonsRead: $0.lessonsRead, lessonsTotal: $0.lessonsTotal, secondsSpent: $0.secondsSpent,
                    bestScore: $0.bestScore, passed: $0.passed, attempts: $0.attempts, lastActiveAt: $0.lastActiveAt,
                    started: $0.started)
            })
        var data = try RecordCoding.makeEncoder().encode(document)
        data.append(0x0A)
        return data
    }

    private static func clean(_ text: String) -> String {
        SafeText.clean(text, limit: 1_000)
    }

    private struct Document: Encodable {
        var generatedAt: Date
        var since: String?
        var learners: Int
        var learnersTrained: Int
        var modulesPassed: Int
        var secondsSpent: Int
        var modules: [Module]
        var rows: [Row]

        private enum CodingKeys: String, CodingKey {
            case generatedAt, since, learners, learnersTrained, modulesPassed, secondsSpent, modules, rows
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(generatedAt, forKey: .generatedAt)
            try container.encode(since, forKey: .since)
            try container.encode(learners, forKey: .learners)
            try container.encode(learnersTrained, forKey: .learnersTrained)
            try container.encode(modulesPassed, forKey: .modulesPassed)
            try container.encode(secondsSpent, forKey: .secondsSpent)
            try container.encode(modules, forKey: .modules)
            try container.encode(rows, forKey: .rows)
        }
    }

    private struct Module: Encodable {
        var id: String
        var title: String
        var inCourse: Bool
        var lessons: Int
        var learnersStarted: Int
        var learnersPassed: Int
        var completionRate: Double?
        var secondsSpent: Int

        private enum CodingKeys: String, CodingKey {
            case id, title, inCourse, lessons, learnersStarted, learnersPassed, completionRate, secondsSpent
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(inCourse, forKey: .inCourse)
            try container.encode(lessons, forKey: .lessons)
            try container.encode(learnersStarted, forKey: .learnersStarted)
            try container.encode(learnersPassed, forKey: .learnersPassed)
            // Rounded to 4 places, so 2/3 prints as 0.6667 and not 0.66666666666666663.
            try container.encode(completionRate.map { ($0 * 10_000).rounded() / 10_000 }, forKey: .completionRate)
            try container.encode(secondsSpent, forKey: .secondsSpent)
        }
    }

    private struct Row: Encodable {
        var learnerID: String
        var learnerName: String
        var moduleID: String
        var moduleTitle: String
        var lessonsRead: Int
        var lessonsTotal: Int
        var secondsSpent: Int
        var bestScore: Int?
        var passed: Bool
        var attempts: Int
        var lastActiveAt: Date?
        var started: Bool

        private enum CodingKeys: String, CodingKey {
            case learnerID, learnerName, moduleID, moduleTitle, lessonsRead, lessonsTotal, secondsSpent, bestScore,
                 passed, attempts, lastActiveAt, started
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(learnerID, forKey: .learnerID)
            try container.encode(learnerName, forKey: .learnerName)
            try container.encode(moduleID, forKey: .moduleID)
            try container.encode(moduleTitle, forKey: .moduleTitle)
            try container.encode(lessonsRead, forKey: .lessonsRead)
            try container.encode(lessonsTotal, forKey: .lessonsTotal)
            try container.encode(secondsSpent, forKey: .secondsSpent)
            try container.encode(bestScore, forKey: .bestScore)
            try container.encode(passed, forKey: .passed)
            try container.encode(attempts, forKey: .attempts)
            try container.encode(lastActiveAt, forKey: .lastActiveAt)
            try container.encode(started, forKey: .started)
        }
    }
}
