import TerminalKit

/// Boxes drawn over the current screen: help and "leave?".
enum OverlayView {
    static func render(_ overlay: AppState.Overlay, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        switch overlay {
        case .help:
            let rows = s.helpLines
            let keyWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
            let height = rows.count + 5
            let rect = screen.bounds.centered(width: min(screen.size.width - 4, 64), height: height)
            screen.clear(rect)
            let inner = Box(title: s.helpTitle, style: Theme.frame).render(in: rect, screen: &screen)
            for (i, row) in rows.enumerated() {
                let key = row.0 + String(repeating: " ", count: keyWidth - DisplayWidth.of(row.0))
                let x = screen.put(" " + key + "  ", x: inner.x, y: inner.y + i, style: Theme.emphasis, clip: inner)
                screen.put(LineWrapper.truncate(row.1, width: inner.maxX - x), x: x, y: inner.y + i, clip: inner)
            }
            screen.put(LineWrapper.truncate(" " + s.helpFooter, width: inner.width), x: inner.x, y: inner.y + rows.count + 1,
                       style: Theme.muted, clip: inner)
            screen.put(" Esc \(s.keyClose)", x: inner.x, y: inner.maxY - 1, style: Theme.emphasis, clip: inner)
        case .confirmQuit:
            let rect = screen.bounds.centered(width: min(screen.size.width - 4, 44), height: 6)
            screen.clear(rect)
            let inner = Box(title: s.keyQuit, style: Theme.frame).render(in: rect, screen: &screen)
            screen.put(" " + s.quitQuestion, x: inner.x, y: inner.y, style: Theme.emphasis, clip: inner)
            screen.put(" " + s.quitExplain, x: inner.x, y: inner.y + 1, clip: inner)
            let keys = KeyHintBar([.init("Enter", s.keyQuit), .init("Esc", s.keyStay)]).line(width: inner.width - 1)
            screen.put(keys, x: inner.x + 1, y: inner.y + 3, clip: inner)
        }
    }
}
