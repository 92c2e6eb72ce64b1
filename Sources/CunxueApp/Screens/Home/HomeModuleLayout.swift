import LessonKit
import ProgressKit
import TerminalKit

/// How module rows of the home screen are laid out in a given width: a ✓ for a passed module,
/// the title at its full width, then the progress bar and the lessons read, in columns that
/// line up. When the width is short the columns give way from the end before a title is cut;
/// titles are cut only when even the bar would not fit beside them.
struct HomeModuleLayout {
    private let context: ScreenContext
    private let record: LearnerRecord
    /// Columns of the title (the longest title, or what is left).
    private let titleWidth: Int
    /// How many of the columns after the title are shown: 0 none, 1 the bar, 2 bar and count.
    private let columns: Int
    /// Whether the count is the short one ("3/5" for "3/5 lessons").
    private let shortCount: Bool

    private static let markWidth = 2
    private static let barWidth = 11
    private static let gap = 2

    init(_ context: ScreenContext, record: LearnerRecord, width: Int) {
        self.context = context
        self.record = record
        let modules = context.modulesByLevel
        let longest = modules.map { DisplayWidth.of($0.title.value(for: context.contentLanguage), ambiguous: context.ambiguous) }.max() ?? 0
        let widest = { (text: (Int, Int) -> String) in
            modules.map { module -> Int in
                let p = record.progress(in: module)
                return DisplayWidth.of(text(p.lessonsRead, p.lessonCount), ambiguous: context.ambiguous)
            }.max() ?? 0
        }
        let room = width - 5 - Self.markWidth  // "▶ 1. " and the mark
        let withBar = Self.gap + Self.barWidth
        let s = context.strings
        (columns, titleWidth, shortCount) = Self.fit(longest: longest, room: room, withBar: withBar,
                                                     counts: [widest(s.lessonsRead), widest(s.lessonsReadShort)])
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
        }
        return StyledLine(spans)
    }
}
