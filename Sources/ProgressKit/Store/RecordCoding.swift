import Foundation

/// The JSON form of learner files: UTF-8, pretty-printed, sorted keys, ISO-8601 UTC dates with
/// milliseconds (`2025-03-01T14:02:05.123Z`; dates without fraction or with an offset are read too).
enum RecordCoding {
    /// An encoder for learner files.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601Time.format(date))
        }
        return encoder
    }

    /// A decoder for learner files.
    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = ISO8601Time.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an ISO-8601 date: \(text)")
            }
            return date
        }
        return decoder
    }

    /// The file's bytes for a record (by `RecordWriter`: the same bytes as `foundationEncode`, faster).
    /// A record with rehearsal runs goes through `foundationEncode` (`RecordWriter` does not
    /// write runs yet; records without runs are the same bytes either way).
    static func encode(_ record: LearnerRecord) throws -> Data {
        if !record.scenarioRuns.isEmpty { return try foundationEncode(record) }
        return Data(RecordWriter.encode(record))
    }

    /// A record from a file's bytes (by `RecordReader`: the same result as `foundationDecode`, faster).
    /// - Throws: `RecordFormatError.newerSchema`, or an error saying why the bytes are not a record.
    /// A file that mentions rehearsal runs is read by `foundationDecode` (`RecordReader` skips runs).
    static func decode(_ data: Data) throws -> LearnerRecord {
        if data.range(of: Data("\"scenarioRuns\"".utf8)) != nil { return try foundationDecode(data) }
        return try RecordReader.decode(data)
    }

    /// The file's bytes for a record, by `JSONEncoder` and the types' `Codable` conformances.
    static func foundationEncode(_ record: LearnerRecord) throws -> Data {
        var data = try makeEncoder().encode(record)
        data.append(0x0A)
        return data
    }

    /// A record from a file's bytes, by `JSONDecoder` and the types' `Codable` conformances.
    static func foundationDecode(_ data: Data) throws -> LearnerRecord {
        try makeDecoder().decode(LearnerRecord.self, from: data)
    }

    /// A stable text for any encodable value, used to break ties deterministically in merges.
    static func canonicalText(of value: some Encodable) -> String {
        guard let data = try? makeEncoder().encode(value) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Fast ISO-8601 formatting and parsing for the file format (UTC, milliseconds).
enum ISO8601Time {
    /// `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC, rounded to the millisecond.
    static func format(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `format(date)`'s UTF-8 bytes to `bytes`.
    static func append(_ date: Date, to bytes: inout [UInt8]) {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = totalMilliseconds / 1000
        var milliseconds = totalMilliseconds % 1000
        if milliseconds < 0 { milliseconds += 1000; seconds -= 1 }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        let (year, month, day) = civilFromDays(days)
        func digits(_ value: Int64, _ width: Int) {
            if value < 0 || (width == 4 && value > 9999) {
                bytes += Array(String(value).utf8)
                return
            }
            var divisor: Int64 = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(truncatingIfNeeded: rest / divisor) &+ 0x30)
                rest %= divisor
                divisor /= 10
            }
        }
        digits(year, 4); bytes.append(0x2D); digits(month, 2); bytes.append(0x2D); digits(day, 2)
        bytes.append(0x54)
        digits(secondOfDay / 3600, 2); bytes.append(0x3A); digits(secondOfDay / 60 % 60, 2); bytes.append(0x3A)
        digits(secondOfDay % 60, 2); bytes.append(0x2E); digits(milliseconds, 3); bytes.append(0x5A)
    }

    /// Reads `yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM|±HHMM)`.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { parse(bytes: $0[...]) }
    }

    /// `parse` on UTF-8 bytes.
    static func parse(bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Date? {
        var index = bytes.startIndex
        func number(_ count: Int) -> Int64? {
            guard index + count <= bytes.endIndex else { return nil }
            var value: Int64 = 0
            for _ in 0..<count {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int64(byte - 0x30)
                index += 1
            }
            return value
        }
        func expect(_ character: UInt8) -> Bool {
            guard index < bytes.endIndex, bytes[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D), let day = number(2),
              index < bytes.endIndex, bytes[index] == 0x54 || bytes[index] == 0x74 || bytes[index] == 0x20
        else { return nil }
        index += 1
        guard let hour = number(2), expect(0x3A), let minute = number(2), expect(0x3A), let second = number(2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60
        else { return nil }
        var fraction = 0.0
        if index < bytes.endIndex, bytes[index] == 0x2E || bytes[index] == 0x2C {
            index += 1
            var scale = 0.1
            var digits = 0
            while index < bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                fraction += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
                digits += 1
            }
            guard digits > 0 else { return nil }
        }
        var offsetSeconds: Int64 = 0
        guard index < bytes.endIndex else { return nil }
        if bytes[index] == 0x5A || bytes[index] == 0x7A {
            index += 1
        } else if bytes[index] == 0x2B || bytes[index] == 0x2D {
            let sign: Int64 = bytes[index] == 0x2D ? -1 : 1
            index += 1
            guard let offsetHours = number(2) else { return nil }
            _ = expect(0x3A)
            guard let offsetMinutes = number(2) else { return nil }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else {
            return nil
        }
        guard index == bytes.endIndex else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        let milliseconds = (fraction * 1000).rounded()
        return Date(timeIntervalSince1970: (Double(seconds) * 1000 + milliseconds) / 1000)
    }

    // Howard Hinnant's days-from-civil algorithms (proleptic Gregorian calendar).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
