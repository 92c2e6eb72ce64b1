import TerminalKit

/// The instructor PIN change: the three PINs, the one being typed with the cursor.
enum InstructorPINChangeView {
    static func render(_ change: InstructorPINChange, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        let hints: [KeyHintBar.Hint] = [.init("0-9", s.keyTypePIN), .init("Enter", s.keyConfirm),
                                         .init(s.backspaceKey, s.keyDelete), .init("Esc", s.keyBack)]
        Chrome(title: s.pinChangeTitle, trailing: nil, hints: hints).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        let steps: [(InstructorPINChange.Step, String, Int)] = [
            (.current, s.pinChangeOld, change.current.count),
            (.new, s.pinChangeNew, change.new.count),
            (.again, s.pinChangeRepeat, change.again.count),
        ]
        var cursor: Point?
        for (i, (step, label, count)) in steps.enumerated() {
            let y = content.y + i * 2
            let reached = order(step) <= order(change.step)
            guard reached else { break }
            PINTyping.render(label: label, count: count, x: content.x, y: y, screen: &screen)
            if step == change.step { cursor = screen.cursor }
        }
        screen.cursor = cursor
        if change.step == .checking {
            screen.put(s.pinChangeChecking, x: content.x, y: content.y + 6, style: Theme.emphasis)
        }
    }

    private static func order(_ step: InstructorPINChange.Step) -> Int {
        switch step {
        case .current: return 0
        case .new: return 1
        case .again: return 2
        case .checking: return 3
        }
    }
}
