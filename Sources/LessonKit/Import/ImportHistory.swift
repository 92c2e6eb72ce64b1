/// What an import does to learners' history of a module it replaces: what it keeps although the
/// files changed (a lesson renamed, a question reworded, the module in a renamed folder) and what
/// it detaches (lessons and questions gone, or changed past recognition). Learner files are never
/// rewritten: history is kept by keeping the ids it is stored under (see `IdentityMatcher`).
public struct ModuleHistory: Sendable, Equatable {
    /// The module's id (the one learners' history is stored under).
    public var moduleID: String
    /// Its title in its own language.
    public var title: String
    /// When the module has no `id:` and comes in a folder of another name: the module it was
    /// recognised as by its title (whose id it keeps).
    public var recognised: Recognised?

    /// Creates a history with nothing kept or detached yet.
    public init(moduleID: String, title: String, recognised: Recognised? = nil) {
        self.moduleID = moduleID
        self.title = title
        self.recognised = recognised
    }

    /// The existing module a module without `id:` was taken for.
    public enum Recognised: Sendable, Equatable {
        /// A module imported before, in this folder of `lessons/`.
        case imported(folderName: String)
        /// A module of the bundled course.
        case bundled
    }
    /// Lessons whose file was renamed, recognised by their title (their id is kept).
    public var renamedLessons: [LessonItem] = []
    /// Questions whose heading changed, recognised by their kind and answers (their id is kept).
    public var rewordedQuestions: [RewordedQuestion] = []
    /// Lessons of the replaced version that are gone: learners' 已读 of them no longer shows.
    public var removedLessons: [LessonItem] = []
    /// Questions of the replaced version that are gone or changed past recognition: learners'
    /// answers to them and their mistake-notebook entries no longer show.
    public var removedQuestions: [RemovedQuestion] = []

    /// A lesson, by the key learners' reading is stored under.
    public struct LessonItem: Sendable, Equatable {
        /// Its id in the module (learners' `LessonKey.lessonID`).
        public var id: String
        /// Its title.
        public var title: String
        /// Its file now (for a renamed lesson), else its id.
        public var fileName: String

        /// Creates an entry.
        public init(id: String, title: String, fileName: String) {
            self.id = id
            self.title = title
            self.fileName = fileName
        }
    }

    /// A question whose heading was changed and whose history is kept.
    public struct RewordedQuestion: Sendable, Equatable {
        /// Its id (unchanged).
        public var id: String
        /// The heading before and after.
        public var oldHeading: String
        public var newHeading: String

        /// Creates an entry.
        public init(id: String, oldHeading: String, newHeading: String) {
            self.id = id
            self.oldHeading = oldHeading
            self.newHeading = newHeading
        }
    }

    /// A question whose history is detached.
    public struct RemovedQuestion: Sendable, Equatable {
        /// Its id, as learners' answers and notebook store it.
        public var id: String
        /// Its heading.
        public var heading: String

        /// Creates an entry.
        public init(id: String, heading: String) {
            self.id = id
            self.heading = heading
        }
    }

    /// Whether there is anything to say.
    public var isEmpty: Bool {
        recognised == nil && renamedLessons.isEmpty && rewordedQuestions.isEmpty
            && removedLessons.isEmpty && removedQuestions.isEmpty
    }

    /// Whether learners' history of something is detached.
    public var detaches: Bool { !removedLessons.isEmpty || !removedQuestions.isEmpty }

    /// The history of `new` replacing `old`, after pinning (`new` already carries the kept ids).
    static func between(old: Module, new: Module, lessonPins: [IdentityMatcher.LessonPin],
                        questionPins: [IdentityMatcher.QuestionPin], recognised: Recognised?) -> ModuleHistory {
        var history = ModuleHistory(moduleID: new.id, title: new.title.original, recognised: recognised)
        // A pin given again (the same file, the same heading as last time) is no edit to report.
        history.renamedLessons = lessonPins.filter { !$0.sourcePath.hasSuffix("/" + $0.oldFile) }.map {
            LessonItem(id: $0.id, title: $0.title, fileName: ScalarText.lastPathComponent($0.sourcePath))
        }
        history.rewordedQuestions = questionPins.filter { $0.oldHeading != $0.newHeading }.map {
            RewordedQuestion(id: "\($0.quizID)#\($0.id)", oldHeading: $0.oldHeading, newHeading: $0.newHeading)
        }
        let lessonIDs = Set(new.lessons.map(\.id))
        history.removedLessons = old.lessons.filter { !lessonIDs.contains($0.id) }.map {
            LessonItem(id: $0.id, title: $0.title.original, fileName: $0.id)
        }
        let questionIDs = Set(Self.questions(of: new).map(\.id))
        history.removedQuestions = Self.questions(of: old).filter { !questionIDs.contains($0.id) }.map {
            RemovedQuestion(id: $0.id, heading: $0.content.original.headingText)
        }
        return history
    }

