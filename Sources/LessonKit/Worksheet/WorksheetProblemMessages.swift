// MARK: - Messages in simplified Chinese and English

extension WorksheetProblem {
    /// The message: what is wrong and what to do.
    /// - Parameter english: English when true, simplified Chinese otherwise.
    func message(english: Bool) -> String {
        english ? englishMessage : chineseMessage
    }

    private var chineseMessage: String {
        switch self {
        case .missingKey(let key, let place):
            return "\(place.chineseName)缺少 `\(key)`：请写上 \(key): …"
        case .noFields:
            return "实操单里没有字段：请在 fields 下面至少写一个字段（id、label、kind）"
        case .tooManyFields(let count, let limit):
            return "实操单有 \(count) 个字段，最多 \(limit) 个，后面的没有读取：请把它拆成几张实操单"
        case .invalidValue(let key, let value, let expected):
            return "`\(key)` 的值“\(value)”不可用：应当是\(expected.chineseDescription)"
        case .duplicateField(let id, let firstLine):
            return "字段 id “\(id)”和第 \(firstLine) 行的字段重复了：请给其中一个换一个 id"
        case .unknownKind(let value, let suggestion):
            let hint = suggestion.map { "你是不是想写 `\($0)`？" } ?? ""
            return "没有“\(value)”这种 kind：\(hint)可用的有 text、longText、number、money、choice"
        case .doesNotFitKind(let key, let kind, let isComputed):
            if isComputed {
                return "`\(key)` 不能用在有公式（formula）的字段上：这个字段由公式算出来，学员不用填，请删去 `\(key)`"
            }
            return "`\(key)` 不能用在 kind 为 \(kind.rawValue) 的字段上：\(Self.fitting(key, english: false))"
        case .choiceWithoutOptions(let found):
            return "选择题（choice）至少要有 2 个选项，这里有 \(found) 个：请在 options 里写上选项"
        case .duplicateOption(let option):
            return "选项“\(option)”写了两遍：请删去一个"
        case .emptyForbiddenList:
            return "forbidden 是空的：请写上不能用的词和原因（- word: 最 / reason: …），或删去 forbidden"
        case .contradictoryChecks(let lower, let upper):
            return "`\(lower)` 比 `\(upper)` 还大，怎么填都不对：请改小 \(lower) 或改大 \(upper)"
        case .formulaSyntax(let kind):
            return "公式写错了：\(kind.chineseDescription)"
        case .unknownField(let id, let suggestion):
            let hint = suggestion.map { "你是不是想写 `\($0)`？" } ?? "请检查字段 id 是否写对"
            let dash = id.contains("-") && suggestion == nil ? "（减号前后要加空格，如 a - b）" : ""
            return "公式里的 `\(id)` 不是这张实操单的字段：\(hint)\(dash)"
        case .formulaUsesNonNumber(let id, let kind):
            return "公式里的 `\(id)` 是 \(kind.rawValue) 字段，不是数：公式只能用 number 和 money 字段"
        case .formulaNamesItself(let id):
            return "公式用到了它自己（`\(id)`），算不出来：请改成只用别的字段"
        case .formulaCycle(let path):
            return "公式绕成了一个圈（\(path.joined(separator: " → "))），算不出来：请让其中一个公式不用另一个"
        case .translationMismatch(let mismatch):
            return mismatch.chineseMessage
        case .exampleFailsCheck(let example, let message):
            return "例子“\(example)”过不了这个字段自己的检查（\(message.chinese)）：学员会照着例子写，请改一改例子"
        }
    }

