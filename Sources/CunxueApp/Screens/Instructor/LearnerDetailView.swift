import Foundation
import LessonKit
import ProgressKit
import TerminalKit

/// One learner for the instructor, as scrolled lines: where they stand, each module, their
/// rehearsals and worksheets, every attempt from the first with what it got wrong (the
/// question, their answer, the right one), and the questions they keep missing.
enum LearnerDetailView {
    static func lines(_ member: ClassMember?, _ standing: LearnerStanding?, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        guard let member else { return [] }
        var lines = LineWrapper.wrap(StyledLine(member.summary.name + "  (\(member.summary.id))" + (member.summary.hasPIN ? "  " + s.hasPIN : ""),
                                                style: Theme.heading), width: width, ambiguous: context.ambiguous)
        if let standing { lines += standingLines(standing, context, width: width) }
        lines.append(StyledLine())
        guard let record = member.record else { return lines + [StyledLine(s.unreadable, style: Theme.bad)] }
        lines += moduleLines(record, context, width: width)
        lines += [StyledLine(), StyledLine(s.rehearsalsHeading, style: Theme.heading)]
        lines += rehearsalLines(record, context, width: width)
        let filled = SheetExporter.filled(record)
        lines += [StyledLine(), StyledLine(s.sheetsSummary(finished: filled.filter(\.isFinished).count,
                                                           open: filled.filter { !$0.isFinished }.count), style: Theme.heading)]
        lines += [StyledLine(), StyledLine(s.attemptsOldestFirst, style: Theme.heading)]
        lines += attemptLines(record, context, width: width)
        lines += [StyledLine(), StyledLine(s.missedHeading, style: Theme.heading)]
        let missed = record.notebook.active.filter { $0.wrongCount >= 2 }.sorted { $0.wrongCount > $1.wrongCount }
        if missed.isEmpty { lines.append(StyledLine(s.noMisses, style: Theme.muted)) }
        for entry in missed {
            lines += LineWrapper.wrap(StyledLine(s.missedTimes(entry.wrongCount) + "  " + questionTitle(entry.questionID, context)), width: width, ambiguous: context.ambiguous)
        }
        return lines
    }

    private static func standingLines(_ standing: LearnerStanding, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        var texts: [(String, Style)] = []
        if standing.isUnreadable { texts.append((s.standingUnreadable, Theme.bad)) }
        if !standing.failedModules.isEmpty {
            let titles = standing.failedModules.map { context.library.module($0)?.title.value(for: context.contentLanguage) ?? $0 }
            texts.append((s.standingFailed(s.list(titles)), Theme.bad))
        }
        if standing.isStalled, let days = standing.idleDays { texts.append((s.standingStalled(days), Theme.warning)) }
        if standing.group == .notStarted { texts.append((s.standingNotStarted, Theme.muted)) }
        texts.append((s.lastActive(ClassTable.lastActive(standing, s)), Theme.muted))
        return texts.flatMap { LineWrapper.wrap(StyledLine($0.0, style: $0.1), width: width, ambiguous: context.ambiguous) }
    }

    private static func moduleLines(_ record: LearnerRecord, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        return context.modulesByLevel.enumerated().flatMap { index, module -> [StyledLine] in
            let p = record.progress(in: module)
            var text = s.lessonsRead(p.lessonsRead, p.lessonCount)
            if let best = p.bestScore { text += "  " + s.bestScore(best) }
            if let quiz = module.quiz, case .failed = record.quizStatus(quizID: quiz.id, moduleID: module.id) { text += "  ✗" }
            if p.passed && module.quiz != nil { text += "  " + s.passedMark }
            let title = String(index + 1) + " " + module.title.value(for: context.contentLanguage)
            let line = StyledLine([Span(title, style: Theme.emphasis), Span("  " + text)])
            return LineWrapper.wrap(line, width: width, ambiguous: context.ambiguous)
        }
    }

