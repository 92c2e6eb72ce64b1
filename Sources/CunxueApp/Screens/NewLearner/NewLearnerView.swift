import TerminalKit

/// Adding a learner: name, then an optional PIN twice.
enum NewLearnerView {
    static func render(_ form: NewLearnerForm, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        var hints: [KeyHintBar.Hint] = [.init("Enter", s.keyConfirm), .init(s.backspaceKey, s.keyDelete), .init("Esc", s.keyBack),
                                        .init("F1", s.keyHelp)]
        if form.step == .pin { hints[0] = .init("Enter", s.keySkip + "/" + s.keyConfirm) }
        Chrome(title: s.newLearnerTitle, trailing: nil, hints: hints).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        var y = content.y
        func paragraph(_ text: String, style: Style = .plain) {
            for line in LineWrapper.wrap(text, width: content.width, ambiguous: context.ambiguous) {
                screen.put(line, x: content.x, y: y, style: style)
                y += 1
            }
        }
        paragraph(s.typeYourName, style: Theme.heading)
        paragraph(s.nameHelp, style: Theme.muted)
        y += 1
        let nameX = screen.put(s.namePrompt, x: content.x, y: y, style: Theme.emphasis)
        let fieldWidth = min(44, content.maxX - nameX)
        let shownName = LineWrapper.truncate(form.name, width: fieldWidth - 1, ambiguous: context.ambiguous)
        screen.put(StyledLine(shownName + String(repeating: " ", count: max(0, fieldWidth - DisplayWidth.of(shownName, ambiguous: context.ambiguous))),
                              style: Style(underline: true)), x: nameX, y: y)
        if form.step == .name { screen.cursor = Point(x: nameX + DisplayWidth.of(shownName, ambiguous: context.ambiguous), y: y) }
        y += 2
        if form.step != .name {
            paragraph(form.step == .pin ? s.pinOptional : s.pinAgain, style: Theme.heading)
            y += 1
            let typed = form.step == .pin ? form.pin : form.confirmation
            PINTyping.render(label: s.pinPrompt, count: typed.count, x: content.x, y: y, screen: &screen)
            y += 2
        }
        if let problem = form.problem {
            paragraph(problem.text(context.language), style: Theme.bad)
            y -= 1
        }
        if form.step != .name {
            y += 2
            paragraph(s.pinForgetLater, style: Theme.muted)
        }
    }
}
