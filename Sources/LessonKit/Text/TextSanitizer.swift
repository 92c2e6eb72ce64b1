/// Makes text from a file safe to send to a terminal.
///
/// - Control characters — C0 (U+0000–U+001F) except tab and newline, DEL (U+007F), and C1
///   (U+0080–U+009F), ESC included — are **removed**. A carriage return before a newline is
///   removed with the rest, so CRLF text becomes LF text.
/// - Bidirectional formatting characters — U+202A–U+202E (embeddings and overrides),
///   U+2066–U+2069 (isolates), U+200E/U+200F (marks) and U+061C — are **replaced by U+FFFD** (�),
///   so a reader can see that something was there.
///
/// Every other character, CJK and emoji included, is kept as it is.
public struct TextSanitizer: Sendable {
    /// The mark that replaces a bidirectional formatting character.
    public static let replacementMark: Character = "\u{FFFD}"

    /// Creates a sanitizer.
    public init() {}

    /// What the sanitizer does with one character.
    public enum Action: Sendable, Equatable {
        /// A control character: removed.
        case remove
        /// A bidirectional formatting character: replaced by U+FFFD.
        case replace
    }

    /// A place where the sanitizer changed a text.
    public struct Finding: Sendable, Equatable {
        /// 1-based line in the text.
        public var line: Int
        /// 1-based column in Unicode scalars.
        public var column: Int
        /// The character found.
        public var scalar: Unicode.Scalar
        /// What was done with it.
        public var action: Action
    }

    /// What happens to `scalar`, or `nil` if it is kept.
    /// - Parameter scalar: one Unicode scalar.
    public static func action(for scalar: Unicode.Scalar) -> Action? {
        switch scalar.value {
        case 0x09, 0x0A: return nil
        case 0x00...0x1F, 0x7F...0x9F: return .remove
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .replace
        default: return nil
        }
    }

    /// Whether `text` is already safe (nothing would change).
    /// - Parameter text: any text.
    public func isClean(_ text: String) -> Bool {
        if let clean = text.utf8.withContiguousStorageIfAvailable(Self.bytesAreClean) { return clean }
        return text.unicodeScalars.allSatisfy { Self.action(for: $0) == nil }
    }

    /// The text with control characters removed and bidirectional characters replaced.
    /// - Parameter text: any text.
    /// - Returns: the safe text (the same string when nothing needed changing).
    public func sanitize(_ text: String) -> String {
        if isClean(text) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch Self.action(for: scalar) {
            case nil: scalars.append(scalar)
            case .remove: continue
            case .replace: scalars.append(contentsOf: String(Self.replacementMark).unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// Every place in `text` that `sanitize` would change, with its line and column.
    /// - Parameter text: any text.
    public func findings(in text: String) -> [Finding] {
        if isClean(text) { return [] }
        var result: [Finding] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if let action = Self.action(for: scalar) {
                result.append(Finding(line: line, column: column, scalar: scalar, action: action))
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return result
    }

    /// A fast byte scan: true when no byte sequence can be a character `action(for:)` changes.
    ///
    /// Most bytes are settled by one table look-up; only the lead bytes of the few multi-byte
    /// sequences that matter (0xC2 for C1, 0xD8 for U+061C, 0xE2 for the U+20xx marks) look further.
    private static func bytesAreClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        return interestingBytes.withUnsafeBufferPointer { table in
            while index < count {
                let byte = bytes[index]
                if table[Int(byte)] {
                    switch byte {
                    case 0xC2:
                        if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
                    case 0xD8:
                        if index + 1 < count, bytes[index + 1] == 0x9C { return false }
                    case 0xE2:
                        if index + 2 < count {
                            let second = bytes[index + 1]
                            let third = bytes[index + 2]
                            if second == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) { return false }
                            if second == 0x81, (0xA6...0xA9).contains(third) { return false }
                        }
                    default:
                        return false
                    }
                }
                index += 1
            }
            return true
        }
    }

    /// Bytes that are, or may start, a character the sanitizer changes.
    private static let interestingBytes: [Bool] = (0...255).map { (byte: Int) -> Bool in
        (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
    }
}
