import Foundation
import Testing
@testable import LessonKit
import TestSupport

/// Random bytes and random Markdown never crash the loader and never leave a control or
/// bidirectional character in any text the app would show.
struct PropertyTests {
    private static let fragments = [
        "# ", "## ", "###### ", "---\n", "---", "...\n", "title: ", "minutes: ", "shuffleAnswers: ", "passingGrade: ",
        "nQuestions: ", "requires: [", "]", "1. ", "1. [x] ", "1. [ ] ", "- [x] ", "- [ ] ", "- ", "* ", "> ", ">> ",
        "    > ", "```", "~~~", "`", "$", "$$", "\\", "*", "**", "_", "~~", "[", "](", ")", "![", "<", ">", "<b>", "&#27;",
        "&#x202E;", "&#0;", "&amp;", "|", "| --- |", ":-:", "\n", "\n\n", "\t", "  ", "\u{1B}[31m", "\u{7}", "\u{0}",
        "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{061C}", "\r\n", "\r", "\u{FEFF}", "true", "80",
        "淘宝", "实名认证", "开店", "👍", "é", "a", "1", " ", "http://x.cn", "www.example.com", "{", "}", ":", "\"", "'",
        "\\e", "\"\\e[1m\"", "\"\\u202E\"",
    ]

    private func randomMarkdown(_ generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...120, using: &generator) {
            text += Self.fragments.randomElement(using: &generator) ?? ""
        }
        return text
    }

    private static let quizPieces = [
        "## 题\n", "## 另一题\n", "1. [x] 对\n", "1. [ ] 错\n", "- [x] 对\n", "- [ ] 错\n", "1. 一\n", "2. 二\n",
        "> 提示\n", "    > 说明\n", "\n", "---\nshuffleAnswers: false\n---\n", "正文\n",
    ]

    /// A quiz mostly made of well-formed pieces, with random fragments in between.
    private func randomQuiz(_ generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...40, using: &generator) {
            if Int.random(in: 0..<4, using: &generator) == 0 {
                text += Self.fragments.randomElement(using: &generator) ?? ""
            } else {
                text += Self.quizPieces.randomElement(using: &generator) ?? ""
            }
        }
        return text
    }

    private func randomBytes(_ generator: inout SeededGenerator) -> Data {
        Data((0..<Int.random(in: 0...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    @Test func randomMarkdownAndBytesNeverCrashAndNeverLeaveControlCharacters() throws {
        print("randomMarkdownAndBytes: seed 20240601, 300 rounds")
        var generator = SeededGenerator(seed: 20_240_601)
        var loadedModules = 0
        var questions = 0
        try FixturePaths.withTemporaryFolder { folder in
            for round in 0..<300 {
                let module = "\(folder)/r\(round)"
                let useBytes = round % 4 == 3
                let files = ["module.md", "01-a.md", "01-a.en.md", "01-a.quiz.md", "01-a.quiz.en.md", "quiz.md", "quiz.en.md"]
                for (index, name) in files.enumerated() {
                    if index == 0 && round % 5 != 0 {
                        try FixturePaths.write("---\ntitle: 单元\(round)\n---\n" + randomMarkdown(&generator), to: name, in: module)
                    } else if index == 0 && round % 2 == 0 {
                        try FixturePaths.write("---\ntitle: \(randomMarkdown(&generator))\n---\n" + randomMarkdown(&generator),
                                               to: name, in: module)
                    } else if name.contains("quiz") && round % 3 != 0 {
                        try FixturePaths.write(randomQuiz(&generator), to: name, in: module)
                    } else if useBytes {
                        try FixturePaths.write(randomBytes(&generator), to: name, in: module)
                    } else {
                        try FixturePaths.write(randomMarkdown(&generator), to: name, in: module)
                    }
                }
                let course = CourseLoader(workingDirectory: folder).load("r\(round)")
                loadedModules += course.modules.count
                questions += course.questionCount
                var texts: [String] = []
                TextCollector.collect(course, into: &texts)
                for text in texts {
                    let bad = text.unicodeScalars.first { TextSanitizer.action(for: $0) != nil }
                    #expect(bad == nil, "round \(round): \(text.debugDescription)")
                }
                for diagnostic in course.diagnostics {
                    #expect(TextSanitizer().isClean(diagnostic.formatted()), "round \(round): \(diagnostic.formatted().debugDescription)")
                }
            }
        }
        // The generator must reach the code under test: many modules load, some with questions.
        print("property test: \(loadedModules) modules, \(questions) questions loaded")
        #expect(loadedModules >= 60)
        #expect(questions >= 10)
    }

    @Test func quizzesMadeOfQuizFragmentsKeepTranslationsInStep() throws {
        print("quizzesMadeOfQuizFragments: seed 7, 200 rounds")
        var generator = SeededGenerator(seed: 7)
        let pieces = ["## 题\n", "1. [x] 对\n", "1. [ ] 错\n", "- [x] 对\n", "- [ ] 错\n", "1. 一\n", "2. 二\n", "> 提示\n", "\n",
                      "---\nshuffleAnswers: false\n---\n", "正文\n"]
        try FixturePaths.withTemporaryFolder { folder in
            for round in 0..<200 {
                var original = ""
                var translation = ""
                for _ in 0..<Int.random(in: 1...30, using: &generator) {
                    let piece = pieces.randomElement(using: &generator) ?? ""
                    original += piece
                    translation += Bool.random(using: &generator) ? piece.replacingOccurrences(of: "题", with: "Q") : piece
                }
                let module = "\(folder)/q\(round)"
                try FixturePaths.write("---\ntitle: 单元\n---\n", to: "module.md", in: module)
                try FixturePaths.write(original, to: "quiz.md", in: module)
                try FixturePaths.write(translation, to: "quiz.en.md", in: module)
                let course = CourseLoader(workingDirectory: folder).load("q\(round)")
                for question in course.modules.first?.quiz?.questions ?? [] {
                    let answers = question.content.original.answers
                    for tag in question.content.translations.keys {
                        let translated = question.content.value(for: tag).answers
                        #expect(translated.map(\.isCorrect) == answers.map(\.isCorrect), "round \(round)")
                    }
                    switch question.kind {
                    case .single: #expect(answers.filter { $0.isCorrect }.count == 1)
                    case .multiple: #expect(answers.contains { $0.isCorrect })
                    case .ordering: #expect(answers.count >= 2)
                    }
                }
            }
        }
    }
}

/// Every string in a loaded course that the app could show.
private enum TextCollector {
    static func collect(_ course: Course, into texts: inout [String]) {
        for module in course.modules {
            texts.append(module.id)
            for content in all(module.content) {
                texts.append(content.title)
                texts += content.summary.map { [$0] } ?? []
                collect(content.introduction, into: &texts)
            }
            for lesson in module.lessons {
                texts.append(lesson.id)
                for content in all(lesson.content) {
                    texts.append(content.title)
                    collect(content.body, into: &texts)
                }
                if let check = lesson.check { collect(check, into: &texts) }
            }
            if let quiz = module.quiz { collect(quiz, into: &texts) }
        }
    }

    private static func all<T>(_ localized: Localized<T>) -> [T] {
        [localized.original] + Array(localized.translations.values)
    }

    private static func collect(_ quiz: Quiz, into texts: inout [String]) {
        for messages in all(quiz.messages) {
            texts += [messages.pass, messages.fail].compactMap { $0 }
        }
        for question in quiz.questions {
            texts.append(question.id)
            for content in all(question.content) {
                collect(content.heading, into: &texts)
                collect(content.body, into: &texts)
                if let hint = content.hint { collect(hint, into: &texts) }
                for answer in content.answers {
                    collect(answer.text, into: &texts)
                    if let comment = answer.comment { collect(comment, into: &texts) }
                }
            }
        }
    }

    private static func collect(_ document: Document, into texts: inout [String]) {
        for block in document.blocks { collect(block, into: &texts) }
    }

    private static func collect(_ block: Block, into texts: inout [String]) {
        switch block.kind {
        case .heading(_, let content), .paragraph(let content):
            collect(content, into: &texts)
        case .list(let list):
            for item in list.items { item.blocks.forEach { collect($0, into: &texts) } }
        case .blockQuote(let blocks):
            blocks.forEach { collect($0, into: &texts) }
        case .codeBlock(let info, let text):
            texts += [info, text]
        case .htmlBlock(let text):
            texts.append(text)
        case .thematicBreak:
            break
        case .table(let table):
            for cell in table.header + table.rows.flatMap({ $0 }) { collect(cell.content, into: &texts) }
        }
    }

    private static func collect(_ inlines: [Inline], into texts: inout [String]) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text), .htmlInline(let text):
                texts.append(text)
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                collect(children, into: &texts)
            case .link(let destination, let children):
                texts.append(destination)
                collect(children, into: &texts)
            case .image(let alt, let destination):
                texts += [alt, destination]
            case .softBreak, .lineBreak:
                break
            }
        }
    }
}
