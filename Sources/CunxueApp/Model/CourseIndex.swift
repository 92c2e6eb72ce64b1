import LessonKit

/// Finds quizzes and questions of a course by id, for the mistake notebook and results.
struct CourseIndex: Sendable {
    /// Where a question lives.
    struct Location: Sendable, Equatable {
        var question: Question
        var quiz: Quiz
        var moduleID: String
    }

    private(set) var questions: [String: Location] = [:]
    private(set) var quizzes: [String: (quiz: Quiz, moduleID: String, lessonID: String?)] = [:]

    init(_ course: Course) {
        for module in course.modules {
            for lesson in module.lessons {
                if let check = lesson.check { add(check, moduleID: module.id, lessonID: lesson.id) }
            }
            if let quiz = module.quiz { add(quiz, moduleID: module.id, lessonID: nil) }
        }
    }

    private mutating func add(_ quiz: Quiz, moduleID: String, lessonID: String?) {
        quizzes[quiz.id] = (quiz, moduleID, lessonID)
        for question in quiz.questions {
            questions[question.id] = Location(question: question, quiz: quiz, moduleID: moduleID)
        }
    }

}
