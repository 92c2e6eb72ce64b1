import Foundation
import TerminalKit

/// The welcome screen: who are you?
enum SignInView {
    /// Where the learner list is drawn on a screen of `size` (for mouse clicks too).
    static func listRect(for size: Size, itemCount: Int) -> Rect {
        let content = Chrome.contentRect(for: size)
        let boxHeight = min(content.height - 4, itemCount + 2)
        let box = Rect(x: content.x, y: content.y + 4, width: min(content.width, 72), height: boxHeight)
        return box.inset(horizontal: 1, vertical: 1)
    }

    /// Each learner's name, then what a person recognises beside it in a column that lines up
    /// (a narrow list cuts the end of that column, never the name).
    static func items(_ context: ScreenContext) -> [SelectList.Item] {
        let nameWidth = context.learners.map { DisplayWidth.of($0.name, ambiguous: context.ambiguous) }.max() ?? 0
        var items = context.learners.map { learner in
            let pad = String(repeating: " ", count: nameWidth - DisplayWidth.of(learner.name, ambiguous: context.ambiguous) + 3)
            return SelectList.Item(StyledLine([Span(learner.name + pad), Span(detail(learner, context), style: Theme.muted)]))
        }
        items.append(SelectList.Item(StyledLine(context.strings.newLearnerItem, style: Theme.emphasis)))
        return items
    }

    /// What a person recognises beside a name: a PIN, when she last studied, the modules passed,
    /// the module she was in (most important first, since a narrow list cuts from the end).
    static func detail(_ learner: LearnerSummary, _ context: ScreenContext) -> String {
        let s = context.strings
        var parts: [String] = []
        if learner.hasPIN { parts.append(s.hasPIN) }
        parts.append(s.lastActive(daysAgo: learner.lastActive.map { daysBetween($0, context.now, context.calendar) }))
        let passed = context.library.modules.filter { $0.quiz.map { learner.passedQuizIDs.contains($0.id) } ?? false }.count
        if passed > 0 { parts.append(s.modulesPassed(passed)) }
        if let id = learner.lastModuleID, let module = context.library.module(id) {
            parts.append(module.title.value(for: context.contentLanguage))
        }
        return parts.joined(separator: " " + context.glyphs.separator + " ")
    }

    static func render(_ signIn: SignInState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        Chrome(title: s.signInTitle, trailing: s.appTagline, hints: hints(s, width: screen.size.width)).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        TextBlock(s.welcomeLine, style: Theme.heading).render(in: Rect(x: content.x, y: content.y, width: content.width, height: 2), screen: &screen)
        let prompt = context.learners.isEmpty ? s.noLearnersYet : s.chooseYourName
        TextBlock(prompt).render(in: Rect(x: content.x, y: content.y + 2, width: content.width, height: 2), screen: &screen)
        let list = items(context)
        let inner = listRect(for: screen.size, itemCount: list.count)
        Box(title: s.learnersBox, style: Theme.frame).render(in: inner.inset(horizontal: -1, vertical: -1), screen: &screen)
        SelectList(list, selected: min(signIn.selection, list.count - 1)).render(in: inner, screen: &screen)
    }

    /// No letters: a person typing her name here must not hit a key that does something. Below
    /// 70 columns ↑↓ gives way (the ▶ shows the highlight, `?` lists it), so that F2, the
    /// instructor's only way in, stays in view.
    static func hints(_ s: Strings, width: Int = 80) -> [KeyHintBar.Hint] {
        let arrows: [KeyHintBar.Hint] = width < 70 ? [] : [.init("↑↓", s.keySelect)]
        return arrows + [.init("Enter", s.keyConfirm), .init("Tab", s.keyLanguage),
                         .init("?", s.keyHelp), .init("Esc", s.keyQuit), .init("F2", s.keyInstructor)]
    }

    private static func daysBetween(_ a: Date, _ b: Date, _ calendar: Calendar) -> Int {
        calendar.dateComponents([.day], from: calendar.startOfDay(for: a), to: calendar.startOfDay(for: b)).day ?? 0
    }
}
