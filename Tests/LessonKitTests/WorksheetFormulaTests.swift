import Testing
@testable import LessonKit

/// The formula parser and the exact evaluator: precedence, parentheses, percentages, exact
/// decimals, division by zero, huge numbers, and syntax errors with their column.
@Suite("Worksheet formulas")
struct WorksheetFormulaTests {
    /// Evaluates `formula` with `values` (field id → decimal text), rounded half-up to 6 digits
    /// and written without trailing zeros; a failure as `error: …`.
    private func evaluate(_ formula: String, _ values: [String: String] = [:]) -> String {
        switch FormulaParser.parse(formula) {
        case .failure(let error):
            return "syntax: \(error.kind) at \(error.offset)"
        case .success(let expression):
            var fractions: [String: Fraction] = [:]
            for (id, text) in values {
                guard case .success(let number) = TypedNumber.read(text, kind: .number, scale: 4, units: []) else { return "bad input \(text)" }
                fractions[id] = number.fraction
            }
            switch FormulaEvaluator(values: fractions).evaluate(expression) {
            case .failure(let failure):
                return "error: \(failure)"
            case .success(let fraction):
                return fraction.rounded(scale: 6, .halfUp).map { $0.normalized.description } ?? "out of range"
            }
        }
    }

    @Test("precedence and parentheses", arguments: [
        ("1 + 2 * 3", "7"), ("(1 + 2) * 3", "9"), ("10 - 4 - 3", "3"), ("100 / 10 / 5", "2"),
        ("2 * (3 + 4) - 5", "9"), ("-3 + 5", "2"), ("-(3 + 5)", "-8"), ("2 * -3", "-6"), ("((2))", "2"),
        ("8 - 2 * 3 / 4", "6.5"), ("+4", "4"),
    ])
    func precedence(formula: String, expected: String) {
        #expect(evaluate(formula) == expected)
    }

    @Test("the Unicode and full-width signs mean the same", arguments: [
        ("7 − 2 × 3", "1"), ("9 ÷ 3", "3"), ("（1＋2）＊3", "9"), ("10 － 5 ／ 5", "9"), ("50％", "0.5"),
    ])
    func signs(formula: String, expected: String) {
        #expect(evaluate(formula) == expected)
    }

    @Test("percentages: of a field, of a literal, of a parenthesis")
    func percentages() {
        #expect(evaluate("price * fee%", ["price": "100", "fee": "0.6"]) == "0.6")
        #expect(evaluate("price - price * fee%", ["price": "199.99", "fee": "1"]) == "197.9901")
        #expect(evaluate("200 * 5%") == "10")
        #expect(evaluate("(10 + 10)% * 50") == "10")
        #expect(evaluate("-fee%", ["fee": "3"]) == "-0.03")
    }

    @Test("decimals are exact: 0.1 + 0.2 is 0.3, 19.99 × 3 is 59.97")
    func exactDecimals() throws {
        #expect(evaluate("0.1 + 0.2") == "0.3")
        #expect(evaluate("a + b", ["a": "0.1", "b": "0.2"]) == "0.3")
        #expect(evaluate("19.99 * 3") == "59.97")
        #expect(evaluate("1 / 3 * 3") == "1")
        #expect(evaluate("0.1 * 3 - 0.3") == "0")
        // Exact to the last digit, not merely close: a third, rounded to 6 digits.
        #expect(evaluate("1 / 3") == "0.333333")
        let expression = try FormulaParser.parse("0.1 + 0.2").get()
        #expect(FormulaEvaluator(values: [:]).evaluate(expression) == .success(Fraction(checkedNumerator: 3, denominator: 10)))
    }

    @Test("rounding to the fen: halves away from zero; up and down")
    func rounding() throws {
        let half = Fraction(checkedNumerator: 2345, denominator: 1000)
        #expect(half.rounded(scale: 2, .halfUp)?.description == "2.35")
        #expect(try #require(half.negated()).rounded(scale: 2, .halfUp)?.description == "-2.35")
        #expect(Fraction(checkedNumerator: 2344, denominator: 1000).rounded(scale: 2, .halfUp)?.description == "2.34")
        let orders = Fraction(checkedNumerator: 160, denominator: 23)
        #expect(orders.rounded(scale: 0, .up)?.description == "7")
        #expect(orders.rounded(scale: 0, .down)?.description == "6")
        #expect(Fraction(6).rounded(scale: 0, .up)?.description == "6")
        #expect(try #require(orders.negated()).rounded(scale: 0, .up)?.description == "-6")
    }

