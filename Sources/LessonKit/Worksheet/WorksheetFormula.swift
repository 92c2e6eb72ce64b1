/// A computed field's formula, e.g. `price - cost - packaging - postage - price * fee%`.
///
/// Field ids, numbers, `+ − × ÷` (also `- * /` and full-width forms), parentheses, and `%`
/// after a number, a field or a parenthesis (`fee%` is fee ÷ 100).
public struct WorksheetFormula: Sendable, Equatable {
    /// The formula as written.
    public var source: String
    /// The ids of the fields it uses, in order of first use.
    public var inputs: [String]
    /// The parsed formula.
    var expression: FormulaExpression

    /// Parses a formula; `nil` when it has a syntax error (the validator reports where).
    /// - Parameter source: the formula as written.
    public init?(_ source: String) {
        guard case .success(let expression) = FormulaParser.parse(source) else { return nil }
        self.init(source: source, expression: expression)
    }

    init(source: String, expression: FormulaExpression) {
        self.source = source
        self.expression = expression
        var seen: Set<String> = []
        inputs = expression.fieldReferences.map(\.id).filter { seen.insert($0).inserted }
    }
}

/// A parsed formula.
indirect enum FormulaExpression: Sendable, Equatable {
    /// A number written in the formula.
    case number(Fraction)
    /// A field's value; `offset` is where its id starts in the formula (0-based, in Unicode scalars).
    case field(String, offset: Int)
    /// `-x`.
    case negate(FormulaExpression)
    /// `x%`, that is x ÷ 100.
    case percent(FormulaExpression)
    /// `x + y`, `x − y`, `x × y`, `x ÷ y`.
    case binary(FormulaOperator, FormulaExpression, FormulaExpression)

    /// Every field reference, in written order, with its offset.
    var fieldReferences: [(id: String, offset: Int)] {
        var found: [(id: String, offset: Int)] = []
        var stack: [FormulaExpression] = [self]
        while let next = stack.popLast() {
            switch next {
            case .number: break
            case .field(let id, let offset): found.append((id, offset))
            case .negate(let inner), .percent(let inner): stack.append(inner)
            case .binary(_, let left, let right): stack.append(contentsOf: [right, left])
            }
        }
        return found
    }
}

/// The four operators.
enum FormulaOperator: Sendable, Equatable {
    case add, subtract, multiply, divide
}
