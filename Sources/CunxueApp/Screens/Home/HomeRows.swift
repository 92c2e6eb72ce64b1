import LessonKit
import ProgressKit

/// A choosable row of the home screen.
enum HomeRow: Equatable {
    /// The next unfinished step ("继续学习").
    case resume(NextStep)
    /// The mistake notebook, when it holds questions.
    case notebook(count: Int, due: Int)
    /// Open a module.
    case module(String)
}

extension ScreenContext {
    /// The home screen's choosable rows, top to bottom: the next step, the mistake notebook,
    /// then modules grouped by level (basic, growth, advanced) in course order.
    var homeRows: [HomeRow] {
        guard let record else { return [] }
        var rows: [HomeRow] = []
        if let step = record.nextStep(in: library, modules: modulesByLevel) { rows.append(.resume(step)) }
        let entries = notebookEntries
        if !entries.isEmpty {
            rows.append(.notebook(count: entries.count, due: dueReviewEntries.count))
        }
        for module in modulesByLevel { rows.append(.module(module.id)) }
        return rows
    }

    /// Modules in the order the home screen lists them (and numbers them: module n is always
    /// `n`, whatever rows come above).
    var modulesByLevel: [Module] { library.modulesByLevel }

    /// The number a module has on the home screen (1-based), nil for a module not listed.
    func moduleNumber(_ id: String) -> Int? {
        modulesByLevel.firstIndex { $0.id == id }.map { $0 + 1 }
    }

    /// The mistake notebook's questions that the course still has, soonest due first.
    var notebookEntries: [MistakeEntry] {
        guard let record else { return [] }
        return record.notebook.active.filter { library.index.question($0.questionID) != nil }
    }

    /// Notebook entries due now whose question still exists in the course.
    var dueReviewEntries: [MistakeEntry] {
        notebookEntries.filter { $0.isDue(at: now) }
    }
}