    private var englishMessage: String {
        switch self {
        case .missingKey(let key, let place):
            return "\(place.englishName) has no `\(key)`: add \(key): …"
        case .noFields:
            return "the worksheet has no fields: write at least one under fields (id, label, kind)"
        case .tooManyFields(let count, let limit):
            return "the worksheet has \(count) fields, at most \(limit) are read: split it into several worksheets"
        case .invalidValue(let key, let value, let expected):
            return "`\(key)` cannot be \"\(value)\": expected \(expected.englishDescription)"
        case .duplicateField(let id, let firstLine):
            return "field id \"\(id)\" is already used on line \(firstLine): give one of them another id"
        case .unknownKind(let value, let suggestion):
            let hint = suggestion.map { "did you mean `\($0)`? " } ?? ""
            return "there is no kind \"\(value)\": \(hint)the kinds are text, longText, number, money and choice"
        case .doesNotFitKind(let key, let kind, let isComputed):
            if isComputed {
                return "`\(key)` does not apply to a field with a formula: the formula fills it in, so remove `\(key)`"
            }
            return "`\(key)` does not apply to a \(kind.rawValue) field: \(Self.fitting(key, english: true))"
        case .choiceWithoutOptions(let found):
            return "a choice needs at least 2 options, found \(found): list them under options"
        case .duplicateOption(let option):
            return "option \"\(option)\" is written twice: remove one"
        case .emptyForbiddenList:
            return "forbidden is empty: list the words and why (- word: … / reason: …), or remove forbidden"
        case .contradictoryChecks(let lower, let upper):
            return "`\(lower)` is larger than `\(upper)`, so no answer can pass: lower \(lower) or raise \(upper)"
        case .formulaSyntax(let kind):
            return "formula error: \(kind.englishDescription)"
        case .unknownField(let id, let suggestion):
            let hint = suggestion.map { "did you mean `\($0)`?" } ?? "check the field id"
            let dash = id.contains("-") && suggestion == nil ? " (put spaces around a minus: a - b)" : ""
            return "`\(id)` in the formula is not a field of this worksheet: \(hint)\(dash)"
        case .formulaUsesNonNumber(let id, let kind):
            return "`\(id)` in the formula is a \(kind.rawValue) field, not a number: formulas use number and money fields only"
        case .formulaNamesItself(let id):
            return "the formula uses its own field (`\(id)`) and cannot be worked out: use other fields only"
        case .formulaCycle(let path):
            return "formulas go round in a circle (\(path.joined(separator: " → "))) and cannot be worked out: make one of them stop using the other"
        case .translationMismatch(let mismatch):
            return mismatch.englishMessage
        case .exampleFailsCheck(let example, let message):
            return "the example \"\(example)\" fails this field's own checks (\(message.english)): learners copy examples, so change it"
        }
    }

    /// Which kinds a key fits and what to do, for the "does not fit" message.
    private static func fitting(_ key: String, english: Bool) -> String {
        let kinds: String
        switch key {
        case "minLength", "maxLength", "forbidden": kinds = "text, longText"
        case "min", "max", "formula": kinds = "number, money"
        case "options": kinds = "choice"
        case "decimals": kinds = "number"
        case "round":
            return english ? "it is for fields with a formula; remove it" : "它只用于有公式（formula）的字段，请删去它"
        default: kinds = "text, longText, number, money, choice"
        }
        return english ? "it is for \(kinds) fields; remove it or change the kind" : "它只用于 \(kinds.replacingComma()) 字段，请删去它或改 kind"
    }
}

extension WorksheetProblem.Place {
    fileprivate var chineseName: String {
        switch self {
        case .sheet: return "实操单"
        case .field(let id): return id.map { "字段 \($0) " } ?? "这个字段"
        case .forbiddenWord: return "不能用的词"
        }
    }

    fileprivate var englishName: String {
        switch self {
        case .sheet: return "the worksheet"
        case .field(let id): return id.map { "field \($0)" } ?? "this field"
        case .forbiddenWord: return "this forbidden word"
        }
    }
}

extension WorksheetProblem.Expected {
    fileprivate var chineseDescription: String {
        switch self {
        case .fieldID: return "字段 id（英文字母开头，只用英文字母、数字和 -）"
        case .fieldList: return "字段的列表，每个字段用 - 开头"
        case .field: return "一个字段（id: …、label: …、kind: … 这样一行一项）"
        case .textList: return "文字的列表，如 [顺丰, 邮政]"
        case .checks: return "检查项（required: true、maxLength: 30 这样一行一项）"
        case .forbiddenList: return "不能用的词的列表（- word: 最 / reason: …）"
        case .count: return " 0 或更大的整数"
        case .number: return "一个数，如 0 或 12.5"
        case .decimals: return " 0 到 4 的整数"
        case .rounding: return " half-up、up 或 down"
        }
    }

