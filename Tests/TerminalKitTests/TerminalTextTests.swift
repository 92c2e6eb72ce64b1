import Testing
@testable import TerminalKit

/// Terminals modelled from measurements (tmux 3.3a under `capture-pane`, xterm's documented
/// per-code-point widths) and a grapheme-aware one (kitty, WezTerm): a line of text sent to
/// them, and where each column ends up.
enum TerminalModel: CaseIterable {
    /// Per-scalar widths like glibc; a joiner joins the next emoji into its cell.
    case tmux
    /// Per-scalar widths like glibc; nothing joins.
    case xterm
    /// Whole clusters: an emoji cluster two columns, VS16 makes a narrow base wide.
    case graphemeAware

    /// glibc's `wcwidth` as Debian 12 has it for the scalars these tests use.
    static func glibcWidth(_ scalar: Unicode.Scalar) -> Int {
        if (0x1F1E6...0x1F1FF).contains(scalar.value) { return 1 }  // regional indicators: neutral
        if scalar.value == 0x1FAE8 { return -1 }                   // Unicode 15: unknown to glibc 2.36
        return DisplayWidth.of(scalar)
    }

    /// Columns the terminal advances for `text` written at once.
    func advance(_ text: String) -> Int {
        switch self {
        case .graphemeAware:
            return text.reduce(0) { total, c in
                total + (DisplayWidth.isEmojiCluster(c) ? 2 : c.unicodeScalars.reduce(0) { $0 + max(0, Self.glibcWidth($1)) })
            }
        case .tmux, .xterm:
            var total = 0
            var afterJoiner = false
            for scalar in text.unicodeScalars {
                let w = max(0, Self.glibcWidth(scalar))
                if !(self == .tmux && afterJoiner && w == 2) { total += w }
                afterJoiner = scalar.value == 0x200D
            }
            return total
        }
    }
}

@Suite("What the terminal is sent")
struct TerminalTextTests {
    private func sent(_ text: String, width: Int) -> [TerminalText.Piece] {
        TerminalText.pieces(for: text, width: width, systemWidth: TerminalModel.glibcWidth)
    }

    @Test("emoji clusters are sent in a form every terminal draws in the cell's two columns", arguments: [
        ("👨\u{200D}👩\u{200D}👧", ["👨"]),
        ("🏳\u{FE0F}\u{200D}🌈", ["🏳", " "]),
        ("🇨🇳", ["🇨", "🇳"]),
        ("👍🏽", ["👍"]),
        ("1\u{FE0F}\u{20E3}", ["1\u{20E3}", " "]),
        ("❤\u{FE0F}", ["❤", " "]),
        ("🏽", ["🏽"]),
        ("\u{1FAE8}", ["〓"]),  // glibc does not know it
    ])
    func emoji(text: String, expected: [String]) {
        let pieces = sent(text, width: 2)
        #expect(pieces.map(\.text) == expected)
        for model in TerminalModel.allCases {
            // Each piece is written at its own column: what the terminal advances for each
            // adds up to the two columns of the cell.
            let columns = pieces.reduce(0) { $0 + model.advance($1.text) }
            #expect(columns == 2, "\(model) draws \(text) in \(columns) columns")
        }
    }

    @Test("no joiner or variation selector is ever sent; plain cells go as they are")
    func plain() {
        #expect(sent("a\u{200D}", width: 1).map(\.text) == ["a"])
        #expect(sent("e\u{301}", width: 1).map(\.text) == ["e\u{301}"])
        #expect(sent("村", width: 2).map(\.text) == ["村"])
        #expect(sent("x", width: 1) == [TerminalText.Piece(offset: 0, text: "x")])
        #expect(sent("🇨🇳", width: 2).map(\.offset) == [0, 1])
    }

    @Test("text that would take more than its cell becomes a placeholder; less is padded")
    func misfits() {
        #expect(sent("村", width: 1).map(\.text) == ["?"])
        #expect(sent("🇨", width: 2).map(\.text) == ["🇨", " "])  // a lone regional indicator
        #expect(sent("\u{200D}", width: 1).map(\.text) == ["?"])
    }
}
