import LessonKit

/// Finds quizzes and questions of a course by id, for the mistake notebook and results.
///
/// Module quizzes are in memory from the start; a lesson's check of a course loaded as an index
/// is read the first time it is looked up (`Lesson.check`), so making the index reads nothing.
struct CourseIndex: Sendable {
    /// Where a question lives.
    struct Location: Sendable, Equatable {
        var question: Question
        var quiz: Quiz
        var moduleID: String
    }

    /// A quiz found by id, with its module and, for a check, its lesson.
    struct QuizPlace: Sendable {
        var quiz: Quiz
        var moduleID: String
        var lessonID: String?
    }

    /// Where each quiz id is: the module's index in the course and, for a check, the lesson's.
    private let places: [String: (module: Int, lesson: Int?)]
    private let course: Course

    init(_ course: Course) {
        self.course = course
        var places: [String: (module: Int, lesson: Int?)] = [:]
        for (moduleIndex, module) in course.modules.enumerated() {
            for (lessonIndex, lesson) in module.lessons.enumerated() {
                if let id = lesson.checkID, places[id] == nil { places[id] = (moduleIndex, lessonIndex) }
            }
            if let quiz = module.quiz, places[quiz.id] == nil { places[quiz.id] = (moduleIndex, nil) }
        }
        self.places = places
    }

    /// The quiz with `id`, if the course has it and it loads.
    func quiz(_ id: String) -> QuizPlace? {
        guard let place = places[id] else { return nil }
        let module = course.modules[place.module]
        guard let lesson = place.lesson else { return module.quiz.map { QuizPlace(quiz: $0, moduleID: module.id, lessonID: nil) } }
        return module.lessons[lesson].check.map { QuizPlace(quiz: $0, moduleID: module.id, lessonID: module.lessons[lesson].id) }
    }

    /// The question with `id` (`QUIZ-ID#…`), if its quiz has it.
    func question(_ id: String) -> Location? {
        // A question's id is its quiz's id, `#`, then its own part (which may hold `#` too, and
        // start with a combining mark: the `#` is looked for by its byte, not as a `Character`).
        let bytes = id.utf8
        var end = bytes.startIndex
        while let hash = bytes[end...].firstIndex(of: UInt8(ascii: "#")) {
            if let place = quiz(String(id[..<hash])), let question = place.quiz.questions.first(where: { $0.id == id }) {
                return Location(question: question, quiz: place.quiz, moduleID: place.moduleID)
            }
            end = bytes.index(after: hash)
        }
        return nil
    }
}