    /// Every question of a module: its lessons' checks in order, then its quiz.
    static func questions(of module: Module) -> [Question] {
        module.lessons.flatMap { $0.check?.questions ?? [] } + (module.quiz?.questions ?? [])
    }
}

/// How many learners have history of one lesson or question (to say what an edit detaches).
public enum HistoryUse: Sendable, Hashable {
    /// Learners who opened the lesson (`moduleID/lessonID`).
    case lesson(moduleID: String, lessonID: String)
    /// Learners who answered the question (or have it in their mistake notebook).
    case question(id: String)
}

extension ModuleHistory {
    /// What the import keeps and detaches, one line each, Chinese or English; the sentences that
    /// list lessons and questions are followed by indented lines naming them.
    /// - Parameters:
    ///   - english: English when true, simplified Chinese otherwise.
    ///   - learners: how many learners have history of a lesson or question, when known.
    public func lines(english: Bool, learners: (HistoryUse) -> Int? = { _ in nil }) -> [String] {
        var lines: [String] = []
        let name = english ? "module \(moduleID) (\(title))" : "单元 \(moduleID)（\(title)）"
        switch recognised {
        case .imported(let folder)?:
            lines.append(english
                ? "\(name) has no id and comes in another folder: it is taken for the module in lessons/\(folder) (same title), and learners' history is kept"
                : "\(name)没有写 id，换了文件夹：和 lessons/\(folder) 里的单元标题相同，认作同一个单元，学员的学习记录会保留")
        case .bundled?:
            lines.append(english
                ? "\(name) has no id and comes in another folder: it is taken for the module of the same title that comes with Cunxue, and learners' history is kept"
                : "\(name)没有写 id，换了文件夹：和村学自带的单元标题相同，认作同一个单元，学员的学习记录会保留")
        case nil:
            break
        }
        if !renamedLessons.isEmpty {
            let count = renamedLessons.count
            lines.append(english
                ? "\(name): \(count) \(count == 1 ? "lesson was" : "lessons were") renamed; learners' reading (已读) is kept"
                : "\(name)：\(count) 课改了文件名，学员的已读会保留")
            lines += renamedLessons.map { "  \($0.fileName)（\($0.title)） ← \($0.id).md" }
        }
        if !rewordedQuestions.isEmpty {
            let count = rewordedQuestions.count
            lines.append(english
                ? "\(name): \(count) \(count == 1 ? "question's heading was" : "questions' headings were") changed; learners' answers and mistake notebook are kept"
                : "\(name)：\(count) 道题改了题目，学员的答题记录会保留")
            lines += rewordedQuestions.map { "  “\($0.oldHeading)” → “\($0.newHeading)”" }
        }
        for lesson in removedLessons {
            let count = learners(.lesson(moduleID: moduleID, lessonID: lesson.id))
            lines.append(english
                ? "\(name): lesson “\(lesson.title)” (\(lesson.id)) is gone: " + (count.map { "\($0) \($0 == 1 ? "learner's" : "learners'") reading of it will no longer show" } ?? "learners' reading of it will no longer show")
                : "\(name)：课“\(lesson.title)”（\(lesson.id)）没有了：" + (count.map { "\($0) 位学员读过它，这些已读不会再显示" } ?? "学员读过它的记录不会再显示")
                  + "；如果只是改了文件名，请在它的开头写上 id: \(lesson.id)")
        }
        if !removedQuestions.isEmpty {
            let count = removedQuestions.count
            lines.append(english
                ? "\(name): \(count) \(count == 1 ? "question is" : "questions are") gone or changed past recognition (heading and answers both changed): learners' answers to them and their mistake notebook entries will no longer show. To keep one, put `id: \"OLD HEADING\"` in an options block under its heading (see docs/lesson-format.md)"
                : "\(name)：\(count) 道题删掉了，或者题目和答案都改了、认不出来：学员这些题的答题记录和错题本里的这些题不会再显示。要保留某一题，请在它的标题下面加三行：---、id: \"原来的题目\"、---")
            for question in removedQuestions {
                let used = learners(.question(id: question.id))
                lines.append("  “\(question.heading)”" + (used.map { english ? ": \($0) \($0 == 1 ? "learner" : "learners")" : "：\($0) 位学员答过" } ?? ""))
            }
        }
        return lines
    }
}
