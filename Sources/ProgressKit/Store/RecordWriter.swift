import Foundation

/// Writes a `LearnerRecord` as JSON, byte for byte what `JSONEncoder` with `.prettyPrinted,
/// .sortedKeys, .withoutEscapingSlashes` and `RecordCoding`'s dates writes, but about ten times
/// faster: a learner with thousands of attempts is saved after every answer.
///
/// Keys are written in sorted order by hand; `RecordCodecTests` checks the output against
/// `JSONEncoder` so the two never drift apart.
struct RecordWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    private var isFirst = true

    /// The file's bytes for `record` (with a final newline).
    static func encode(_ record: LearnerRecord) -> [UInt8] {
        var writer = RecordWriter()
        writer.bytes.reserveCapacity(4096 + record.attempts.count * 2048)
        writer.write(record)
        writer.bytes.append(0x0A)
        return writer.bytes
    }

    // MARK: - The record

    private mutating func write(_ record: LearnerRecord) {
        beginObject()
        key("attempts")
        beginArray()
        for attempt in record.attempts {
            element()
            write(attempt)
        }
        endArray()
        key("learner")
        write(record.learner)
        key("notebook")
        beginArray()
        for entry in record.notebook.entries.values.sorted(by: { $0.questionID < $1.questionID }) {
            element()
            write(entry)
        }
        endArray()
        key("reading")
        beginArray()
        for (lesson, state) in record.reading.sorted(by: { $0.key < $1.key }) {
            element()
            beginObject()
            key("lessonID")
            string(lesson.lessonID)
            key("moduleID")
            string(lesson.moduleID)
            key("state")
            write(state)
            endObject()
        }
        endArray()
        key("schemaVersion")
        integer(LearnerRecord.currentSchemaVersion)
        if !record.worksheets.isEmpty {
            key("worksheets")
            beginArray()
            for sheet in record.worksheets {
                element()
                write(sheet)
            }
            endArray()
        }
        endObject()
    }

    private mutating func write(_ sheet: WorksheetAnswers) {
        beginObject()
        key("answers")
        beginObject()
        for (field, text) in sheet.answers.sorted(by: { $0.key < $1.key }) {
            dynamicKey(field)
            string(text)
        }
        endObject()
        if let finishedAt = sheet.finishedAt {
            key("finishedAt")
            date(finishedAt)
        }
        key("id")
        string(sheet.id)
        key("updatedAt")
        date(sheet.updatedAt)
        endObject()
    }

    /// A key that is not a literal (a field id), escaped as a string.
    private mutating func dynamicKey(_ name: String) {
        if !isFirst { bytes.append(0x2C) }
        isFirst = false
        newline()
        string(name)
        bytes.append(0x20)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    private mutating func write(_ learner: Learner) {
        beginObject()
        key("createdAt")
        date(learner.createdAt)
        key("displayName")
        string(learner.displayName)
        key("id")
        string(learner.id)
        if let lastActiveAt = learner.lastActiveAt {
            key("lastActiveAt")
            date(lastActiveAt)
        }
        if let pin = learner.pin {
            key("pin")
            beginObject()
            key("algorithm")
            string(pin.algorithm)
            key("hash")
            string(pin.hash)
            key("iterations")
            integer(pin.iterations)
            key("salt")
            string(pin.salt)
            endObject()
        }
        key("pinFailures")
        beginObject()
        key("count")
        integer(learner.pinFailures.count)
        if let lastFailureAt = learner.pinFailures.lastFailureAt {
            key("lastFailureAt")
            date(lastFailureAt)
        }
        endObject()
        if let preferredLanguage = learner.preferredLanguage {
            key("preferredLanguage")
            string(preferredLanguage)
        }
        endObject()
    }

    private mutating func write(_ state: ReadingState) {
        beginObject()
        if let finishedAt = state.finishedAt {
            key("finishedAt")
            date(finishedAt)
        }
        key("lastPosition")
        integer(state.lastPosition)
        if let lastReadAt = state.lastReadAt {
            key("lastReadAt")
            date(lastReadAt)
        }
        if let openedAt = state.openedAt {
            key("openedAt")
            date(openedAt)
        }
        key("secondsSpent")
        integer(state.secondsSpent)
        endObject()
    }

    private mutating func write(_ attempt: Attempt) {
        beginObject()
        key("answers")
        beginArray()
        for answer in attempt.answers {
            element()
            beginObject()
            key("answeredAt")
            date(answer.answeredAt)
            key("chosen")
            beginArray()
            for index in answer.chosen {
                element()
                integer(index)
            }
            endArray()
            key("correct")
            boolean(answer.correct)
            key("questionID")
            string(answer.questionID)
            endObject()
        }
        endArray()
        if let endedAt = attempt.endedAt {
            key("endedAt")
            date(endedAt)
        }
        key("id")
        string(attempt.id)
        key("moduleID")
        string(attempt.moduleID)
        if let passed = attempt.passed {
            key("passed")
            boolean(passed)
        }
        key("quizID")
        string(attempt.quizID)
        if let scorePercent = attempt.scorePercent {
            key("scorePercent")
            integer(scorePercent)
        }
        key("startedAt")
        date(attempt.startedAt)
        endObject()
    }

    private mutating func write(_ entry: MistakeEntry) {
        beginObject()
        key("box")
        integer(entry.box)
        key("dueAt")
        date(entry.dueAt)
        key("lastAnsweredAt")
        date(entry.lastAnsweredAt)
        key("moduleID")
        string(entry.moduleID)
        key("questionID")
        string(entry.questionID)
        key("quizID")
        string(entry.quizID)
        if let retiredAt = entry.retiredAt {
            key("retiredAt")
            date(retiredAt)
        }
        key("wrongCount")
        integer(entry.wrongCount)
        endObject()
    }

    // MARK: - JSON layout (JSONEncoder's pretty printing)

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func beginObject() {
        bytes.append(0x7B)
        depth += 1
        isFirst = true
    }

    private mutating func endObject() {
        close(0x7D)
    }

    private mutating func beginArray() {
        bytes.append(0x5B)
        depth += 1
        isFirst = true
    }

    private mutating func endArray() {
        close(0x5D)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if isFirst { bytes.append(0x0A) }  // an empty container has an empty line inside
        newline()
        bytes.append(bracket)
        isFirst = false
    }

    private mutating func key(_ name: StaticString) {
        if !isFirst { bytes.append(0x2C) }
        isFirst = false
        newline()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x20)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    private mutating func element() {
        if !isFirst { bytes.append(0x2C) }
        isFirst = false
        newline()
    }

    private mutating func integer(_ value: Int) {
        if value >= 0, value < 10 {
            bytes.append(UInt8(value) + 0x30)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    private mutating func boolean(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
    }

    private mutating func date(_ value: Date) {
        bytes.append(0x22)
        ISO8601Time.append(value, to: &bytes)
        bytes.append(0x22)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = index + 1
                bytes.append(0x5C)
                switch byte {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x08: bytes.append(0x62)
                case 0x09: bytes.append(0x74)
                case 0x0A: bytes.append(0x6E)
                case 0x0C: bytes.append(0x66)
                case 0x0D: bytes.append(0x72)
                default:
                    bytes.append(contentsOf: [0x75, 0x30, 0x30])
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(0x22)
    }
}
