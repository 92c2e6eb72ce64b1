import ProgressKit
import TerminalKit

/// The reading-aloud settings: what they do in a sentence, the two settings with their values,
/// and how to change them.
enum SettingsView {
    /// The first row of the list, under the explanation.
    private static func listRect(_ size: Size) -> Rect {
        let content = Chrome.contentRect(for: size)
        return Rect(x: content.x, y: content.y + 3, width: content.width, height: SettingsState.Row.allCases.count)
    }

    /// The row drawn at `point`, for mouse clicks.
    static func rowIndex(at point: Point, context: ScreenContext) -> Int? {
        let rect = listRect(context.size)
        guard rect.contains(point) else { return nil }
        return point.y - rect.y
    }

    /// The text of each row: its name and its value, as shown and as read aloud.
    static func rowTexts(_ settings: LearnerSettings, _ s: Strings) -> [(name: String, value: String)] {
        [(s.settingAutoRead, settings.readsAloudOnOpen ? s.settingOn : s.settingOff),
         (s.settingSpeed, s.speedName(settings.speechSpeed))]
    }

    /// What is read aloud when a setting changes: the setting and its new value (at the new
    /// speed, so the learner hears it).
    static func changedText(from before: LearnerSettings, to after: LearnerSettings, _ s: Strings) -> Speakable {
        let texts = rowTexts(after, s)
        let row = before.readsAloudOnOpen != after.readsAloudOnOpen ? texts[0] : texts[1]
        return Speakable(text: s.settingSpoken(row.name, row.value), source: .page)
    }

    static func render(_ state: SettingsState, _ context: ScreenContext, into screen: inout Screen) {
        let s = context.strings
        let settings = SettingsState.settings(context)
        Chrome(title: s.settingsTitle, trailing: context.record?.learner.displayName, hints: hints(state, context))
            .render(context, into: &screen)
        let content = Chrome.contentRect(for: screen.size)
        var y = content.y
        for line in LineWrapper.wrap(StyledLine(s.settingsIntro, style: Theme.emphasis), width: content.width, ambiguous: context.ambiguous).prefix(2) {
            screen.put(line, x: content.x, y: y, clip: content)
            y += 1
        }
        let rect = listRect(screen.size)
        let texts = rowTexts(settings, s)
        let nameWidth = texts.map { DisplayWidth.of($0.name, ambiguous: context.ambiguous) }.max() ?? 0
        for (index, text) in texts.enumerated() {
            let selected = index == state.selection
            let base = selected ? Theme.selected : Style.plain
            let row = Rect(x: rect.x, y: rect.y + index, width: rect.width, height: 1)
            screen.clear(row, style: base)
            let name = text.name + String(repeating: " ", count: nameWidth - DisplayWidth.of(text.name, ambiguous: context.ambiguous))
            var spans = [Span((selected ? context.glyphs.pointer + " " : "  ") + "\(index + 1). " + name + "  ", style: base)]
            spans += valueSpans(SettingsState.Row(rawValue: index), settings, s, base: base)
            screen.put(StyledLine(spans), x: row.x, y: row.y, clip: row)
        }
        var noteY = rect.maxY + 1
        for note in [s.settingsHowTo, s.settingsReadAnyTime] {
            for line in LineWrapper.wrap(StyledLine(note, style: Theme.muted), width: content.width, ambiguous: context.ambiguous) where noteY < content.maxY {
                screen.put(line, x: content.x, y: noteY, clip: content)
                noteY += 1
            }
        }
    }

    /// The value of a row: 开/关, or the three speeds with the chosen one marked.
    private static func valueSpans(_ row: SettingsState.Row?, _ settings: LearnerSettings, _ s: Strings, base: Style) -> [Span] {
        switch row {
        case .autoRead?:
            let on = settings.readsAloudOnOpen
            return [Span(on ? s.settingOn : s.settingOff, style: base.merged(with: on ? Theme.good : Theme.muted))]
        case .speed?:
            return LearnerSettings.SpeechSpeed.allCases.enumerated().flatMap { i, speed -> [Span] in
                let name = s.speedName(speed)
                let chosen = speed == settings.speechSpeed
                // "慢 [正常] 快": brackets round the chosen one, one space between (fits 60 columns in English).
                let gap = Span(i == 0 ? "" : " ", style: base)
                return [gap, Span(chosen ? "[" + name + "]" : name, style: chosen ? base.merged(with: Theme.emphasis) : base)]
            }
        case nil:
            return []
        }
    }

    /// Enter changes the highlighted setting; ←→ change the speed on its row; R plays it.
    static func hints(_ state: SettingsState, _ context: ScreenContext) -> [KeyHintBar.Hint] {
        let s = context.strings
        var hints: [KeyHintBar.Hint] = [.init("1-2", s.keySettingChange), .init("Esc", s.keyHome)]
        if SettingsState.Row(rawValue: state.selection) == .speed { hints.append(.init("←→", s.keySlowerFaster)) }
        hints.append(KeyHintBar.Hint("R", context.isReadingAloud ? s.keyStopReading : s.keyListen))
        return hints + [.init("↑↓", s.keySelect), .init("?", s.keyHelp), .init("L", s.keyLanguage)]
    }
}
