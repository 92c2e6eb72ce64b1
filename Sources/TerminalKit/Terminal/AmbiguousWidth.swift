/// How a terminal draws East Asian ambiguous-width characters such as ● ░ █ ▶ ─ │ ✓ ⓘ ★ …
///
/// Most terminals draw them one column wide, as glibc's `wcwidth` (and so ncurses) counts them.
/// Terminals set up for Chinese, Japanese or Korean (a CJK font or locale, GNOME Terminal's
/// "ambiguous-width characters: wide", xterm's `cjkWidth`, GNU screen's `cjkwidth on`) draw them
/// two columns wide: every box, bar and marker made of them then breaks, because everything
/// after one on a line moves right. An app that knows this draws with characters that line up
/// either way (`DisplayWidth.isAmbiguous` tells which to avoid).
public enum AmbiguousWidth: String, Hashable, Sendable, CaseIterable {
    /// One column (the usual case).
    case narrow
    /// Two columns.
    case wide

    /// The environment variable that overrides detection: `wide` or `narrow`.
    public static let environmentVariable = "CUNXUE_AMBIGUOUS"

    /// How the width was learned.
    public enum Source: String, Hashable, Sendable {
        /// From `CUNXUE_AMBIGUOUS`.
        case setting
        /// The terminal was asked where the cursor went after drawing one (`ESC[6n`).
        case detected
        /// The terminal did not answer in time (or there is no terminal to ask): narrow assumed.
        case assumed
    }

    /// The override in `environment`, or nil when `CUNXUE_AMBIGUOUS` is unset, `auto` or not understood.
    public static func setting(in environment: [String: String]) -> AmbiguousWidth? {
        Preference(environment[environmentVariable] ?? "")?.width
    }

    /// What a person asked for: `wide`, `narrow`, or `auto` (ask the terminal).
    public enum Preference: String, Hashable, Sendable, CaseIterable {
        /// Ask the terminal (the default).
        case auto
        /// Ambiguous characters are drawn one column wide.
        case narrow
        /// Ambiguous characters are drawn two columns wide.
        case wide

        /// Reads `auto`, `narrow` or `wide` (case and spaces ignored).
        public init?(_ text: String) {
            self.init(rawValue: text.filter { !$0.isWhitespace }.lowercased())
        }

        /// The width asked for, or nil for `auto`.
        public var width: AmbiguousWidth? {
            switch self {
            case .auto: return nil
            case .narrow: return .narrow
            case .wide: return .wide
            }
        }

        /// The command line's choice (`--ambiguous`) when given, else `CUNXUE_AMBIGUOUS`'s, else
        /// `auto`: the two say the same in the same words, and the command line wins.
        public static func resolve(option: Preference?, environment: [String: String]) -> Preference {
            option ?? environment[AmbiguousWidth.environmentVariable].flatMap { Preference($0) } ?? .auto
        }
    }
}

/// Asking a terminal how wide it draws ambiguous characters, as vim does for `ambiwidth`: go to
/// the start of the line, draw one, ask for the cursor position (`ESC[6n`); the answer
/// `ESC[row;columnR` says column 2 (narrow) or 3 (wide). Two characters are asked about — a
/// box-drawing line and a bullet — because some terminals keep box drawing narrow.
public enum AmbiguousWidthProbe {
    /// The characters asked about.
    public static let samples: [Character] = ["─", "●"]

    /// What to write: for each sample, carriage return, the sample, a cursor position request;
    /// then a carriage return and erase the line, so nothing stays on screen.
    public static var request: [UInt8] {
        var bytes: [UInt8] = []
        for sample in samples {
            bytes += Array("\r\(sample)\u{1B}[6n".utf8)
        }
        bytes += Array("\r\u{1B}[K".utf8)
        return bytes
    }

    /// The outcome of reading what came back.
    public struct Reading: Hashable, Sendable {
        /// The columns reported, in order (1-based, as the terminal counts).
        public var columns: [Int]
        /// Bytes that were not part of a report (keys typed meanwhile), in order.
        public var otherBytes: [UInt8]

        /// Wide when any sample moved the cursor two columns; nil until every sample answered
        /// or when an answer makes no sense.
        public var width: AmbiguousWidth? {
            guard columns.count >= AmbiguousWidthProbe.samples.count else { return nil }
            let answers = columns.prefix(AmbiguousWidthProbe.samples.count)
            guard answers.allSatisfy({ $0 == 2 || $0 == 3 }) else { return nil }
            return answers.contains(3) ? .wide : .narrow
        }
    }

    /// Splits `bytes` into cursor position reports (`ESC [ row ; column R`) and everything else.
    /// An unfinished report at the end is kept as other bytes only when `final` (more may come).
    public static func read(_ bytes: [UInt8], final: Bool = true) -> Reading {
        var reading = Reading(columns: [], otherBytes: [])
        var i = 0
        while i < bytes.count {
            switch report(in: bytes, at: i) {
            case .complete(let column, let length):
                reading.columns.append(column)
                i += length
            case .unfinished where !final:
                return reading
            case .unfinished, .none:
                reading.otherBytes.append(bytes[i])
                i += 1
            }
        }
        return reading
    }

    private enum Match {
        case complete(column: Int, length: Int)
        case unfinished
        case none
    }

    /// Whether a report starts at `start`.
    private static func report(in bytes: [UInt8], at start: Int) -> Match {
        let escape: UInt8 = 0x1B, bracket = UInt8(ascii: "["), semicolon = UInt8(ascii: ";"), r = UInt8(ascii: "R")
        guard bytes[start] == escape else { return .none }
        var i = start + 1
        guard i < bytes.count else { return .unfinished }
        guard bytes[i] == bracket else { return .none }
        i += 1
        var fields = [0, 0], field = 0, digits = [0, 0]
        while i < bytes.count, i - start < 16 {
            let byte = bytes[i]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                fields[field] = fields[field] * 10 + Int(byte - UInt8(ascii: "0"))
                digits[field] += 1
            } else if byte == semicolon && field == 0 && digits[0] > 0 {
                field = 1
            } else if byte == r && field == 1 && digits[1] > 0 {
                return .complete(column: fields[1], length: i - start + 1)
            } else {
                return .none
            }
            i += 1
        }
        return i - start < 16 ? .unfinished : .none
    }
}
