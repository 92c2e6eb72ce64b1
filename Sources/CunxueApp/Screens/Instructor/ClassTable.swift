import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// The class table's columns at a width: the name column sized to the longest name, up to a
/// third of the width and leaving room for one module column (a longer name is cut with …, never broken
/// across lines; the learner's page shows it whole), one column per module, as many as fit from
/// `firstModule` (←→ page through the rest), then rehearsals, mistakes waiting and last active.
/// Columns are two spaces apart, so cells never touch.
struct ClassTableLayout: Equatable {
    static let gap = 2
    static let marker = 2

    var nameWidth: Int
    var cellWidths: [Int]
    var rehearsalWidth: Int
    var mistakesWidth: Int
    var lastWidth: Int
    /// The modules shown, by index.
    var visible: Range<Int>

    init(_ instructor: InstructorState, _ context: ScreenContext, width: Int, firstModule: Int) {
        let s = context.strings
        let modules = context.modulesByLevel
        let rows = Array(zip(instructor.members, instructor.standings))
        // `—` (no rehearsal, never active) is ambiguous: two columns on a wide terminal.
        let w = { (text: String) in DisplayWidth.of(text, ambiguous: context.ambiguous) }
        cellWidths = modules.indices.map { index in
            rows.compactMap { $0.0.record }.map { w(ClassTable.cell($0, modules[index])) }.max().map { max(2, $0) } ?? 2
        }
        rehearsalWidth = max(w(s.classHeaderRehearsals), rows.map { w(ClassTable.rehearsalMark($0.1)) }.max() ?? 0)
        mistakesWidth = max(w(s.classHeaderMistakes), rows.map { w(String($0.0.record?.notebook.active.count ?? 0)) }.max() ?? 0)
        lastWidth = max(w(s.classHeaderLast), rows.map { w(ClassTable.lastActive($0.1, s)) }.max() ?? 0)
        let longest = max(w(s.classHeaderName), rows.map { w($0.0.summary.name) }.max() ?? 0)
        let others = Self.marker + Self.gap + rehearsalWidth + Self.gap + mistakesWidth + Self.gap + lastWidth
        let oneModule = modules.isEmpty ? 0 : (cellWidths.max() ?? 0) + Self.gap
        nameWidth = min(longest, max(6, min(width / 3, width - others - oneModule)))
        let fixed = Self.marker + nameWidth + Self.gap + rehearsalWidth + Self.gap + mistakesWidth + Self.gap + lastWidth
        let first = min(max(0, firstModule), max(0, modules.count - 1))
        var end = first, used = 0
        while end < modules.count, used + cellWidths[end] + Self.gap <= width - fixed || end == first {
            used += cellWidths[end] + Self.gap
            end += 1
        }
        visible = modules.isEmpty ? 0..<0 : first..<end
    }

    /// Whether every module fits at once.
    var showsAll: Bool { visible.count == cellWidths.count }

    /// The first module of the page before the one starting at `visible.lowerBound`.
    func previousPageStart(width: Int) -> Int {
        let fixed = Self.marker + nameWidth + Self.gap + rehearsalWidth + Self.gap + mistakesWidth + Self.gap + lastWidth
        var start = visible.lowerBound, used = 0
        while start > 0, used + cellWidths[start - 1] + Self.gap <= width - fixed {
            used += cellWidths[start - 1] + Self.gap
            start -= 1
        }
        return start == visible.lowerBound ? max(0, start - 1) : start
    }
}

/// The instructor's class table: learners in groups (need help, learning, not started), each
/// with a heading; the highlighted learner opens with Enter.
enum ClassTable {
    /// One cell per module: `3/5 80✓` (lessons read/total, best score, ✓ passed, ✗ failed and
    /// not passed since).
    static func cell(_ record: LearnerRecord, _ module: Module) -> String {
        let p = record.progress(in: module)
        var cell = "\(p.lessonsRead)/\(p.lessonCount)"
        if let best = p.bestScore { cell += " \(best)" }
        if let quiz = module.quiz {
            switch record.quizStatus(quizID: quiz.id, moduleID: module.id) {
            case .passed: cell += "✓"
            case .failed: cell += "✗"
            case .notTaken, .open: break
            }
        }
        return cell
    }

