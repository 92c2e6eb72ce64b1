import Testing
@testable import LessonKit

/// Front matter that libyaml refuses gets a finding in the writer's language that says what to
/// do, not only libyaml's English.
struct YAMLProblemHintTests {
    /// One front matter for each explained problem, with a piece of its Chinese and English hint.
    @Test(arguments: [
        ("title: 第一课: 开店", "值里有冒号", "the value holds a colon"),
        ("title: 好\nabc", "缺少“键: 值”里的冒号", "lacks the colon"),
        ("title: \"没关上\nminutes: 3", "引号没有配对", "a quote is not closed"),
        ("title: 好\n\tminutes: 3", "Tab", "holds a tab"),
        ("title: [好", "方括号 [ ] 没有配对", "a [ is not closed"),
        ("{title: 好", "花括号 { } 没有配对", "a { is not closed"),
        ("title: \"好\" 课", "引号结束后还有字", "text after a closing quote"),
        ("title: @好", "不能这样开头的字符", "cannot start a value"),
        ("title: - a", "列表项放错了地方", "list item is out of place"),
        ("requires:\n  - a\n  b: c", "列表里有一行的缩进不对", "indented wrongly"),
        ("title: \"a\\q\"", "反斜杠", "backslash"),
        ("title: | x", "“|”或“>”后面同一行不能再写字", "nothing may follow"),
        ("title: *好", "被当成了 YAML 的引用", "YAML reference"),
        ("title: [a,,b]", "少了一个值", "a value is missing"),
        ("title: 好\ntitle: 坏", "写了两次", "written twice"),
    ])
    func aMistakeIsExplained(yaml: String, chinese: String, english: String) throws {
        let failure = try #require(throws: FrontMatter.Failure.self) { try FrontMatter.parse(yaml, firstLine: 2) }
        guard case .invalidYAML(let detail) = failure.problem else {
            Issue.record("not invalid YAML: \(failure.problem)")
            return
        }
        let hint = try #require(YAMLProblemHint(detail: detail), "no hint for \(detail)")
        #expect(hint.chinese.contains(chinese), "\(hint.chinese)")
        #expect(hint.english.contains(english), "\(hint.english)")
        let message = failure.problem.message(english: false)
        #expect(message.hasPrefix("开头的设置不是正确的 YAML：\(hint.chinese)"))
        #expect(message.hasSuffix("（YAML：\(detail)）"), "libyaml's words stay, for looking the problem up")
        #expect(failure.problem.message(english: true).contains(hint.english))
    }

    @Test func aProblemWithoutAHintKeepsTheGeneralAdvice() {
        let problem = Diagnostic.Problem.invalidYAML(detail: "found undefined tag handle while parsing a node")
        #expect(problem.message(english: false)
            == "开头的设置不是正确的 YAML（found undefined tag handle while parsing a node）：请写成“键: 值”，每行一项")
    }
}
