/// A message about one field, for the learner, in Chinese and in English: what is wrong and
/// what to do.
public struct WorksheetMessage: Sendable, Equatable {
    /// The message in simplified Chinese.
    public var chinese: String
    /// The message in English.
    public var english: String

    /// Creates a message.
    public init(chinese: String, english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// The message for a reader of `language` (English when it matches `en`, else Chinese).
    public func text(in language: LanguageTag) -> String {
        language.matches(.english) ? english : chinese
    }
}

// MARK: - The checker's messages

extension WorksheetMessage {
    static let required = WorksheetMessage(chinese: "这一项要填：请写上", english: "This one is needed: please fill it in")

    static func tooShort(minimum: Int, count: Int) -> WorksheetMessage {
        WorksheetMessage(chinese: "太短了：至少写 \(minimum) 个字，现在是 \(count) 个",
                         english: "Too short: write at least \(minimum) characters, now \(count)")
    }

    static func tooLong(maximum: Int, count: Int) -> WorksheetMessage {
        WorksheetMessage(chinese: "太长了：最多 \(maximum) 个字，现在是 \(count) 个，请删掉 \(count - maximum) 个",
                         english: "Too long: at most \(maximum) characters, now \(count); remove \(count - maximum)")
    }

    static func forbidden(word: String, chineseReason: String, englishReason: String) -> WorksheetMessage {
        WorksheetMessage(chinese: "不能写“\(word)”：\(chineseReason)", english: "Do not write “\(word)”: \(englishReason)")
    }

    static let notANumber = WorksheetMessage(chinese: "这里要写一个数，比如 12 或 12.5",
                                             english: "Write a number here, such as 12 or 12.5")

    static func tooManyDecimals(allowed: Int, isMoney: Bool) -> WorksheetMessage {
        if isMoney {
            return WorksheetMessage(chinese: "钱写到分就够了：小数点后最多两位，比如 12.50",
                                    english: "Money goes to the fen: at most two digits after the point, such as 12.50")
        }
        if allowed == 0 {
            return WorksheetMessage(chinese: "这里要写整数，不带小数点，比如 3", english: "Write a whole number here, without a point, such as 3")
        }
        return WorksheetMessage(chinese: "小数点后最多 \(allowed) 位", english: "At most \(allowed) digit\(allowed == 1 ? "" : "s") after the point")
    }

    static let tooLarge = WorksheetMessage(chinese: "这个数太大了：请检查是不是多写了几个 0",
                                           english: "This number is too large: check for extra zeros")

    static func belowMinimum(_ minimum: WorksheetNumber, unit: (chinese: String, english: String)) -> WorksheetMessage {
        WorksheetMessage(chinese: "不能小于 \(minimum)\(unit.chinese)", english: "It cannot be less than \(minimum)\(unit.english)")
    }

    static func aboveMaximum(_ maximum: WorksheetNumber, unit: (chinese: String, english: String)) -> WorksheetMessage {
        WorksheetMessage(chinese: "不能大于 \(maximum)\(unit.chinese)", english: "It cannot be more than \(maximum)\(unit.english)")
    }

    static func computedBelowMinimum(_ value: WorksheetNumber, _ minimum: WorksheetNumber,
                                     unit: (chinese: String, english: String)) -> WorksheetMessage {
        WorksheetMessage(chinese: "算出来是 \(value)\(unit.chinese)，不能小于 \(minimum)\(unit.chinese)：请检查上面填的数",
                         english: "This comes to \(value)\(unit.english), less than \(minimum)\(unit.english): check the numbers above")
    }

    static func computedAboveMaximum(_ value: WorksheetNumber, _ maximum: WorksheetNumber,
                                     unit: (chinese: String, english: String)) -> WorksheetMessage {
        WorksheetMessage(chinese: "算出来是 \(value)\(unit.chinese)，不能大于 \(maximum)\(unit.chinese)：请检查上面填的数",
                         english: "This comes to \(value)\(unit.english), more than \(maximum)\(unit.english): check the numbers above")
    }

    static let notAnOption = WorksheetMessage(chinese: "请从给出的几项里选一项", english: "Choose one of the options given")

    static func divisionByZero(divisor: (chinese: String, english: String)?) -> WorksheetMessage {
        guard let divisor else {
            return WorksheetMessage(chinese: "算不出来：要用 0 去除。请检查上面填的数",
                                    english: "Cannot work this out: it would divide by 0. Check the numbers above")
        }
        return WorksheetMessage(chinese: "算不出来：“\(divisor.chinese)”是 0，不能用 0 去除。请检查上面填的数",
                                english: "Cannot work this out: “\(divisor.english)” is 0, and nothing can be divided by 0. Check the numbers above")
    }

    static let resultTooLarge = WorksheetMessage(chinese: "算不出来：数太大了（超过一万亿）。请检查上面填的数是不是多写了 0",
                                                 english: "Cannot work this out: the number is too large (over a million million). Check the numbers above for extra zeros")

    static let brokenFormula = WorksheetMessage(chinese: "这一项的公式有错，算不出来：请告诉老师",
                                                english: "This field's formula has a mistake and cannot be worked out: tell the instructor")
}
