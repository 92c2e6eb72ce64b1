import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// A filled worksheet laid out to take home: as Markdown and as a plain-text page for A4
/// (at most 80 columns, CJK counted as 2, pages of 60 lines separated by a form feed).
/// Every text from a file or a learner is cleaned of control, escape and bidi characters.
public struct SheetExport: Sendable {
    /// The worksheet's form.
    public var worksheet: Worksheet
    /// The learner's answers.
    public var answers: WorksheetAnswers
    /// The learner's name as shown.
    public var learnerName: String
    /// The language of the labels.
    public var language: LanguageTag
    /// The date printed, already formatted.
    public var date: String

    /// Lays out `answers` to `worksheet` for `learnerName`, with labels in `language`.
    public init(worksheet: Worksheet, answers: WorksheetAnswers, learnerName: String, language: LanguageTag, date: String) {
        self.worksheet = worksheet
        self.answers = answers
        self.learnerName = learnerName
        self.language = language
        self.date = date
    }

    /// The plain-text page's width in columns.
    public static let pageWidth = 80
    /// Lines per printed page.
    public static let pageLines = 60

    /// A file name from the sheet id: `moduleID/sheetID` → `moduleID--sheetID` (only ASCII
    /// letters, digits, `-` and `_` kept).
    public static func fileStem(_ id: String) -> String {
        let mapped = id.replacingOccurrences(of: "/", with: "--").unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_") ? Character(scalar) : "_"
        }
        let stem = String(mapped)
        return stem.isEmpty || stem.hasPrefix(".") ? "sheet" : stem
    }

    /// Each field's label and answer as shown (computed fields worked out).
    public func rows() -> [(label: String, answer: String)] {
        let check = WorksheetChecker(worksheet: worksheet).check(answers.answers)
        return worksheet.fields.enumerated().map { index, field in
            let texts = worksheet.text(ofField: field.id, in: language) ?? WorksheetFieldText(label: field.id)
            let unit = texts.unit.map { " " + $0 } ?? ""
            var answer: String
            if field.isComputed {
                answer = check.fields[index].value.map { $0.description + unit } ?? "—"
            } else {
                answer = answers.answers[field.id] ?? ""
                if field.kind == .choice, let option = field.options.firstIndex(of: answer), option < texts.options.count {
                    answer = texts.options[option]
                } else if field.kind.isNumeric, !answer.isEmpty {
                    answer += unit
                }
            }
            return (Self.clean(texts.label), Self.clean(answer))
        }
    }

    /// The sheet's title, cleaned.
    public var title: String { Self.clean(worksheet.title.value(for: language)) }
    private var english: Bool { language.matches(.english) }

    /// The sheet as Markdown.
    public func markdown() -> String {
        var lines = ["# " + Self.escape(title), ""]
        lines.append((english ? "- Learner: " : "- 学员：") + Self.escape(Self.clean(learnerName)))
        lines.append((english ? "- Date: " : "- 日期：") + date)
        lines.append("")
        for row in rows() {
            lines.append("## " + Self.escape(row.label))
            lines.append("")
            let answer = row.answer.isEmpty ? (english ? "(empty)" : "（没填）") : row.answer
            lines += answer.split(separator: "\n", omittingEmptySubsequences: false).map { Self.escape(String($0)) + "  " }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The sheet as plain text for A4: lines of at most 80 columns, pages of 60 lines.
    public func plainText() -> String {
        let width = Self.pageWidth
        var lines = LineWrapper.wrap(title, width: width)
        lines.append(String(repeating: "=", count: min(width, max(1, DisplayWidth.of(title)))))
        lines.append((english ? "Learner: " : "学员：") + LineWrapper.truncate(Self.clean(learnerName), width: 40))
        lines.append((english ? "Date: " : "日期：") + date)
        lines.append("")
        for row in rows() {
            lines += LineWrapper.wrap(row.label + (english ? ":" : "："), width: width)
            let answer = row.answer.isEmpty ? (english ? "(empty)" : "（没填）") : row.answer
            for paragraph in answer.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += LineWrapper.wrap(String(paragraph), width: width - 4).map { "    " + $0 }
            }
            lines.append("")
        }
        var pages: [String] = []
        var start = 0
        while start < lines.count {
            pages.append(lines[start..<min(lines.count, start + Self.pageLines)].joined(separator: "\n"))
            start += Self.pageLines
        }
        return pages.joined(separator: "\n\u{0C}\n") + "\n"
    }

    /// Text without control, escape or bidi characters (newlines kept, tabs as spaces).
    public static func clean(_ text: String) -> String {
        ScalarText.replacing(["\u{FFFD}"], in: ScalarText.replacing(["\t"], in: TextSanitizer().sanitize(text), with: " "), with: nil)
    }

    /// Markdown's special characters written as themselves.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_{}[]<>()#+-.!|~".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
