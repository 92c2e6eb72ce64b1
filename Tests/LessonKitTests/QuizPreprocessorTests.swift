import Testing
@testable import LessonKit

/// The quiz body rewriting: a body with nothing to rewrite comes out as it went in (the fast
/// path an index load takes for most quizzes), and the slow path still cuts options blocks out
/// and escapes math.
struct QuizPreprocessorTests {
    @Test func aBodyWithoutDollarsOrDashesIsLeftAsItIs() {
        let body = "\n\n\n\n## 淘宝开店要先做什么？\n\n> 提示：*先*实名\\*。\n\n1. [ ] 先进货\n1. [x] 实名认证\n    > 对。\n"
        let rewritten = QuizPreprocessor(body)
        #expect(rewritten.text == body)
        #expect(rewritten.optionsBlocks.isEmpty)
    }

    @Test func optionsBlocksAreStillCutOutAndMathStillEscaped() {
        let body = "## 问题\n---\nshuffle: false\n---\n\n- [x] $a*b*c$\n- [ ] 不对\n"
        let rewritten = QuizPreprocessor(body)
        #expect(rewritten.optionsBlocks[1]?.yaml == "shuffle: false")
        let lines = rewritten.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == body.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(lines[1].isEmpty && lines[2].isEmpty && lines[3].isEmpty)
        #expect(lines[5] == "- [x] $a\\*b\\*c$")
    }

    @Test func aLineWithoutDollarsNextToMathIsUnchanged() {
        let body = "## 问题\n\n- [x] `a*b` 和 $x_1$\n- [ ] **粗**_斜_\n"
        let rewritten = QuizPreprocessor(body)
        #expect(rewritten.text == "## 问题\n\n- [x] `a*b` 和 $x\\_1$\n- [ ] **粗**_斜_\n")
    }
}