    private static func rehearsalLines(_ record: LearnerRecord, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        let count = LearnerStanding.rehearsals(record)
        guard count.tried > 0 else { return [StyledLine(s.noRehearsals, style: Theme.muted)] }
        var lines = [StyledLine(s.rehearsalTotals(tried: count.tried, passed: count.passed, mistakes: count.mistakes))]
        let scenarios = context.modulesByLevel.flatMap(\.scenarios)
        let byScenario = Dictionary(grouping: record.scenarioRuns, by: \.scenarioID)
        for id in byScenario.keys.sorted() {
            let runs = byScenario[id] ?? []
            let title = scenarios.first { $0.qualifiedID == id }?.title.value(for: context.contentLanguage) ?? WorksheetView.clean(id)
            let text = s.rehearsalLine(runs: runs.count, passed: runs.contains { $0.passed == true },
                                       mistakes: runs.reduce(0) { $0 + $1.mistakes })
            lines += LineWrapper.wrap(StyledLine("  " + title + "  " + text), width: width, ambiguous: context.ambiguous)
        }
        return lines
    }

    /// Every attempt with at least one answer, oldest first: date, score, ✓, which quiz; then
    /// each wrong answer with the question, what was chosen and what is right.
    private static func attemptLines(_ record: LearnerRecord, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        let answered = record.attempts.filter { !$0.answers.isEmpty }
        if answered.isEmpty { return [StyledLine(s.noAttempts, style: Theme.muted)] }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = context.calendar.timeZone
        var lines: [StyledLine] = []
        for attempt in answered {
            let score = attempt.isFinished ? (attempt.scorePercent.map { "\($0)" } ?? "—") : s.attemptUnfinished
            let mark = attempt.passed == true ? " ✓" : ""
            let wrong = attempt.answers.filter { !$0.correct }
            let head = formatter.string(from: attempt.startedAt) + "  " + score + mark + "  " + quizTitle(attempt, context)
                + (wrong.isEmpty ? "  " + context.glyphs.separator + " " + s.attemptAllRight : "")
            lines += LineWrapper.wrap(StyledLine(head, style: Theme.emphasis), width: width, ambiguous: context.ambiguous)
            for answer in wrong { lines += wrongAnswerLines(answer, context, width: width) }
        }
        return lines
    }

    private static func wrongAnswerLines(_ answer: ProgressKit.Answer, _ context: ScreenContext, width: Int) -> [StyledLine] {
        let s = context.strings
        var lines = LineWrapper.wrap(StyledLine("✗ " + questionTitle(answer.questionID, context), style: Theme.bad), width: width - 2, ambiguous: context.ambiguous)
            .map { $0.prefixed(by: [Span("  ")]) }
        guard let question = context.library.index.question(answer.questionID)?.question else { return lines }
        let content = question.content.value(for: context.contentLanguage)
        let texts = content.answers.map { WorksheetView.clean($0.plainText) }
        let separator = question.kind == .ordering ? " → " : (context.language == .zh ? "；" : "; ")
        let chosen = answer.chosen.filter { texts.indices.contains($0) }.map { texts[$0] }
        let right = question.kind == .ordering ? texts : content.answers.indices.filter { content.answers[$0].isCorrect }.map { texts[$0] }
        for (label, items, style) in [(s.chose, chosen, Theme.warning), (s.rightAnswer, right, Theme.good)] {
            let text = items.isEmpty ? s.noChoice : items.joined(separator: separator)
            lines += LineWrapper.wrap(StyledLine([Span(label, style: style), Span(text)]), width: width - 4, ambiguous: context.ambiguous)
                .map { $0.prefixed(by: [Span("    ")]) }
        }
        return lines
    }

    private static func quizTitle(_ attempt: Attempt, _ context: ScreenContext) -> String {
        let module = context.library.module(attempt.moduleID)
        if let lessonID = context.library.index.quiz(attempt.quizID)?.lessonID, let lesson = module?.lesson(lessonID) {
            return lesson.title.value(for: context.contentLanguage)
        }
        return (module?.title.value(for: context.contentLanguage) ?? WorksheetView.clean(attempt.moduleID)) + " " + context.glyphs.separator + " " + context.strings.moduleQuiz
    }

    private static func questionTitle(_ id: String, _ context: ScreenContext) -> String {
        context.library.index.question(id)?.question.content.value(for: context.contentLanguage).headingText ?? WorksheetView.clean(id)
    }
}