    /// Rehearsals as `passed/tried`, `—` when none was tried.
    static func rehearsalMark(_ standing: LearnerStanding) -> String {
        standing.rehearsals.tried == 0 ? "—" : "\(standing.rehearsals.passed)/\(standing.rehearsals.tried)"
    }

    /// Last active as `今天`, `昨天`, `3 天前`; `—` when never.
    static func lastActive(_ standing: LearnerStanding, _ s: Strings) -> String {
        standing.idleDays.map(s.daysAgo) ?? "—"
    }

    /// The lines of the list: group headings and learners (one line each), each learner's line
    /// tagged with their index in `members`.
    static func lines(_ instructor: InstructorState, _ layout: ClassTableLayout, _ context: ScreenContext,
                      selection: Int, width: Int) -> [(line: StyledLine, member: Int?)] {
        let s = context.strings
        var out: [(StyledLine, Int?)] = []
        var group: ClassGroup?
        for (index, (member, standing)) in zip(instructor.members, instructor.standings).enumerated() {
            if standing.group != group {
                group = standing.group
                let count = instructor.standings.filter { $0.group == standing.group }.count
                out += LineWrapper.wrap(StyledLine(heading(standing.group, count, s), style: Theme.heading), width: width,
                                        ambiguous: context.ambiguous).map { ($0, nil) }
            }
            let rowLines = row(member, standing, layout, context, selected: index == selection)
            out += rowLines.map { ($0, index) }
        }
        return out
    }

    static func heading(_ group: ClassGroup, _ count: Int, _ s: Strings) -> String {
        switch group {
        case .needsHelp: return s.classGroupNeedsHelp(count, days: LearnerStanding.stalledAfterDays)
        case .fine: return s.classGroupFine(count)
        case .notStarted: return s.classGroupNotStarted(count)
        }
    }

    private static func row(_ member: ClassMember, _ standing: LearnerStanding, _ layout: ClassTableLayout,
                            _ context: ScreenContext, selected: Bool) -> [StyledLine] {
        let s = context.strings
        let ambiguous = context.ambiguous
        // A name is one thing: cut with … at the column's width, never broken across lines.
        let name = LineWrapper.truncate(member.summary.name, width: layout.nameWidth, ambiguous: ambiguous)
        let gap = String(repeating: " ", count: ClassTableLayout.gap)
        var text = (selected ? context.glyphs.pointer + " " : "  ") + pad(name, layout.nameWidth, ambiguous) + gap
        if let record = member.record {
            let modules = context.modulesByLevel
            for index in layout.visible {
                text += pad(cell(record, modules[index]), layout.cellWidths[index], ambiguous) + gap
            }
            text += pad(rehearsalMark(standing), layout.rehearsalWidth, ambiguous) + gap
            text += pad(String(record.notebook.active.count), layout.mistakesWidth, ambiguous) + gap
            text += lastActive(standing, s)
        } else {
            text += s.unreadable
        }
        let style = selected ? Theme.selected : (member.record == nil ? Theme.bad : .plain)
        return [StyledLine(text, style: style)]
    }

