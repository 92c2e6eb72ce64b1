/// Tells a quiz saved under a lesson's name (`测验.md`, `01-课-练习.md`) from a lesson.
///
/// A lesson may hold a checklist (`- [ ] 身份证`), so the shape alone decides only when the file
/// holds nothing but headings over answer lists (and hints): that is a quiz. A name that says
/// quiz (测验, 练习, quiz, test, ...) is enough with one heading over an answer list.
enum QuizShapedLesson {
    private static let quizWords = ["quiz", "test", "exam", "测验", "测试", "小测", "练习", "考试", "习题", "题目"]

    /// Whether a lesson file looks like a quiz.
    /// - Parameters:
    ///   - document: the lesson's body.
    ///   - name: the lesson's name (its file name without `.md`).
    static func looksLikeQuiz(_ document: Document, name: String) -> Bool {
        let blocks = document.blocks
        guard blocks.contains(where: { if case .heading = $0.kind { return true } else { return false } }) else { return false }
        let onlyQuizBlocks = blocks.allSatisfy { block in
            switch block.kind {
            case .heading, .list, .blockQuote, .thematicBreak: return true
            default: return false
            }
        }
        let answerLists = blocks.filter { block in
            guard case .list(let list) = block.kind else { return false }
            return list.items.contains { $0.task != nil || TaskBoxLookalike.match($0) != nil }
        }
        guard !answerLists.isEmpty else { return false }
        if onlyQuizBlocks { return true }
        let lowerName = name.lowercased()
        return quizWords.contains { lowerName.contains($0) }
    }
}
