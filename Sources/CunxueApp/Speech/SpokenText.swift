import Foundation

/// Turns what a screen shows into what a speech engine should say: no layout or decoration
/// marks, and numbers, units and symbols as a person reads them aloud.
///
/// - Phone numbers and codes are read digit by digit ("96110" → "9 6 1 1 0", "110" → "1 1 0"):
///   a run of 5 or more digits, or 3 digits starting with 1 (110, 119, 120, 122), unless a unit or
///   a measure word follows (100000 元 is an amount).
/// - "3%" → "百分之3" / "3 percent"; "¥20" → "20 元" / "20 yuan".
/// - "1–3", "1~3" → "1 到 3" / "1 to 3"; − × ÷ = → 减 乘 除以 等于; arrows → "然后".
/// - Box drawing, bullets, bars, check marks and Markdown marks are dropped.
public enum SpokenText {
    /// The text to speak for `text` in `language`.
    public static func make(_ text: String, language: UILanguage) -> String {
        let zh = language == .zh
        var spoken = dropDecoration(text)
        spoken = replace(#"[¥￥]\s*(\d+(?:\.\d+)?)"#, in: spoken, with: zh ? "$1 元" : "$1 yuan")
        spoken = replace(#"(\d+(?:\.\d+)?)\s*[%％]"#, in: spoken, with: zh ? "百分之$1" : "$1 percent")
        spoken = replace(#"(\d)\s*[–—~～]\s*(\d)"#, in: spoken, with: zh ? "$1 到 $2" : "$1 to $2")
        for (symbol, word) in zh ? chineseWords : englishWords {
            spoken = spoken.replacingOccurrences(of: symbol, with: word)
        }
        spoken = digitByDigit(spoken)
        return collapseSpaces(spoken)
    }

    /// The option number as it is said: 选项一 / option 1.
    public static func option(_ number: Int, language: UILanguage) -> String {
        language == .zh ? "选项\(chineseNumeral(number))" : "option \(number)"
    }

    /// 1…99 in Chinese numerals (一, 十二, 二十); other numbers as digits.
    static func chineseNumeral(_ number: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch number {
        case 0...9: return digits[number]
        case 10...19: return "十" + (number == 10 ? "" : digits[number - 10])
        case 20...99: return digits[number / 10] + "十" + (number % 10 == 0 ? "" : digits[number % 10])
        default: return String(number)
        }
    }

    private static let chineseWords: [(String, String)] = [
        ("−", " 减 "), ("－", " 减 "), ("×", " 乘 "), ("✕", " 乘 "), ("÷", " 除以 "), ("＝", " 等于 "), (" = ", " 等于 "),
        ("→", "，然后"), ("➜", "，然后"), ("⟶", "，然后"),
    ]
    private static let englishWords: [(String, String)] = [
        ("−", " minus "), ("－", " minus "), ("×", " times "), ("✕", " times "), ("÷", " divided by "), ("＝", " equals "),
        (" = ", " equals "), ("→", ", then "), ("➜", ", then "), ("⟶", ", then "),
    ]

    /// Units and measure words after which a number is an amount, not a code.
    private static let units = ["元", "块", "万", "千", "百", "个", "人", "次", "天", "小时", "分钟", "秒", "克", "斤", "公斤", "件",
                                "单", "箱", "年", "月", "日", "号", "条", "家", "位", "%", "yuan", "percent"]

    private static func digitByDigit(_ text: String) -> String {
        let pattern = try! NSRegularExpression(pattern: #"(?<![\d.])(\d{5,}|1\d\d)(?![\d.])"#)
        var result = text
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed()
        for match in matches {
            guard let range = Range(match.range, in: result) else { continue }
            let after = result[range.upperBound...].drop { $0 == " " }
            if units.contains(where: { after.hasPrefix($0) }) { continue }
            result.replaceSubrange(range, with: result[range].map(String.init).joined(separator: " "))
        }
        return result
    }

    private static func dropDecoration(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2500...0x259F, 0x25A0...0x25FF, 0x2713...0x2718, 0x24D8:  // boxes, blocks, shapes, check marks, ⓘ
                out.append(" ")
            case 0x2A, 0x5F, 0x23, 0x60, 0x7C, 0x3E, 0x3C, 0x5B, 0x5D, 0x2022:  // * _ # ` | > < [ ] •
                out.append(" ")
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func replace(_ pattern: String, in text: String, with template: String) -> String {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    private static func collapseSpaces(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
