/// Computes a formula exactly over fractions. Never traps: a zero divisor, a number beyond
/// `WorksheetNumber.bound` at any step, or a field without a value comes back as a failure.
struct FormulaEvaluator {
    /// The value of each field the formula may use (typed answers and computed results).
    var values: [String: Fraction]

    /// Why a formula gave no number.
    enum Failure: Error, Equatable {
        /// A division by zero; `divisor` is the field divided by when the divisor is a field.
        case divisionByZero(divisor: String?)
        /// A step gave a number larger than the bound (or one that 128 bits cannot hold
        /// exactly, which takes dozens of digits after the point).
        case tooLarge
        /// A field the formula uses has no value.
        case missingValue(String)
    }

    /// The formula's value.
    func evaluate(_ expression: FormulaExpression) -> Result<Fraction, Failure> {
        do throws(Failure) {
            return .success(try value(of: expression))
        } catch {
            return .failure(error)
        }
    }

    private func value(of expression: FormulaExpression) throws(Failure) -> Fraction {
        switch expression {
        case .number(let number):
            return try bounded(number)
        case .field(let id, _):
            guard let value = values[id] else { throw Failure.missingValue(id) }
            return try bounded(value)
        case .negate(let inner):
            return try bounded(try value(of: inner).negated())
        case .percent(let inner):
            return try bounded(try value(of: inner).divided(by: Fraction(100)))
        case .binary(let op, let left, let right):
            let lhs = try value(of: left)
            let rhs = try value(of: right)
            switch op {
            case .add: return try bounded(lhs.adding(rhs))
            case .subtract: return try bounded(lhs.subtracting(rhs))
            case .multiply: return try bounded(lhs.multiplied(by: rhs))
            case .divide:
                if rhs.isZero { throw Failure.divisionByZero(divisor: Self.fieldName(right)) }
                return try bounded(lhs.divided(by: rhs))
            }
        }
    }

    /// The value when it exists (no overflow) and is within the bound.
    private func bounded(_ value: Fraction?) throws(Failure) -> Fraction {
        guard let value, !value.exceeds(WorksheetNumber.bound) else { throw Failure.tooLarge }
        return value
    }

    /// The field a divisor is, when it is one field (or a field in parentheses).
    private static func fieldName(_ expression: FormulaExpression) -> String? {
        if case .field(let id, _) = expression { return id }
        return nil
    }
}