    /// `text` and spaces to `width` columns, counted as the terminal draws ambiguous characters.
    static func pad(_ text: String, _ width: Int, _ ambiguous: AmbiguousWidth) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text, ambiguous: ambiguous)))
    }

    /// The header: learner, the visible modules' numbers, rehearsals, mistakes, last active.
    static func header(_ layout: ClassTableLayout, _ context: ScreenContext) -> String {
        let s = context.strings, ambiguous = context.ambiguous
        let gap = String(repeating: " ", count: ClassTableLayout.gap)
        var text = "  " + pad(s.classHeaderName, layout.nameWidth, ambiguous) + gap
        for index in layout.visible { text += pad(String(index + 1), layout.cellWidths[index], ambiguous) + gap }
        return text + pad(s.classHeaderRehearsals, layout.rehearsalWidth, ambiguous) + gap
            + pad(s.classHeaderMistakes, layout.mistakesWidth, ambiguous) + gap + s.classHeaderLast
    }

    /// The legend: what a cell holds, then the names of the modules shown (at most two lines).
    static func legend(_ layout: ClassTableLayout, _ context: ScreenContext, width: Int) -> [StyledLine] {
        var names = ""
        let modules = context.modulesByLevel
        for index in layout.visible {
            names += String(index + 1) + " " + modules[index].title.value(for: context.contentLanguage) + "  "
        }
        let ambiguous = context.ambiguous
        return Array(LineWrapper.wrap(StyledLine(context.strings.classLegendCells, style: Theme.muted), width: width, ambiguous: ambiguous).prefix(2))
            + Array(LineWrapper.wrap(StyledLine(names, style: Theme.muted), width: width, ambiguous: ambiguous).prefix(2))
    }

    /// The rows of learners shown at once (for PgUp/PgDn).
    static func pageHeight(_ context: ScreenContext) -> Int {
        max(1, Chrome.contentRect(for: context.size).height - 6)
    }

    static func render(_ instructor: InstructorState, selection: Int, _ context: ScreenContext, in rect: Rect, screen: inout Screen) {
        let s = context.strings
        let layout = ClassTableLayout(instructor, context, width: rect.width, firstModule: instructor.firstModuleColumn)
        screen.put(LineWrapper.truncate(header(layout, context), width: rect.width, ambiguous: context.ambiguous),
                   x: rect.x, y: rect.y, style: Theme.heading)
        if instructor.members.isEmpty {
            screen.put(s.classEmpty, x: rect.x + 2, y: rect.y + 2, style: Theme.muted)
        }
        let legend = legend(layout, context, width: rect.width)
        let height = max(1, rect.height - 1 - legend.count)
        let all = lines(instructor, layout, context, selection: selection, width: rect.width)
        let selectedEnd = (all.lastIndex { $0.member == selection } ?? 0) + 1
        let top = max(0, min(selectedEnd - height, all.count - height))
        for (i, item) in all.dropFirst(top).prefix(height).enumerated() {
            screen.put(LineWrapper.truncate(item.line, width: rect.width, ambiguous: context.ambiguous), x: rect.x, y: rect.y + 1 + i)
        }
        for (i, line) in legend.enumerated() {
            screen.put(line, x: rect.x, y: rect.maxY - legend.count + i)
        }
    }

    /// The hints: ←→ with the modules shown when they do not all fit.
    static func hints(_ instructor: InstructorState, _ context: ScreenContext) -> [KeyHintBar.Hint] {
        let s = context.strings
        let layout = ClassTableLayout(instructor, context, width: Chrome.contentRect(for: context.size).width,
                                      firstModule: instructor.firstModuleColumn)
        var hints: [KeyHintBar.Hint] = [.init("↑↓", s.keySelect)]
        if !layout.showsAll, let last = layout.visible.last {
            hints.append(.init("←→", s.keyModuleColumns(layout.visible.lowerBound, last, layout.cellWidths.count)))
        }
        return hints + [.init("Enter", s.keyOpen), .init("Esc", s.keyBack)]
    }
}

extension InstructorState {
    /// Keeps the loaded class in the instructor's order (see `ClassOrder`).
    mutating func setClass(_ loaded: [ClassMember], context: ScreenContext) {
        let rows = ClassOrder.sorted(loaded, library: context.library, now: context.now, calendar: context.calendar)
        members = rows.map(\.member)
        standings = rows.map(\.standing)
        if case .classTable(let selection) = page, selection >= members.count {
            page = .classTable(selection: max(0, members.count - 1))
        }
    }

    /// ← and →: the page of module columns before or after the one shown.
    mutating func moveModuleColumns(_ forward: Bool, context: ScreenContext) {
        let width = Chrome.contentRect(for: context.size).width
        let layout = ClassTableLayout(self, context, width: width, firstModule: firstModuleColumn)
        if forward {
            if layout.visible.upperBound < layout.cellWidths.count { firstModuleColumn = layout.visible.upperBound }
        } else {
            firstModuleColumn = layout.previousPageStart(width: width)
        }
    }
}
