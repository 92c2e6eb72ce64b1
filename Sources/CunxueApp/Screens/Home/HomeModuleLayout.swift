import LessonKit
import ProgressKit
import TerminalKit

/// How module rows of the home screen are laid out in a given width: a ✓ for a passed module,
/// the title at its full width, then the progress bar and the lessons read, in columns that
/// line up, and for a module with rehearsals "演练 1/2 通过" (passed of all) when there is room.
/// When the width is short the columns give way from the end before a title is cut (the
/// rehearsals first: the highlighted module's line under the list counts them too); titles are
/// cut only when even the bar would not fit beside them.
struct HomeModuleLayout {
    private let context: ScreenContext
    private let record: LearnerRecord
    /// Columns of the title (the longest title, or what is left).
    private let titleWidth: Int
    /// How many of the columns after the title are shown: 0 none, 1 the bar, 2 bar and count.
    private let columns: Int
    /// Whether the count is the short one ("3/5" for "3/5 lessons").
    private let shortCount: Bool
    /// Columns of the lessons count (the widest), so the rehearsals line up after it.
    private let countWidth: Int
    /// The rehearsals column: 0 none, 1 the short form ("演练 1/2"), 2 the long one.
    private let rehearsalColumn: Int

    private static let markWidth = 2
    private static let barWidth = 11
    private static let gap = 2

    init(_ context: ScreenContext, record: LearnerRecord, width: Int) {
        self.context = context
        self.record = record
        let modules = context.modulesByLevel
        let longest = modules.map { DisplayWidth.of($0.title.value(for: context.contentLanguage), ambiguous: context.ambiguous) }.max() ?? 0
        // Each module's progress once (a course may have hundreds of modules, each of many lessons).
        let progress = modules.map { record.progress(in: $0) }
        let widest = { (text: (Int, Int) -> String) in
            progress.map { DisplayWidth.of(text($0.lessonsRead, $0.lessonCount), ambiguous: context.ambiguous) }.max() ?? 0
        }
        let room = width - 5 - Self.markWidth  // "▶ 1. " and the mark
        let withBar = Self.gap + Self.barWidth
        let s = context.strings
        (columns, titleWidth, shortCount) = Self.fit(longest: longest, room: room, withBar: withBar,
                                                     counts: [widest(s.lessonsRead), widest(s.lessonsReadShort)])
        countWidth = widest(shortCount ? s.lessonsReadShort : s.lessonsRead)
        let rehearsals = modules.filter { !$0.scenarios.isEmpty }.map { record.rehearsalProgress(in: $0) }
        let widestRehearsal = { (text: (Int, Int) -> String) in rehearsals.map { DisplayWidth.of(text($0.passed, $0.total), ambiguous: context.ambiguous) }.max() ?? 0 }
        let left = room - titleWidth - withBar - Self.gap - countWidth
        if columns < 2 || rehearsals.isEmpty {
            rehearsalColumn = 0
        } else if Self.gap + widestRehearsal(s.rehearsalsPassed) <= left {
            rehearsalColumn = 2
        } else if Self.gap + widestRehearsal(s.rehearsalsPassedShort) <= left {
            rehearsalColumn = 1
        } else {
            rehearsalColumn = 0
        }
    }

    /// Which columns fit beside titles `longest` wide in `room`: bar and count (long, else
    /// short), else the bar, cutting titles only when even the bar would not fit beside them.
    private static func fit(longest: Int, room: Int, withBar: Int, counts: [Int]) -> (Int, Int, Bool) {
        for (i, count) in counts.enumerated() where longest + withBar + gap + count <= room {
            return (2, longest, i > 0)
        }
        if longest + withBar <= room { return (1, longest, false) }
        if room - withBar >= 12 { return (1, room - withBar, false) }
        return (0, room, false)
    }

    /// The row of `module` after its number, in the row's `base` style.
    func line(for module: Module, base: Style) -> StyledLine {
        let progress = record.progress(in: module)
        let title = LineWrapper.truncate(module.title.value(for: context.contentLanguage), width: titleWidth, ambiguous: context.ambiguous)
        let mark = progress.passed && (module.quiz != nil || !module.lessons.isEmpty) ? "✓ " : "  "
        var spans = [Span(mark, style: base.merged(with: Theme.good)),
                     Span(title + String(repeating: " ", count: max(0, titleWidth - DisplayWidth.of(title, ambiguous: context.ambiguous))), style: base)]
        if columns >= 1 {
            spans.append(Span(String(repeating: " ", count: Self.gap), style: base))
            spans += ProgressBar(fraction: progress.fraction).line(width: Self.barWidth, glyphs: context.glyphs).spans
                .map { Span($0.text, style: base.merged(with: $0.style)) }
        }
        if columns >= 2 {
            let s = context.strings
            let count = (shortCount ? s.lessonsReadShort : s.lessonsRead)(progress.lessonsRead, progress.lessonCount)
            spans.append(Span(String(repeating: " ", count: Self.gap) + count, style: base))
            if rehearsalColumn > 0, !module.scenarios.isEmpty {
                let r = record.rehearsalProgress(in: module)
                let text = (rehearsalColumn == 2 ? s.rehearsalsPassed : s.rehearsalsPassedShort)(r.passed, r.total)
                let pad = String(repeating: " ", count: max(0, countWidth - DisplayWidth.of(count, ambiguous: context.ambiguous)) + Self.gap)
                let style = r.passed == r.total ? Theme.good : Theme.muted
                spans.append(Span(pad, style: base))
                spans.append(Span(text, style: base.merged(with: style)))
            }
        }
        return StyledLine(spans)
    }
}
