import Foundation
import Testing
@testable import LessonKit

/// The course that ships in `Lessons/`: its shape, its translations, and that every quiz can
/// be answered.
@Suite("Bundled course")
struct BundledCourseTests {
    private static let course: Course = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return CourseLoader().load(root.appendingPathComponent("Lessons").path)
    }()

    @Test func loadsWithoutAnyFinding() {
        #expect(Self.course.diagnostics.map { $0.formatted(in: .english) } == [])
        #expect(Self.course.skippedFiles.isEmpty)
    }

    @Test func hasTheTutorialAndEightModulesInOrder() {
        #expect(Self.course.modules.map(\.id) == [
            "how-to-use", "platform-registration", "listing-products", "order-handling",
            "livestream-planning", "safe-trading", "shop-data", "branding-and-cold-chain", "costs-and-profit",
        ])
        #expect(Self.course.modules.map(\.level) == [.basic, .basic, .basic, .basic, .growth, .basic, .advanced, .growth, .basic])
        #expect(Self.course.modules[0].lessons.count == 3)
        for module in Self.course.modules.dropFirst() {
            #expect((4...6).contains(module.lessons.count), "\(module.id) has \(module.lessons.count) lessons")
        }
    }

    @Test func requiresNameExistingModules() {
        let ids = Set(Self.course.modules.map(\.id))
        for module in Self.course.modules {
            #expect(module.requires.allSatisfy(ids.contains), "\(module.id) requires \(module.requires)")
        }
    }

    @Test func everythingIsTranslatedToEnglish() {
        for module in Self.course.modules {
            #expect(module.content.translations[.english] != nil, "\(module.id)/module.en.md")
            for lesson in module.lessons {
                #expect(lesson.content.translations[.english] != nil, "\(lesson.qualifiedID).en.md")
                #expect(lesson.check != nil, "\(lesson.qualifiedID) has no check")
                if let check = lesson.check { #expect(check.messages.translations[.english] != nil || check.languages.contains(.english)) }
            }
            #expect(module.quiz?.languages.contains(.english) == true, "\(module.id)/quiz.en.md")
        }
    }

    @Test func checksAndModuleQuizzesHaveTheRightSize() {
        for module in Self.course.modules {
            for lesson in module.lessons {
                #expect((2...3).contains(lesson.check?.questions.count ?? 0), "\(lesson.qualifiedID) check")
            }
            let quiz = module.quiz?.questions ?? []
            if module.id == "how-to-use" {
                #expect((3...5).contains(quiz.count))
            } else {
                #expect((8...12).contains(quiz.count), "\(module.id) quiz has \(quiz.count)")
                for kind in Question.Kind.allCases {
                    #expect(quiz.filter { $0.kind == kind }.count >= 2, "\(module.id) quiz: fewer than 2 \(kind)")
                }
            }
        }
    }

    @Test func everyQuestionIsAnswerableAndExplained() {
        let quizzes = Self.course.modules.flatMap { m in m.lessons.compactMap(\.check) + (m.quiz.map { [$0] } ?? []) }
        for quiz in quizzes {
            for question in quiz.questions {
                for language in question.content.languages {
                    let content = question.content.value(for: language)
                    let right = content.answers.filter(\.isCorrect).count
                    switch question.kind {
                    case .single: #expect(right == 1, "\(question.id)")
                    case .multiple: #expect(right >= 1 && right < content.answers.count + 1, "\(question.id)")
                    case .ordering: #expect(content.answers.count >= 2, "\(question.id)")
                    }
                    #expect(content.answers.allSatisfy { $0.comment.map { !$0.isEmpty } ?? false },
                            "\(question.id) [\(language)] has an answer without a comment")
                    #expect(content.answers.allSatisfy { !$0.plainText.isEmpty })
                }
            }
        }
    }

    @Test func lessonsAreOfLearnerLength() {
        for module in Self.course.modules {
            for lesson in module.lessons {
                let text = lesson.content.original.body.plainText
                let han = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
                #expect((300...900).contains(han), "\(lesson.qualifiedID): \(han) Han characters")
            }
        }
    }

    /// Every question of every check and module quiz, with its module.
    private static var questions: [(module: String, question: Question)] {
        course.modules.flatMap { module in
            (module.lessons.compactMap(\.check) + (module.quiz.map { [$0] } ?? [])).flatMap { quiz in
                quiz.questions.map { (module.id, $0) }
            }
        }
    }

    /// Length alone must not give the answer away: the right answer is the one longest option in
    /// at most 40% of the single-choice questions.
    @Test func theRightAnswerIsRarelyTheLongest() {
        let single = Self.questions.map(\.question).filter { $0.kind == .single }
        let giveaways = single.filter { question in
            let answers = question.content.original.answers
            let lengths = answers.map { $0.plainText.count }
            guard let longest = lengths.max(), let right = answers.firstIndex(where: \.isCorrect) else { return false }
            return lengths[right] == longest && lengths.filter { $0 == longest }.count == 1
        }
        #expect(single.count >= 100)
        #expect(giveaways.count * 100 <= single.count * 40, "\(giveaways.count) of \(single.count): \(giveaways.map(\.id))")
    }

    /// A choose-all question with one wrong option is a single-choice question in disguise.
    @Test func chooseAllQuestionsHaveTwoWrongOptions() {
        for (module, question) in Self.questions where question.kind == .multiple {
            let answers = question.content.original.answers
            #expect(answers.filter { !$0.isCorrect }.count >= 2, "\(module): \(question.id)")
            #expect(answers.contains { $0.isCorrect }, "\(module): \(question.id)")
        }
    }

    /// Comments say plainly whether the option was right: 选对了： / 选错了： (Right: / Wrong:),
    /// never a double negative such as "对，这是错".
    @Test func commentsSayRightOrWrongPlainly() {
        for (module, question) in Self.questions where question.kind != .ordering {
            for language in question.content.languages {
                let english = language == .english
                for answer in question.content.value(for: language).answers {
                    let comment = answer.comment?.plainText ?? ""
                    let expected = answer.isCorrect ? (english ? "Right: " : "选对了：") : (english ? "Wrong: " : "选错了：")
                    #expect(comment.hasPrefix(expected), "\(module): \(question.id) [\(language)]: \(comment.prefix(20))")
                    #expect(!comment.contains("对，这是错") && !comment.contains("对，这个是错"), "\(module): \(question.id)")
                }
            }
        }
    }
}
