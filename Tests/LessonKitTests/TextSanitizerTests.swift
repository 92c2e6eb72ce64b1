import Testing
@testable import LessonKit

/// Control and bidirectional characters never reach the terminal.
struct TextSanitizerTests {
    private let sanitizer = TextSanitizer()

    @Test(arguments: [
        ("红\u{1B}[31m字", "红[31m字"),
        ("a\u{0}b\u{7}c\u{7F}d\u{85}e\u{9B}f", "abcdef"),
        ("行一\r\n行二", "行一\n行二"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("发票\u{202E}gpj.exe", "发票\u{FFFD}gpj.exe"),
        ("\u{2066}x\u{2069}\u{200E}\u{200F}\u{061C}", "\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("中文 emoji 👍 ★", "中文 emoji 👍 ★"),
    ])
    func sanitizes(input: String, output: String) {
        #expect(sanitizer.sanitize(input) == output)
        #expect(sanitizer.isClean(output))
        #expect(sanitizer.isClean(input) == (input == output))
    }

    @Test func findingsHaveLinesAndColumns() {
        let findings = sanitizer.findings(in: "好\n中文\u{1B}x\u{202E}")
        #expect(findings == [
            TextSanitizer.Finding(line: 2, column: 3, scalar: "\u{1B}", action: .remove),
            TextSanitizer.Finding(line: 2, column: 5, scalar: "\u{202E}", action: .replace),
        ])
    }

    @Test func everyScalarBelowU2100IsCheckedByTheFastPathAsByTheSlowPath() {
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            #expect(sanitizer.isClean(text) == (TextSanitizer.action(for: scalar) == nil), "U+\(String(value, radix: 16))")
        }
    }
}
