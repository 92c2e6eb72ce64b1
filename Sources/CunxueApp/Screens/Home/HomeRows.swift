import LessonKit
import ProgressKit

/// A choosable row of the home screen.
enum HomeRow: Equatable {
    /// Carry on with the lesson read last (or start the first lesson).
    case resume(moduleID: String, lessonID: String?)
    /// Review the mistake notebook's due questions.
    case review(due: Int)
    /// Open a module.
    case module(String)
}

extension ScreenContext {
    /// The home screen's choosable rows, top to bottom: resume, review, then modules grouped by
    /// level (basic, growth, advanced) in course order.
    var homeRows: [HomeRow] {
        guard let record else { return [] }
        var rows: [HomeRow] = []
        if let last = record.lastReadLesson(), library.module(last.moduleID) != nil {
            rows.append(.resume(moduleID: last.moduleID, lessonID: last.lessonID))
        } else if let first = library.modules.first {
            rows.append(.resume(moduleID: first.id, lessonID: first.lessons.first?.id))
        }
        if !record.notebook.active.isEmpty {
            rows.append(.review(due: dueReviewEntries.count))
        }
        for module in modulesByLevel { rows.append(.module(module.id)) }
        return rows
    }

    /// Modules in the order the home screen lists them.
    var modulesByLevel: [Module] {
        Level.allCases.flatMap { level in library.modules.filter { $0.level == level } }
    }

    /// Notebook entries due now whose question still exists in the course.
    var dueReviewEntries: [MistakeEntry] {
        guard let record else { return [] }
        return record.notebook.due(at: now).filter { library.index.questions[$0.questionID] != nil }
    }
}
