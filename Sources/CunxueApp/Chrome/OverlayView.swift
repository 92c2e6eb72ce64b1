import TerminalKit

/// Boxes drawn over the current screen: this screen's keys, "leave?", "sign out?", and the
/// warning before an idle sign-out.
enum OverlayView {
    /// Draws `overlay` over the screen `route` shows.
    /// - Parameter idleSecondsLeft: seconds before an idle sign-out (for its warning).
    static func render(_ overlay: AppState.Overlay, route: AppState.Route, idleSecondsLeft: Int, _ context: ScreenContext,
                       into screen: inout Screen) {
        let s = context.strings
        switch overlay {
        case .help:
            renderHelp(ScreenHelp.rows(for: route, s), s, into: &screen)
        case .confirmQuit:
            renderQuestion(title: s.keyQuit, lines: [s.quitQuestion, context.isPreview ? s.previewQuitExplain : s.quitExplain],
                           keys: [.init("1", s.keyQuit), .init("Enter/Esc", s.keyStay, stays: true)], into: &screen)
        case .confirmSignOut:
            renderQuestion(title: s.keySignOut, lines: [s.signOutQuestion, context.isPreview ? s.previewQuitExplain : s.quitExplain],
                           keys: [.init("1", s.keySignOut), .init("Enter/Esc", s.keyStay, stays: true)], into: &screen)
        case .idleWarning:
            renderQuestion(title: s.idleTitle, lines: [s.idleWarning(seconds: idleSecondsLeft), s.idleSaved],
                           keys: [.init(s.anyKey, s.keyKeepLearning)], into: &screen)
        }
    }

    private static func renderHelp(_ rows: [ScreenHelp.Row], _ s: Strings, into screen: inout Screen) {
        let keyWidth = rows.map { screen.width(of: $0.key) }.max() ?? 0
        let height = rows.count + 5
        let rect = screen.bounds.centered(width: min(screen.size.width - 4, 76), height: min(height, screen.size.height - 2))
        screen.clear(rect)
        let inner = Box(title: s.helpTitle, style: Theme.frame).render(in: rect, screen: &screen)
        for (i, row) in rows.enumerated() where i < inner.height - 3 {
            let key = row.key + String(repeating: " ", count: keyWidth - screen.width(of: row.key))
            let x = screen.put(" " + key + "  ", x: inner.x, y: inner.y + i, style: Theme.emphasis, clip: inner)
            screen.put(LineWrapper.truncate(row.text, width: inner.maxX - x, ambiguous: screen.ambiguousWidth), x: x, y: inner.y + i, clip: inner)
        }
        screen.put(LineWrapper.truncate(" " + s.helpFooter, width: inner.width, ambiguous: screen.ambiguousWidth), x: inner.x, y: inner.maxY - 2,
                   style: Theme.muted, clip: inner)
        let keys = KeyHintBar([.init(s.helpCloseKeys, s.keyClose)]).line(width: inner.width - 1, ambiguous: screen.ambiguousWidth)
        screen.put(keys, x: inner.x + 1, y: inner.maxY - 1, clip: inner)
    }

    /// A small box: a question or warning, a line under it, and its keys.
    private static func renderQuestion(title: String, lines: [String], keys: [KeyHintBar.Hint], into screen: inout Screen) {
        let width = min(screen.size.width - 4, 56)
        let wrapped = lines.flatMap { LineWrapper.wrap($0, width: width - 4, ambiguous: screen.ambiguousWidth) }
        let rect = screen.bounds.centered(width: width, height: wrapped.count + 4)
        screen.clear(rect)
        let inner = Box(title: title, style: Theme.frame).render(in: rect, screen: &screen)
        for (i, line) in wrapped.enumerated() {
            screen.put(" " + line, x: inner.x, y: inner.y + i, style: i == 0 ? Theme.emphasis : .plain, clip: inner)
        }
        screen.put(KeyHintBar(keys).line(width: inner.width - 1, ambiguous: screen.ambiguousWidth), x: inner.x + 1, y: inner.maxY - 1, clip: inner)
    }
}
