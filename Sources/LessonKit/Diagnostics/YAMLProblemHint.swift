/// What libyaml's English problem text means for someone writing front matter, and what to do,
/// in both languages: `invalid-yaml` findings lead with this and keep libyaml's own words after
/// it, in brackets, for whoever looks the problem up.
///
/// Only the problems a person writing `key: value` lines runs into are explained (a colon in a
/// value, a quote or bracket not closed, a tab, an indented line, …); any other problem keeps
/// the general advice.
struct YAMLProblemHint: Equatable {
    /// The explanation in simplified Chinese.
    var chinese: String
    /// The explanation in English.
    var english: String

    /// The hint for a problem text as `FrontMatter` reports it (libyaml's problem, then its
    /// context), or `nil` when there is none.
    init?(detail: String) {
        guard let hint = Self.hints.first(where: { detail.hasPrefix($0.problem) }) else { return nil }
        chinese = hint.chinese
        english = hint.english
    }

    private init(chinese: String, english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// libyaml's problem texts (the start of the detail), with what they mean.
    private static let hints: [(problem: String, chinese: String, english: String)] = [
        ("mapping values are not allowed",
         "这一行的“: ”（英文冒号加空格）放不下：可能是上一行少了冒号，或者值里有冒号。值里要有冒号时，请把整个值用英文双引号括起来，例如 title: \"第一课: 开店\"；每一项都从行首写起，前面不要空格",
         "the `: ` on this line does not fit: the line before may lack its colon, or the value holds a colon. To put a colon in a value, quote the whole value, e.g. title: \"Lesson 1: a shop\"; start every setting at the beginning of its line"),
        ("could not find expected ':'",
         "这一行缺少“键: 值”里的冒号：请用英文冒号“:”，冒号后面空一格",
         "this line lacks the colon of `key: value`: write an ASCII colon with a space after it"),
        ("found unexpected end of stream",
         "引号没有配对：值用引号开头，就要在同一行用同样的引号结尾",
         "a quote is not closed: a value that starts with a quote must end with the same quote on its line"),
        ("found a tab character",
         "这一行用了 Tab 键：这里只能用空格，请删掉 Tab，每一项都从行首写起",
         "this line holds a tab: only spaces are allowed here; remove the tab and start the setting at the beginning of its line"),
        ("did not find expected ',' or ']'",
         "方括号 [ ] 没有配对：列表写成 [甲, 乙]；值以 [ 开头却不是列表时，请把整个值用英文双引号括起来",
         "a [ is not closed: write a list as [a, b]; to start a value with [ that is not a list, quote the whole value"),
        ("did not find expected ',' or '}'",
         "花括号 { } 没有配对：值以 { 开头时，请把整个值用英文双引号括起来",
         "a { is not closed: to start a value with {, quote the whole value"),
        ("did not find expected key",
         "从这一行起，有一行不是“键: 值”：常见的是引号结束后还有字（请把整个值放进引号里），或者行首多了空格或“- ”",
         "from this line on, a line is not `key: value`: often there is text after a closing quote (put the whole value inside the quotes), or spaces or `- ` at the start of a line"),
        ("found character that cannot start any token",
         "这里有一个不能这样开头的字符（例如 @、` 或 Tab）：请把整个值用英文双引号括起来，用空格代替 Tab",
         "a character here cannot start a value (such as @, ` or a tab): quote the whole value, and use spaces instead of tabs"),
        ("block sequence entries are not allowed",
         "“- ”开头的列表项放错了地方：列表项写在它的键的下一行，前面空两格",
         "a `- ` list item is out of place: write list items on the lines after their key, indented by two spaces"),
        ("did not find expected '-' indicator",
         "列表里有一行的缩进不对：每个列表项都用同样多的空格和“- ”开头",
         "a line of a list is indented wrongly: start every item with the same spaces and `- `"),
        ("found unknown escape character",
         "双引号里的反斜杠“\\”后面跟了不认识的字符：请改用单引号，或者把 \\ 写成 \\\\",
         "a backslash in double quotes is followed by a character it cannot escape: use single quotes, or write \\ as \\\\"),
        ("did not find expected comment or line break",
         "“|”或“>”后面同一行不能再写字：请把值写在下一行并缩进两格，或者把整个值用英文双引号括起来",
         "nothing may follow `|` or `>` on its line: write the value on the next lines, indented by two spaces, or quote the whole value"),
        ("did not find expected alphabetic or numeric character",
         "值以 & 或 * 开头，被当成了 YAML 的引用：请把整个值用英文双引号括起来",
         "a value that starts with & or * is read as a YAML reference: quote the whole value"),
        ("did not find expected node content",
         "这里少了一个值（例如列表 [甲, , 乙] 里两个逗号之间空着）：请补上，或者把整个值用英文双引号括起来",
         "a value is missing here (as between the two commas of [a, , b]): fill it in, or quote the whole value"),
        ("duplicated key",
         "同一项设置写了两次：请只留一个",
         "a setting is written twice: keep one"),
    ]
}
