/// One token of a formula.
enum FormulaToken: Sendable, Equatable {
    case number(Fraction)
    case field(String)
    case plus, minus, times, divide, open, close, percent

    /// A token with where it starts (0-based, in Unicode scalars).
    struct Located: Sendable, Equatable {
        var token: FormulaToken
        var offset: Int
    }

    /// Whether the token is `+ − × ÷` or `%`.
    var isOperator: Bool {
        switch self {
        case .plus, .minus, .times, .divide, .percent: return true
        case .number, .field, .open, .close: return false
        }
    }
}

/// Splits a formula into tokens.
enum FormulaTokenizer {
    /// Digits before and after the point a number in a formula may have.
    static let maximumIntegerDigits = 13
    static let maximumFractionDigits = 6

    /// The tokens of a formula, or the first character that has no place in one.
    static func tokens(of scalars: [Unicode.Scalar]) throws(FormulaSyntaxError) -> [FormulaToken.Located] {
        let folded = scalars.map(fold)
        var tokens: [FormulaToken.Located] = []
        var index = 0
        while index < folded.count {
            let scalar = folded[index]
            if scalar == " " || scalar == "\t" || scalar == "\n" {
                index += 1
                continue
            }
            if let token = symbol(scalar) {
                tokens.append(.init(token: token, offset: index))
                index += 1
            } else if isDigit(scalar) || (scalar == "." && index + 1 < folded.count && isDigit(folded[index + 1])) {
                let start = index
                let number = try readNumber(folded, from: &index)
                if index < folded.count, folded[index] == "." {  // 1.2.3
                    throw FormulaSyntaxError(offset: index, kind: .unexpectedCharacter("."))
                }
                tokens.append(.init(token: .number(number), offset: start))
            } else if isLetter(scalar) {
                let start = index
                index += 1
                while index < folded.count, isLetter(folded[index]) || isDigit(folded[index])
                    || (folded[index] == "-" && index + 1 < folded.count && (isLetter(folded[index + 1]) || isDigit(folded[index + 1]))) {
                    index += 1
                }
                var id = String.UnicodeScalarView()
                id.append(contentsOf: folded[start..<index])
                tokens.append(.init(token: .field(String(id)), offset: start))
            } else {
                throw FormulaSyntaxError(offset: index, kind: .unexpectedCharacter(Character(scalars[index])))
            }
        }
        return tokens
    }

    private static func readNumber(_ scalars: [Unicode.Scalar], from index: inout Int) throws(FormulaSyntaxError) -> Fraction {
        let start = index
        var units: Int128 = 0
        var integerDigits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == ".", !seenPoint, index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                seenPoint = true
            } else if isDigit(scalar) {
                units = units * 10 + Int128(scalar.value - 48)
                if seenPoint { fractionDigits += 1 } else { integerDigits += 1 }
                if integerDigits > maximumIntegerDigits || fractionDigits > maximumFractionDigits {
                    throw FormulaSyntaxError(offset: start, kind: .numberTooLong)
                }
            } else {
                break
            }
            index += 1
        }
        return Fraction(checkedNumerator: units, denominator: WorksheetNumber.powerOfTen(fractionDigits))
    }

    private static func symbol(_ scalar: Unicode.Scalar) -> FormulaToken? {
        switch scalar {
        case "+": return .plus
        case "-", "\u{2212}": return .minus
        case "*", "\u{00D7}": return .times
        case "/", "\u{00F7}": return .divide
        case "(": return .open
        case ")": return .close
        case "%": return .percent
        default: return nil
        }
    }

    /// Full-width forms (U+FF01–FF5E, typed with a Chinese input method) as their ASCII
    /// counterparts; the ideographic space as a space.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\u{3000}" { return " " }
        if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) { return ascii }
        return scalar
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
}
