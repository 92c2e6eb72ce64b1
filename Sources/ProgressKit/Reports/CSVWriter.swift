import Foundation

/// Writes CSV that opens right in WPS and Excel: UTF-8 with a byte-order mark (without it,
/// Chinese Excel reads the file as GBK), CRLF line ends, fields quoted when they hold a comma,
/// a quote, a line break or edge spaces (RFC 4180).
///
/// Every field is untrusted (ids and names may come from a synced file): it is cleaned of
/// control, bidi and zero-width characters (`SafeText`) and a field a spreadsheet would run as a
/// formula gets a leading `'` (`text(_:)`).
public struct CSVWriter: Sendable {
    /// The bytes written so far, starting with the BOM.
    public private(set) var data: Data

    /// A writer with just the BOM.
    public init() {
        data = Data([0xEF, 0xBB, 0xBF])
    }

    /// Appends one line.
    /// - Parameter fields: the fields, already as text.
    public mutating func append(_ fields: [String]) {
        let safe = fields.map { Self.quoted(Self.text(SafeText.clean($0, limit: 1_000))) }
        data.append(contentsOf: Array(safe.joined(separator: ",").utf8))
        data.append(contentsOf: [0x0D, 0x0A])
    }

    /// Appends an empty line.
    public mutating func appendEmptyLine() {
        data.append(contentsOf: [0x0D, 0x0A])
    }

    /// A field as CSV: quoted, with quotes doubled, when it needs to be.
    ///
    /// Looked at by Unicode scalars: a comma or quote followed by a combining mark is one Swift
    /// `Character` that is not a comma or a quote (and Foundation's `replacingOccurrences`
    /// misses it), but to a spreadsheet it ends the field all the same.
    public static func quoted(_ field: String) -> String {
        let scalars = field.unicodeScalars
        let needsQuotes = scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || scalars.first == " " || scalars.last == " "
        guard needsQuotes else { return field }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in scalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// Text made safe for a spreadsheet: text starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return (or their full-width forms, which some spreadsheets take too) would be
    /// run as a formula, so it gets a leading `'`.
    public static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r＝＋－＠".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }
}