    fileprivate var englishDescription: String {
        switch self {
        case .fieldID: return "a field id (ASCII letters, digits and -, starting with a letter)"
        case .fieldList: return "a list of fields, each starting with -"
        case .field: return "a field (id: …, label: …, kind: … one a line)"
        case .textList: return "a list of texts, e.g. [SF Express, China Post]"
        case .checks: return "checks (required: true, maxLength: 30 … one a line)"
        case .forbiddenList: return "a list of forbidden words (- word: … / reason: …)"
        case .count: return "a whole number, 0 or more"
        case .number: return "a number, such as 0 or 12.5"
        case .decimals: return "a whole number from 0 to 4"
        case .rounding: return "half-up, up or down"
        }
    }
}

extension FormulaSyntaxError.Kind {
    fileprivate var chineseDescription: String {
        switch self {
        case .empty: return "公式是空的，请写上怎么算，如 price - cost"
        case .tooLong(let limit): return "公式太长（最多 \(limit) 个字），请拆成几个字段"
        case .unexpectedCharacter(let character):
            return "公式里不能有“\(character)”：只能写字段 id、数字、+ − × ÷、括号和 %"
        case .missingOperand: return "这里少了一个数或字段"
        case .missingOperator: return "这里少了运算符（+ − × ÷）"
        case .unclosedParenthesis: return "这个括号没有配对，请在后面补上 )"
        case .unmatchedParenthesis: return "多了一个 )，请删去它或在前面补上 ("
        case .numberTooLong: return "这个数太长了（整数最多 13 位，小数最多 6 位）"
        }
    }

    fileprivate var englishDescription: String {
        switch self {
        case .empty: return "the formula is empty; write how to work it out, e.g. price - cost"
        case .tooLong(let limit): return "the formula is too long (at most \(limit) characters); split it over several fields"
        case .unexpectedCharacter(let character):
            return "\"\(character)\" has no place in a formula: use field ids, numbers, + − × ÷, parentheses and %"
        case .missingOperand: return "a number or a field is missing here"
        case .missingOperator: return "an operator (+ − × ÷) is missing here"
        case .unclosedParenthesis: return "this parenthesis is never closed; add ) after it"
        case .unmatchedParenthesis: return "this ) has no ( before it; remove it or add ("
        case .numberTooLong: return "this number is too long (at most 13 digits before the point and 6 after)"
        }
    }
}

extension WorksheetTranslationMismatch {
    fileprivate var chineseMessage: String {
        switch self {
        case .fieldCount(let translation, let original):
            return "翻译有 \(translation) 个字段，原文有 \(original) 个：翻译要和原文一个字段一个字段对应"
        case .id(let number, let translation, let original):
            return "第 \(number) 个字段在翻译里是 `\(translation)`，原文是 `\(original)`：id 和顺序要和原文一样"
        case .kind(let number, let translation, let original):
            return "第 \(number) 个字段在翻译里是 \(translation.rawValue)，原文是 \(original.rawValue)：kind 要和原文一样"
        case .optionCount(let number, let translation, let original):
            return "第 \(number) 个字段在翻译里有 \(translation) 个选项，原文有 \(original) 个：选项要和原文一一对应"
        case .forbiddenWords(let number):
            return "第 \(number) 个字段不能用的词和原文不一样：翻译里只改 reason，word 和顺序照抄原文"
        }
    }

    fileprivate var englishMessage: String {
        switch self {
        case .fieldCount(let translation, let original):
            return "the translation has \(translation) field\(translation == 1 ? "" : "s"), the original \(original): translate field by field"
        case .id(let number, let translation, let original):
            return "field \(number) is `\(translation)` in the translation but `\(original)` in the original: keep the ids and their order"
        case .kind(let number, let translation, let original):
            return "field \(number) is \(translation.rawValue) in the translation but \(original.rawValue) in the original: keep the kind"
        case .optionCount(let number, let translation, let original):
            return "field \(number) has \(translation) options in the translation, \(original) in the original: keep the options one for one"
        case .forbiddenWords(let number):
            return "field \(number)'s forbidden words differ from the original's: translate only the reasons, keep each word and the order"
        }
    }
}

extension String {
    /// `a, b` as `a、b` (the Chinese enumeration comma).
    fileprivate func replacingComma() -> String {
        split(separator: ",").map { $0.trimmed }.joined(separator: "、")
    }
}
