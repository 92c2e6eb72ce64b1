import TerminalKit

/// Typing a PIN to sign in.
enum PINEntryView {
    static func render(_ entry: PINEntryState, _ state: AppState, into screen: inout Screen) {
        let s = state.strings
        Chrome(title: entry.learner.name, trailing: nil,
               hints: [.init("0-9", s.pinPrompt.trimmingSuffix()), .init("Enter", s.keyConfirm), .init("⌫", s.keyDelete), .init("Esc", s.keyBack)])
            .render(state, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        screen.put(LineWrapper.truncate(s.hello(entry.learner.name), width: content.width), x: content.x, y: content.y, style: Theme.heading)
        screen.put(LineWrapper.truncate(s.enterPIN, width: content.width), x: content.x, y: content.y + 2)
        PINTyping.render(label: s.pinPrompt, count: entry.digits.count, x: content.x, y: content.y + 4, screen: &screen)
        if entry.isChecking {
            screen.put(s.pinChecking, x: content.x, y: content.y + 6, style: Theme.muted)
        } else if let wait = entry.waitUntil, wait > state.now {
            let seconds = Int(wait.timeIntervalSince(state.now).rounded(.up))
            screen.put(LineWrapper.truncate(s.pinWait(seconds: seconds), width: content.width), x: content.x, y: content.y + 6, style: Theme.warning)
        }
    }
}

extension String {
    /// The string without a trailing colon (full-width or not) and spaces.
    func trimmingSuffix() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == ":" || last == "：" { s = s.dropLast() }
        return String(s)
    }
}
