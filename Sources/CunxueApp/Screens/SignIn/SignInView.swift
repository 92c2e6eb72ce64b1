import Foundation
import TerminalKit

/// The welcome screen: who are you?
enum SignInView {
    /// Where the learner list is drawn on a screen of `size` (for mouse clicks too).
    static func listRect(for size: Size, itemCount: Int) -> Rect {
        let content = Chrome.contentRect(for: size)
        let boxHeight = min(content.height - 4, itemCount + 2)
        let box = Rect(x: content.x, y: content.y + 4, width: min(content.width, 60), height: boxHeight)
        return box.inset(horizontal: 1, vertical: 1)
    }

    static func items(_ context: ScreenContext) -> [SelectList.Item] {
        let s = context.strings
        var items = context.learners.map { learner -> SelectList.Item in
            var detail = s.lastActive(daysAgo: learner.lastActive.map { daysBetween($0, context.now) })
            if learner.hasPIN { detail = s.hasPIN + "  " + detail }
            return SelectList.Item(StyledLine(learner.name), detail: StyledLine(detail, style: Theme.muted))
        }
        items.append(SelectList.Item(StyledLine(s.newLearnerItem, style: Theme.emphasis)))
        return items
    }

    static func render(_ signIn: SignInState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        Chrome(title: s.signInTitle, trailing: s.appTagline, hints: hints(s)).render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        TextBlock(s.welcomeLine, style: Theme.heading).render(in: Rect(x: content.x, y: content.y, width: content.width, height: 2), screen: &screen)
        let prompt = context.learners.isEmpty ? s.noLearnersYet : s.chooseYourName
        TextBlock(prompt).render(in: Rect(x: content.x, y: content.y + 2, width: content.width, height: 2), screen: &screen)
        let list = items(context)
        let inner = listRect(for: screen.size, itemCount: list.count)
        Box(title: s.learnersBox, style: Theme.frame).render(in: inner.inset(horizontal: -1, vertical: -1), screen: &screen)
        SelectList(list, selected: min(signIn.selection, list.count - 1)).render(in: inner, screen: &screen)
    }

    static func hints(_ s: Strings) -> [KeyHintBar.Hint] {
        [.init("↑↓", s.keySelect), .init("Enter", s.keyConfirm), .init("N", s.keyNewLearner),
         .init("?", s.keyHelp), .init("L", s.keyLanguage), .init("Q", s.keyQuit), .init("I", s.keyInstructor)]
    }

    private static func daysBetween(_ a: Date, _ b: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        return calendar.dateComponents([.day], from: calendar.startOfDay(for: a), to: calendar.startOfDay(for: b)).day ?? 0
    }
}
