/// What is wrong in a formula, and where.
public struct FormulaSyntaxError: Sendable, Equatable, Error {
    /// Where, 0-based, in Unicode scalars of the formula.
    public var offset: Int
    /// What is wrong.
    public var kind: Kind

    /// What can be wrong in a formula.
    public enum Kind: Sendable, Equatable {
        /// Nothing written.
        case empty
        /// Longer than the limit, in characters.
        case tooLong(limit: Int)
        /// A character that has no place in a formula.
        case unexpectedCharacter(Character)
        /// A number, a field or `(` was expected here.
        case missingOperand
        /// An operator was expected between two numbers or fields.
        case missingOperator
        /// A `(` without its `)`.
        case unclosedParenthesis
        /// A `)` without its `(`.
        case unmatchedParenthesis
        /// A number with too many digits.
        case numberTooLong
    }
}
