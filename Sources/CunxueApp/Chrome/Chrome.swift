import TerminalKit

/// The parts every screen shares: the title line at the top, the notice line and the key-hint
/// bar at the bottom, and the area between them for the screen's content.
struct Chrome {
    /// The screen's title, after the app name.
    var title: String
    /// Text at the right of the title line (the learner's name).
    var trailing: String?
    /// The keys that work on this screen, most important first.
    var hints: [KeyHintBar.Hint]

    /// The smallest window the app is laid out for; below it the app asks for a bigger one.
    static let minimumSize = Size(width: 60, height: 20)

    /// Whether a window of `size` is too small to lay the app out.
    static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimumSize.width || size.height < minimumSize.height
    }

    /// The widest the content gets: text past about 40 Chinese characters (80 columns) a line
    /// is hard to follow back to the next line's start, and bars drift away from their names.
    static let readableWidth = 80

    /// The content area for a screen of `size`: below the title line and a blank row, above the
    /// notice line and the hint bar, with two columns of margin, at most `readableWidth` wide.
    static func contentRect(for size: Size) -> Rect {
        Rect(x: 2, y: 2, width: min(readableWidth, size.width - 4), height: size.height - 5)
    }

    /// Draws the title line, the notice (if any) and the hint bar.
    func render(_ context: ScreenContext, into screen: inout Screen) {
        let width = screen.size.width
        let bar = Rect(x: 0, y: 0, width: width, height: 1)
        screen.clear(bar, style: Theme.titleBar)
        let left = " \(context.strings.appName) \(context.glyphs.separator) \(title)"
        var right = ""
        if let trailing { right = trailing + " " }
        if context.isPreview { right = Self.previewBanner(context) }
        let rightWidth = screen.width(of: right)
        screen.put(LineWrapper.truncate(left, width: max(0, width - rightWidth - 1), ambiguous: context.ambiguous), x: 0, y: 0, style: Theme.titleBar)
        if rightWidth > 0 && rightWidth < width / 2 {
            screen.put(right, x: width - rightWidth, y: 0, style: Theme.titleBar)
        }
        if let notice = context.notice {
            let style: Style
            switch notice.kind {
            case .info: style = Theme.good
            case .warning: style = Theme.warning
            case .error: style = Theme.bad
            }
            // A notice takes one line, or two when it is long (the last content row gives way).
            let lines = LineWrapper.wrap(notice.text(context.language), width: width - 2, ambiguous: context.ambiguous)
            let shown = lines.count > 2 ? [lines[0], LineWrapper.truncate(lines[1...].joined(), width: width - 2, ambiguous: context.ambiguous)] : lines
            let top = screen.size.height - 1 - shown.count
            screen.clear(Rect(x: 0, y: top, width: width, height: shown.count))
            for (i, line) in shown.enumerated() {
                screen.put(line, x: 1, y: top + i, style: style)
            }
        }
        KeyHintBar(Self.keepingTheWayBack(hints, context.strings)).render(in: Rect(x: 0, y: screen.size.height - 1, width: width, height: 1), screen: &screen)
    }

    /// `hints` with the way back (`Esc`, `Enter/Esc`) and erasing (Backspace) marked to stay:
    /// on a narrow bar the other keys give way first, so a person always sees how to go back
    /// and, while typing, how to erase.
    static func keepingTheWayBack(_ hints: [KeyHintBar.Hint], _ s: Strings) -> [KeyHintBar.Hint] {
        hints.map { hint in
            var hint = hint
            if hint.key.split(separator: "/").contains("Esc") || hint.key == s.backspaceKey { hint.stays = true }
            return hint
        }
    }

    /// ▲ and ▼ in the right margin beside `rect` when rows are scrolled away above or below it
    /// (in the margin, so they never cover a row's last column).
    static func drawScrollMarks(above: Bool, below: Bool, beside rect: Rect, screen: inout Screen) {
        if above { screen.put(screen.glyphs.moreAbove, x: rect.maxX, y: rect.y, style: Theme.warning) }
        if below { screen.put(screen.glyphs.moreBelow, x: rect.maxX, y: rect.maxY - 1, style: Theme.warning) }
    }

    /// The "please make the window bigger" message, centred.
    static func renderTooSmall(_ context: ScreenContext, into screen: inout Screen) {
        let text = context.strings.tooSmall(width: screen.size.width, height: screen.size.height,
                                           minimumWidth: minimumSize.width, minimumHeight: minimumSize.height)
        let width = max(1, screen.size.width - 2)
        let lines = LineWrapper.wrap(text, width: width, ambiguous: context.ambiguous)
        let top = max(0, (screen.size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (screen.size.width - screen.width(of: line)) / 2)
            screen.put(line, x: x, y: top + i, style: Theme.emphasis)
        }
    }
}
