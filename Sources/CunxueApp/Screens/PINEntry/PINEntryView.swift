import TerminalKit

/// Typing a PIN: who it is for, what to type, the box, the check or the wait (counted down here
/// and nowhere else), and what to do after forgetting it.
enum PINEntryView {
    static func render(_ entry: PINEntryState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        let title: String
        switch entry.purpose {
        case .learner(let learner): title = learner.name
        case .instructor: title = s.instructorTitle
        }
        Chrome(title: title, trailing: nil, hints: hints(entry, context)).render(context, into: &screen)
        guard entry.hasPIN != nil else { return }  // the instructor's status is on its way
        let content = Chrome.contentRect(for: screen.size)
        var y = content.y
        func paragraph(_ text: String, style: Style, gap: Int) {
            for line in LineWrapper.wrap(text, width: content.width, ambiguous: context.ambiguous) {
                screen.put(line, x: content.x, y: y, style: style)
                y += 1
            }
            y += gap
        }
        paragraph(heading(entry, s), style: Theme.heading, gap: 1)
        paragraph(instruction(entry, s), style: .plain, gap: 1)
        // No instructor PIN yet: it is set from a terminal (`cunxue instructor set-pin`), never here.
        guard entry.hasPIN == true || entry.purpose != .instructor else { return }
        let box = y
        PINTyping.render(label: s.pinPrompt, count: entry.digits.count, x: content.x, y: box, screen: &screen)
        y += 2
        if entry.isChecking {
            screen.put(s.pinChecking, x: content.x, y: y, style: Theme.muted)
        } else if let wait = entry.wait, wait.isRunning(at: context.steadyNow) {
            screen.put(LineWrapper.truncate(s.pinWait(seconds: wait.secondsLeft(at: context.steadyNow)), width: content.width, ambiguous: context.ambiguous),
                       x: content.x, y: y, style: Theme.warning)
        }
        y += 2
        paragraph(entry.purpose == .instructor ? s.instructorPINForgotten : s.pinForgotten, style: Theme.muted, gap: 0)
        if !entry.isTakingDigits(at: context.steadyNow) { screen.cursor = nil }
    }

    /// While a check or a wait runs, only the keys that do something then.
    static func hints(_ entry: PINEntryState, _ context: ScreenContext) -> [KeyHintBar.Hint] {
        let s = context.strings
        let tail: [KeyHintBar.Hint] = [.init("Esc", s.keyBack), .init("?", s.keyHelp)]
        guard entry.isTakingDigits(at: context.steadyNow) else { return tail }
        return [.init("0-9", s.pinPrompt.trimmingSuffix()), .init("Enter", s.keyConfirm), .init(s.backspaceKey, s.keyDelete)] + tail
    }

    private static func heading(_ entry: PINEntryState, _ s: Strings) -> String {
        switch entry.purpose {
        case .learner(let learner): return s.hello(learner.name)
        case .instructor: return s.instructorPINHeading
        }
    }

    private static func instruction(_ entry: PINEntryState, _ s: Strings) -> String {
        switch entry.purpose {
        case .learner: return s.enterPIN
        case .instructor:
            return entry.hasPIN == true ? s.instructorEnterPIN : s.instructorNoPIN
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
