import Foundation

/// Reads a learner file into a `LearnerRecord` straight from its bytes, many times faster than
/// `JSONDecoder` (which first builds a tree of the whole file). Accepts any valid JSON with the
/// record's shape: keys in any order, unknown keys skipped, `null` for absent optionals.
/// Anything else (truncated, garbage, wrong types, missing required keys) is a `RecordReadError`.
///
/// `RecordCodecTests` checks it against `JSONDecoder` on the same files.
struct RecordReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The record in `data`.
    /// - Throws: `RecordFormatError.newerSchema` for a newer file, `RecordReadError` otherwise.
    static func decode(_ data: Data) throws -> LearnerRecord {
        let result: Result<LearnerRecord, RecordReadError> = data.withUnsafeBytes { raw in
            var reader = RecordReader(raw.bindMemory(to: UInt8.self))
            do throws(RecordReadError) {
                let record = try reader.readRecord()
                reader.skipWhitespace()
                guard reader.index == reader.bytes.count else { throw reader.failure("text after the end") }
                return .success(record)
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let record):
            return record
        case .failure(let error):
            if case .newerSchema(let found)? = error.newerSchema {
                throw RecordFormatError.newerSchema(found: found, supported: LearnerRecord.currentSchemaVersion)
            }
            // A newer version may have changed the shape; its schemaVersion still says so.
            if let version = try? JSONDecoder().decode(VersionOnly.self, from: data).schemaVersion,
               version > LearnerRecord.currentSchemaVersion {
                throw RecordFormatError.newerSchema(found: version, supported: LearnerRecord.currentSchemaVersion)
            }
            throw error
        }
    }

    private struct VersionOnly: Decodable {
        var schemaVersion: Int
    }

    // MARK: - The record

    private mutating func readRecord() throws(RecordReadError) -> LearnerRecord {
        var version: Int?
        var learner: Learner?
        var reading: [(LessonKey, ReadingState)] = []
        var attempts: [Attempt] = []
        var notebook: [MistakeEntry] = []
        var worksheets: [WorksheetAnswers] = []
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "schemaVersion":
                let found = try readInt()
                if found > LearnerRecord.currentSchemaVersion {
                    var error = failure("newer schema")
                    error.newerSchema = .newerSchema(found: found)
                    throw error
                }
                version = found
            case "learner": learner = try readLearner()
            case "reading":
                try beginArray()
                while try nextElement() { reading.append(try readReadingEntry()) }
            case "attempts":
                try beginArray()
                while try nextElement() { attempts.append(try readAttempt()) }
            case "notebook":
                try beginArray()
                while try nextElement() { notebook.append(try readMistakeEntry()) }
            case "worksheets":
                try beginArray()
                while try nextElement() { worksheets.append(try readWorksheetAnswers()) }
            default: try skipValue()
            }
        }
        guard version != nil else { throw failure("no schemaVersion") }
        guard let learner else { throw failure("no learner") }
        var record = LearnerRecord(decodedLearner: learner, reading: reading, attempts: attempts,
                                   notebook: MistakeNotebook(entries: notebook))
        record.worksheets = LearnerRecord.mergeWorksheets(worksheets, [])
        return record
    }

    private mutating func readWorksheetAnswers() throws(RecordReadError) -> WorksheetAnswers {
        var id: String?
        var answers: [String: String] = [:]
        var updatedAt: Date?
        var finishedAt: Date?
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "id": id = try readString()
            case "updatedAt": updatedAt = try readDate()
            case "finishedAt": finishedAt = try readDate()
            case "answers":
                try beginObject()
                while let field = try nextKey() {
                    if try skipNull() { continue }
                    answers[field.text] = try readString()
                }
            default: try skipValue()
            }
        }
        guard let id, let updatedAt else { throw failure("incomplete worksheet answers") }
        return WorksheetAnswers(id: id, answers: answers, updatedAt: updatedAt, finishedAt: finishedAt)
    }

    private mutating func readLearner() throws(RecordReadError) -> Learner {
        var id: String?
        var name: String?
        var pin: PINHash?
        var failures = PINFailures()
        var createdAt: Date?
        var language: String?
        var lastActiveAt: Date?
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "id": id = try readString()
            case "displayName": name = try readString()
            case "pin": pin = try readPIN()
            case "pinFailures": failures = try readPINFailures()
            case "createdAt": createdAt = try readDate()
            case "preferredLanguage": language = try readString()
            case "lastActiveAt": lastActiveAt = try readDate()
            default: try skipValue()
            }
        }
        guard let id, let name, let createdAt else { throw failure("learner without id, displayName or createdAt") }
        return Learner(id: id, rawName: name, pin: pin, pinFailures: failures, createdAt: createdAt,
                       preferredLanguage: language, lastActiveAt: lastActiveAt)
    }

    private mutating func readPIN() throws(RecordReadError) -> PINHash {
        var algorithm: String?
        var iterations: Int?
        var salt: String?
        var hash: String?
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "algorithm": algorithm = try readString()
            case "iterations": iterations = try readInt()
            case "salt": salt = try readString()
            case "hash": hash = try readString()
            default: try skipValue()
            }
        }
        guard let algorithm, let iterations, let salt, let hash else { throw failure("incomplete pin") }
        return PINHash(algorithm: algorithm, iterations: iterations, salt: salt, hash: hash)
    }

    private mutating func readPINFailures() throws(RecordReadError) -> PINFailures {
        var count: Int?
        var last: Date?
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "count": count = try readInt()
            case "lastFailureAt": last = try readDate()
            default: try skipValue()
            }
        }
        guard let count else { throw failure("pinFailures without count") }
        return PINFailures(count: count, lastFailureAt: last)
    }

    private mutating func readReadingEntry() throws(RecordReadError) -> (LessonKey, ReadingState) {
        var moduleID: String?
        var lessonID: String?
        var state: ReadingState?
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "moduleID": moduleID = try readString()
            case "lessonID": lessonID = try readString()
            case "state": state = try readReadingState()
            default: try skipValue()
            }
        }
        guard let moduleID, let lessonID, let state else { throw failure("incomplete reading entry") }
        return (LessonKey(moduleID: moduleID, lessonID: lessonID), state)
    }

    private mutating func readReadingState() throws(RecordReadError) -> ReadingState {
        var state = ReadingState()
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "openedAt": state.openedAt = try readDate()
            case "finishedAt": state.finishedAt = try readDate()
            case "lastReadAt": state.lastReadAt = try readDate()
            case "lastPosition": state.lastPosition = try readInt()
            case "secondsSpent": state.secondsSpent = try readInt()
            default: try skipValue()
            }
        }
        return state
    }

    private mutating func readAttempt() throws(RecordReadError) -> Attempt {
        var id: String?
        var quizID: String?
        var moduleID: String?
        var startedAt: Date?
        var endedAt: Date?
        var answers: [Answer]?
        var score: Int?
        var passed: Bool?
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "answers":
                var list: [Answer] = []
                try beginArray()
                while try nextElement() { list.append(try readAnswer()) }
                answers = list
            case "endedAt": endedAt = try readDate()
            case "id": id = try readString()
            case "moduleID": moduleID = try readString()
            case "passed": passed = try readBool()
            case "quizID": quizID = try readString()
            case "scorePercent": score = try readInt()
            case "startedAt": startedAt = try readDate()
            default: try skipValue()
            }
        }
        guard let id, let quizID, let moduleID, let startedAt, let answers else { throw failure("incomplete attempt") }
        return Attempt(id: id, quizID: quizID, moduleID: moduleID, startedAt: startedAt, endedAt: endedAt,
                       answers: answers, scorePercent: score, passed: passed)
    }

    private mutating func readAnswer() throws(RecordReadError) -> Answer {
        var questionID: String?
        var chosen: [Int]?
        var correct: Bool?
        var answeredAt: Date?
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "answeredAt": answeredAt = try readDate()
            case "chosen":
                var list: [Int] = []
                try beginArray()
                while try nextElement() { list.append(try readInt()) }
                chosen = list
            case "correct": correct = try readBool()
            case "questionID": questionID = try readString()
            default: try skipValue()
            }
        }
        guard let questionID, let chosen, let correct, let answeredAt else { throw failure("incomplete answer") }
        return Answer(questionID: questionID, chosen: chosen, correct: correct, answeredAt: answeredAt)
    }

    private mutating func readMistakeEntry() throws(RecordReadError) -> MistakeEntry {
        var questionID: String?
        var quizID: String?
        var moduleID: String?
        var box: Int?
        var dueAt: Date?
        var lastAnsweredAt: Date?
        var wrongCount: Int?
        var retiredAt: Date?
        try beginObject()
        while let key = try nextKey() {
            if try skipNull() { continue }
            switch key {
            case "box": box = try readInt()
            case "dueAt": dueAt = try readDate()
            case "lastAnsweredAt": lastAnsweredAt = try readDate()
            case "moduleID": moduleID = try readString()
            case "questionID": questionID = try readString()
            case "quizID": quizID = try readString()
            case "retiredAt": retiredAt = try readDate()
            case "wrongCount": wrongCount = try readInt()
            default: try skipValue()
            }
        }
        guard let questionID, let quizID, let moduleID, let box, let dueAt, let lastAnsweredAt, let wrongCount else {
            throw failure("incomplete notebook entry")
        }
        return MistakeEntry(questionID: questionID, quizID: quizID, moduleID: moduleID, box: box, dueAt: dueAt,
                            lastAnsweredAt: lastAnsweredAt, wrongCount: wrongCount, retiredAt: retiredAt)
    }

    // MARK: - JSON tokens

    private func failure(_ reason: String) -> RecordReadError {
        RecordReadError(offset: index, reason: reason)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func peek() throws(RecordReadError) -> UInt8 {
        skipWhitespace()
        guard index < bytes.count else { throw failure("unexpected end") }
        return bytes[index]
    }

    private mutating func consume(_ byte: UInt8) throws(RecordReadError) {
        guard try peek() == byte else { throw failure("expected \(Character(Unicode.Scalar(byte)))") }
        index += 1
    }

    private mutating func beginObject() throws(RecordReadError) {
        try consume(0x7B)
        depth += 1
        guard depth < 64 else { throw failure("nested too deeply") }
        isFirst = true
    }

    private mutating func beginArray() throws(RecordReadError) {
        try consume(0x5B)
        depth += 1
        guard depth < 64 else { throw failure("nested too deeply") }
        isFirst = true
    }

    /// Whether the next member of the current object or array is the first one.
    private var isFirst = true

    /// The next key of the current object, or nil at its end (consumed).
    private mutating func nextKey() throws(RecordReadError) -> Key? {
        let next = try peek()
        if next == 0x7D {
            index += 1
            depth -= 1
            isFirst = false
            return nil
        }
        if !isFirst {
            guard next == 0x2C else { throw failure("expected , or }") }
            index += 1
        }
        isFirst = false
        try consume(0x22)
        let start = index
        var hasEscape = false
        var isASCII = true
        while index < bytes.count, bytes[index] != 0x22 {
            let byte = bytes[index]
            if byte < 0x20 { throw failure("control character in a key") }
            if byte >= 0x80 { isASCII = false }
            if byte == 0x5C { hasEscape = true; index += 1 }
            index += 1
        }
        guard index < bytes.count else { throw failure("unterminated key") }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        try consume(0x3A)
        if hasEscape { return Key(raw: raw, unescaped: try unescape(raw)) }
        if !isASCII, String(validating: raw, as: UTF8.self) == nil { throw failure("invalid UTF-8 in a key") }
        return Key(raw: raw, unescaped: nil)
    }

    /// Whether the current array has another element (its end is consumed).
    private mutating func nextElement() throws(RecordReadError) -> Bool {
        let next = try peek()
        if next == 0x5D {
            index += 1
            depth -= 1
            isFirst = false
            return false
        }
        if !isFirst {
            guard next == 0x2C else { throw failure("expected , or ]") }
            index += 1
        }
        isFirst = false
        return true
    }

    /// Consumes a `null`; false (nothing consumed) for any other value.
    private mutating func skipNull() throws(RecordReadError) -> Bool {
        guard try peek() == 0x6E else { return false }
        try literal([0x6E, 0x75, 0x6C, 0x6C])
        return true
    }

    private mutating func literal(_ expected: [UInt8]) throws(RecordReadError) {
        guard index + expected.count <= bytes.count else { throw failure("unexpected end") }
        for (offset, byte) in expected.enumerated() where bytes[index + offset] != byte {
            throw failure("unknown literal")
        }
        index += expected.count
    }

    private mutating func readBool() throws(RecordReadError) -> Bool {
        switch try peek() {
        case 0x74: try literal([0x74, 0x72, 0x75, 0x65]); return true
        case 0x66: try literal([0x66, 0x61, 0x6C, 0x73, 0x65]); return false
        default: throw failure("expected true or false")
        }
    }

    private mutating func readInt() throws(RecordReadError) -> Int {
        _ = try peek()
        var negative = false
        if bytes[index] == 0x2D {
            negative = true
            index += 1
        }
        var value = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index += 1
            guard digits <= 18 else { throw failure("number too large") }
        }
        guard digits > 0 else { throw failure("expected a number") }
        if index < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x65 || bytes[index] == 0x45 {
            throw failure("expected a whole number")
        }
        return negative ? -value : value
    }

    private mutating func readDate() throws(RecordReadError) -> Date {
        try consume(0x22)
        let start = index
        while index < bytes.count, bytes[index] != 0x22 {
            guard bytes[index] != 0x5C else { throw failure("escape in a date") }
            index += 1
        }
        guard index < bytes.count else { throw failure("unterminated date") }
        let text = bytes[start..<index]
        index += 1
        guard let date = ISO8601Time.parse(bytes: text) else { throw failure("not an ISO-8601 date") }
        return date
    }

    private mutating func readString() throws(RecordReadError) -> String {
        try consume(0x22)
        let start = index
        var hasEscape = false
        var isASCII = true
        while true {
            guard index < bytes.count else { throw failure("unterminated string") }
            let byte = bytes[index]
            if byte == 0x22 { break }
            if byte < 0x20 { throw failure("control character in a string") }
            if byte == 0x5C {
                hasEscape = true
                index += 2
                continue
            }
            if byte >= 0x80 { isASCII = false }
            index += 1
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        if !hasEscape {
            if isASCII { return String(decoding: raw, as: UTF8.self) }
            guard let text = String(validating: raw, as: UTF8.self) else { throw failure("invalid UTF-8") }
            return text
        }
        return try unescape(raw)
    }

    private func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(RecordReadError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var position = 0
        func hex4(_ at: Int) throws(RecordReadError) -> UInt32 {
            guard at + 4 <= raw.count else { throw failure("short \\u escape") }
            var value: UInt32 = 0
            for offset in 0..<4 {
                let byte = raw[at + offset]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: throw failure("bad \\u escape")
                }
                value = value << 4 | digit
            }
            return value
        }
        while position < raw.count {
            let byte = raw[position]
            guard byte == 0x5C else {
                output.append(byte)
                position += 1
                continue
            }
            guard position + 1 < raw.count else { throw failure("bad escape") }
            let code = raw[position + 1]
            position += 2
            switch code {
            case 0x22, 0x5C, 0x2F: output.append(code)
            case 0x62: output.append(0x08)
            case 0x66: output.append(0x0C)
            case 0x6E: output.append(0x0A)
            case 0x72: output.append(0x0D)
            case 0x74: output.append(0x09)
            case 0x75:
                var scalar = try hex4(position)
                position += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard position + 6 <= raw.count, raw[position] == 0x5C, raw[position + 1] == 0x75 else {
                        throw failure("lone surrogate")
                    }
                    let low = try hex4(position + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure("lone surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    position += 6
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw failure("lone surrogate")
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw failure("bad \\u escape") }
                output.append(contentsOf: String(Character(unicode)).utf8)
            default:
                throw failure("bad escape")
            }
        }
        guard let text = String(validating: output, as: UTF8.self) else { throw failure("invalid UTF-8") }
        return text
    }

    /// Skips any JSON value (for keys this version does not know).
    private mutating func skipValue() throws(RecordReadError) {
        switch try peek() {
        case 0x7B:
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case 0x5B:
            try beginArray()
            while try nextElement() { try skipValue() }
        case 0x22:
            _ = try readString()
        case 0x74, 0x66:
            _ = try readBool()
        case 0x6E:
            _ = try skipNull()
        default:
            _ = try peek()
            if bytes[index] == 0x2D { index += 1 }
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) || [0x2E, 0x65, 0x45, 0x2B, 0x2D].contains(bytes[index]) {
                index += 1
            }
            guard index > start else { throw failure("unexpected character") }
        }
    }
}

/// An object key as it appears in the file, matched against literals without making a String.
private struct Key {
    let raw: UnsafeBufferPointer<UInt8>
    let unescaped: String?

    /// The key as a string.
    var text: String { unescaped ?? String(decoding: raw, as: UTF8.self) }

    static func ~= (pattern: StaticString, key: Key) -> Bool {
        if let unescaped = key.unescaped {
            return pattern.withUTF8Buffer { String(decoding: $0, as: UTF8.self) } == unescaped
        }
        return pattern.withUTF8Buffer { literal in
            guard literal.count == key.raw.count else { return false }
            guard let left = literal.baseAddress, let right = key.raw.baseAddress else { return literal.isEmpty }
            return memcmp(left, right, literal.count) == 0
        }
    }
}

/// A learner file that is not valid JSON of the record's shape.
struct RecordReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A newer schema noticed while reading.
    enum Newer: Sendable, Hashable { case newerSchema(found: Int) }

    /// Byte offset where reading failed.
    var offset: Int
    /// What was wrong.
    var reason: String
    /// Set when the file says it is from a newer version.
    var newerSchema: Newer?

    init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    var description: String { "\(reason) at byte \(offset)" }
}
