/// Reads a formula: field ids, numbers, `+ − × ÷`, parentheses and `%`.
///
/// Precedence as at school: `%` first, then a leading minus, then `× ÷`, then `+ −`, left to
/// right. ASCII `+ - * /`, the signs `− × ÷`, and full-width forms (`（ ）＋ － ％`, typed with a
/// Chinese input method) are all accepted. An id may contain `-`, so `a-b` is the id `a-b`:
/// write `a - b` to subtract.
enum FormulaParser {
    /// The longest formula read, in characters.
    static let maximumLength = 500

    /// Parses `source` into an expression, or says what is wrong and where.
    static func parse(_ source: String) -> Result<FormulaExpression, FormulaSyntaxError> {
        let scalars = Array(source.unicodeScalars)
        if scalars.count > maximumLength {
            return .failure(FormulaSyntaxError(offset: 0, kind: .tooLong(limit: maximumLength)))
        }
        do throws(FormulaSyntaxError) {
            let tokens = try FormulaTokenizer.tokens(of: scalars)
            guard !tokens.isEmpty else { return .failure(FormulaSyntaxError(offset: 0, kind: .empty)) }
            var parser = Parser(tokens: tokens, end: scalars.count)
            let expression = try parser.expression()
            if let extra = parser.peek {
                let kind: FormulaSyntaxError.Kind = extra.token == .close ? .unmatchedParenthesis : .missingOperator
                throw FormulaSyntaxError(offset: extra.offset, kind: kind)
            }
            return .success(expression)
        } catch {
            return .failure(error)
        }
    }

    /// A recursive-descent parser over tokens (depth is bounded by `maximumLength`).
    private struct Parser {
        var tokens: [FormulaToken.Located]
        var end: Int
        var position = 0

        init(tokens: [FormulaToken.Located], end: Int) {
            self.tokens = tokens
            self.end = end
        }

        var peek: FormulaToken.Located? { position < tokens.count ? tokens[position] : nil }

        mutating func expression() throws(FormulaSyntaxError) -> FormulaExpression {
            var result = try term()
            while let next = peek, next.token == .plus || next.token == .minus {
                position += 1
                result = .binary(next.token == .plus ? .add : .subtract, result, try term())
            }
            return result
        }

        mutating func term() throws(FormulaSyntaxError) -> FormulaExpression {
            var result = try factor()
            while let next = peek, next.token == .times || next.token == .divide {
                position += 1
                result = .binary(next.token == .times ? .multiply : .divide, result, try factor())
            }
            return result
        }

        mutating func factor() throws(FormulaSyntaxError) -> FormulaExpression {
            if let next = peek, next.token == .minus || next.token == .plus {
                position += 1
                let operand = try factor()
                return next.token == .minus ? .negate(operand) : operand
            }
            var result = try primary()
            while let next = peek, next.token == .percent {
                position += 1
                result = .percent(result)
            }
            return result
        }

        mutating func primary() throws(FormulaSyntaxError) -> FormulaExpression {
            guard let next = peek else { throw FormulaSyntaxError(offset: end, kind: .missingOperand) }
            switch next.token {
            case .number(let value):
                position += 1
                return .number(value)
            case .field(let id):
                position += 1
                return .field(id, offset: next.offset)
            case .open:
                position += 1
                let inner = try expression()
                guard let close = peek, close.token == .close else {
                    if let other = peek, other.token != .close, !other.token.isOperator {
                        throw FormulaSyntaxError(offset: other.offset, kind: .missingOperator)
                    }
                    throw FormulaSyntaxError(offset: next.offset, kind: .unclosedParenthesis)
                }
                position += 1
                return inner
            default:
                throw FormulaSyntaxError(offset: next.offset, kind: .missingOperand)
            }
        }
    }
}
