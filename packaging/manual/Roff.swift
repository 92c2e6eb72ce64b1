import Foundation

/// Text made safe for a man(7) page: UTF-8 kept (Chinese included), backslashes and
/// control characters neutralised, a line never starting with `.` or `'`, a break allowed
/// after Chinese punctuation.
enum Roff {
    /// Chinese punctuation after which a line may break.
    private static let breaksAfter: Set<Unicode.Scalar> = ["，", "。", "；", "：", "、", "！", "？", "）", "”"]

    /// `text` as the body of a text line or a macro argument.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\e"
            case "\n", "\t": out += " "
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                    continue
                }
                out.unicodeScalars.append(scalar)
                // groff finds no place to break a run of Chinese (no spaces): allow one after
                // each Chinese punctuation mark (`\:` is a break point of no width).
                if breaksAfter.contains(scalar) { out += "\\:" }
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }

    /// A command-line word (`--data-dir`, `cunxue`), its hyphens as minus signs so it can be
    /// copied from the rendered page.
    static func word(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "-", with: "\\-")
    }

    /// A quoted macro argument (for `.SS`, `.TH`).
    static func quoted(_ text: String) -> String {
        "\"" + escape(text).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }
}
