/// Recognises the lessons and questions of a module's new version that are the same as the
/// version it replaces but would get other ids: a lesson file renamed (same title), a question
/// whose heading was reworded (same kind and answers). Such a lesson or question is *pinned* to
/// its old id, so learners' history (已读, answers, the mistake notebook) stays with it. Pure.
///
/// Only what has no `id:` of its own is pinned, and only when the match is unique on both sides
/// (among the lessons or questions that kept no id), so a history is never given to the wrong one.
struct IdentityMatcher {
    /// A lesson to give its old id.
    struct LessonPin: Equatable {
        /// The lesson's original file, as the loader reports it.
        var sourcePath: String
        /// The id to write into its front matter (the old lesson's).
        var id: String
        /// The lesson's id before pinning (its file name).
        var newID: String
        /// Its title.
        var title: String
        /// The replaced lesson's file name (the same when an id given before is given again).
        var oldFile: String
    }

    /// A question to give its old id.
    struct QuestionPin: Equatable {
        /// The quiz's id (the replaced version's: `module/quiz`, `module/LESSON.quiz`).
        var quizID: String
        /// The file name (without `.md`) of the lesson whose check it is, or `nil` for the module quiz.
        var lessonFile: String?
        /// The 1-based line of its heading in the original quiz file.
        var line: Int
        /// The id to write into its options block (the old question's id after `QUIZ#`).
        var id: String
        /// The heading before and after the edit.
        var oldHeading: String
        var newHeading: String
    }

    /// The version being replaced.
    var old: Module
    /// The new version.
    var new: Module

    /// The lessons to pin.
    func lessonPins() -> [LessonPin] {
        let oldIDs = Set(old.lessons.map(\.id))
        let newIDs = Set(new.lessons.map(\.id))
        let orphans = old.lessons.filter { !newIDs.contains($0.id) }
        let strangers = new.lessons.filter { !oldIDs.contains($0.id) && $0.id == Self.fileID($0) }
        return Self.uniquePairs(orphans, strangers, key: { Self.normalized($0.title.original) }).map { old, new in
            LessonPin(sourcePath: new.content.original.sourcePath, id: old.id, newID: new.id, title: new.title.original,
                      oldFile: Self.fileName(old))
        }
    }

    /// The questions to pin, once the lessons are pinned as `lessonPins` says. Quizzes are
    /// paired by their name in the module (`quiz`, `LESSON.quiz`), so a module recognised by its
    /// title under another id pairs too.
    func questionPins(after lessonPins: [LessonPin]) -> [QuestionPin] {
        let pinnedID = Dictionary(lessonPins.map { ($0.newID, $0.id) }, uniquingKeysWith: { first, _ in first })
        var quizzes: [(quiz: Quiz, name: String, lessonFile: String?)] = []
        if let quiz = new.quiz { quizzes.append((quiz, "quiz", nil)) }
        for lesson in new.lessons {
            guard let check = lesson.check else { continue }
            quizzes.append((check, "\(pinnedID[lesson.id] ?? lesson.id).quiz", Self.fileID(lesson)))
        }
        var oldQuizzes: [String: Quiz] = [:]
        for quiz in [old.quiz].compactMap({ $0 }) + old.lessons.compactMap(\.check) {
            oldQuizzes[Self.suffix(quiz.id, of: old.id, separator: "/")] = quiz
        }
        var pins: [QuestionPin] = []
        for (quiz, name, lessonFile) in quizzes {
            guard let before = oldQuizzes[name] else { continue }
            let oldSuffixes = Set(before.questions.map { Self.suffix($0.id, of: before.id) })
            let newSuffixes = Set(quiz.questions.map { Self.suffix($0.id, of: quiz.id) })
            let orphans = before.questions.filter { !newSuffixes.contains(Self.suffix($0.id, of: before.id)) }
            let strangers = quiz.questions.filter {
                let suffix = Self.suffix($0.id, of: quiz.id)
                return !oldSuffixes.contains(suffix) && suffix == $0.content.original.headingText.trimmed
            }
            for (was, now) in Self.uniquePairs(orphans, strangers, key: Self.signature) {
                pins.append(QuestionPin(quizID: before.id, lessonFile: lessonFile, line: now.line,
                                        id: Self.suffix(was.id, of: before.id),
                                        oldHeading: was.content.original.headingText, newHeading: now.content.original.headingText))
            }
        }
        return pins
    }

    // MARK: - Helpers

    /// The id a lesson gets from its file name (a lesson whose id differs has an `id:`).
    static func fileID(_ lesson: Lesson) -> String {
        let file = fileName(lesson)
        return file.count > 3 && file.lowercased().hasSuffix(".md") ? String(file.dropLast(3)) : file
    }

    /// A lesson's original file name.
    static func fileName(_ lesson: Lesson) -> String {
        ScalarText.lastPathComponent(lesson.content.original.sourcePath)
    }

    /// An id without the id it starts with: a question's `id:` or heading (`QUIZ#…`), a quiz's
    /// name in its module (`MODULE/…`).
    static func suffix(_ id: String, of prefix: String, separator: String = "#") -> String {
        id.hasPrefix(prefix + separator) ? String(id.dropFirst(prefix.count + separator.count)) : id
    }

    /// What a reworded question keeps: its kind and its answers (text and whether right).
    static func signature(_ question: Question) -> String {
        let answers = question.content.original.answers.map { ($0.isCorrect ? "x " : "- ") + normalized($0.plainText) }
        return question.kind.rawValue + "\n" + answers.joined(separator: "\n")
    }

    /// Text compared without blanks at the ends and with runs of blanks as one.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{3000}" }).joined(separator: " ")
    }

    /// Pairs items of `left` and `right` whose keys are equal and occur once on each side.
    static func uniquePairs<T>(_ left: [T], _ right: [T], key: (T) -> String) -> [(T, T)] {
        let leftKeys = left.map(key)
        let rightKeys = right.map(key)
        var leftCount: [String: Int] = [:]
        var rightIndex: [String: Int] = [:]
        var rightCount: [String: Int] = [:]
        for item in leftKeys { leftCount[item, default: 0] += 1 }
        for (index, item) in rightKeys.enumerated() {
            rightCount[item, default: 0] += 1
            rightIndex[item] = index
        }
        var pairs: [(T, T)] = []
        for (index, item) in leftKeys.enumerated() where leftCount[item] == 1 && rightCount[item] == 1 {
            if let other = rightIndex[item] { pairs.append((left[index], right[other])) }
        }
        return pairs
    }
}