    @Test("division by zero gives a failure naming the field, not a number")
    func divisionByZero() {
        #expect(evaluate("fixed / profit", ["fixed": "96", "profit": "0"]) == "error: divisionByZero(divisor: Optional(\"profit\"))")
        #expect(evaluate("5 / (2 - 2)") == "error: divisionByZero(divisor: nil)")
        #expect(evaluate("5 / 0%") == "error: divisionByZero(divisor: nil)")
    }

    @Test("huge numbers give a failure at any step, never a trap")
    func hugeNumbers() {
        #expect(evaluate("999999999999 + 1") == "1000000000000")
        #expect(evaluate("999999999999 + 2") == "error: tooLarge")
        #expect(evaluate("a * a", ["a": "9999999999999"]) == "bad input 9999999999999")
        #expect(evaluate("a * a * a", ["a": "999999"]) == "error: tooLarge")
        #expect(evaluate("1000000 * 1000000 / 1000000") == "1000000")
        #expect(evaluate("10000000 * 1000000 / 1000000") == "error: tooLarge")
        #expect(evaluate("9999999999999") == "error: tooLarge")
        #expect(evaluate("99999999999999") == "syntax: numberTooLong at 0")
        // Tiny steps stay exact as long as 128 bits hold them (10^-36), then count as too large.
        #expect(evaluate(Array(repeating: "0.000001", count: 6).joined(separator: " * ")) == "0")
        #expect(evaluate(Array(repeating: "0.000001", count: 7).joined(separator: " * ")) == "error: tooLarge")
    }

    @Test("a field without a value is named")
    func missingValue() {
        #expect(evaluate("price - cost", ["price": "5"]) == "error: missingValue(\"cost\")")
    }

    @Test("syntax errors say what and where", arguments: [
        ("", "syntax: empty at 0"),
        ("   ", "syntax: empty at 0"),
        ("price *", "syntax: missingOperand at 7"),
        ("* 2", "syntax: missingOperand at 0"),
        ("price cost", "syntax: missingOperator at 6"),
        ("2(3)", "syntax: missingOperator at 1"),
        ("(price - cost", "syntax: unclosedParenthesis at 0"),
        ("(a b)", "syntax: missingOperator at 3"),
        ("price - cost)", "syntax: unmatchedParenthesis at 12"),
        ("售价 - 成本", "syntax: unexpectedCharacter(\"售\") at 0"),
        ("price & cost", "syntax: unexpectedCharacter(\"&\") at 6"),
        ("1.2.3", "syntax: unexpectedCharacter(\".\") at 3"),
        ("price ^ 2", "syntax: unexpectedCharacter(\"^\") at 6"),
    ])
    func syntaxErrors(formula: String, expected: String) {
        #expect(evaluate(formula) == expected)
    }

    @Test("a formula longer than the limit is refused before it is read")
    func tooLong() {
        let long = Array(repeating: "1", count: 300).joined(separator: "+")
        #expect(evaluate(long) == "syntax: tooLong(limit: 500) at 0")
        let deep = String(repeating: "(", count: 240) + "1" + String(repeating: ")", count: 240)
        #expect(evaluate(deep) == "1")
    }

    @Test("ids may hold -: a-b is one id, a - b a subtraction")
    func idsWithDashes() throws {
        #expect(try #require(WorksheetFormula("fee-amount + a-b - c")).inputs == ["fee-amount", "a-b", "c"])
        #expect(try #require(WorksheetFormula("a -b")).inputs == ["a", "b"])
        #expect(try #require(WorksheetFormula("price − cost − price × fee%")).inputs == ["price", "cost", "fee"])
        #expect(WorksheetFormula("price +") == nil)
    }

    @Test("worksheet numbers: equal by value, written with their scale")
    func numbers() throws {
        let a = try #require(WorksheetNumber(units: 150, scale: 2))
        let b = try #require(WorksheetNumber(units: 15, scale: 1))
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.description == "1.50" && b.description == "1.5")
        #expect(try #require(WorksheetNumber(units: -5, scale: 2)).description == "-0.05")
        #expect(try #require(WorksheetNumber(units: 7000, scale: 3)).normalized.description == "7")
        #expect(b.withScale(2)?.description == "1.50")
        #expect(a.withScale(0) == nil)
        #expect(WorksheetNumber(units: 1, scale: 7) == nil)
        #expect(WorksheetNumber(units: 1_000_000_000_001, scale: 0) == nil)
        #expect(try #require(WorksheetNumber(units: -3, scale: 0)) < b)
    }
}
