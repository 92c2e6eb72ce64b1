/// An exact rational number over 128-bit integers: what formulas compute with, so that
/// `0.1 + 0.2` is `0.3` and `160 ÷ 23`, rounded up, is exactly 7.
///
/// Every operation reports overflow instead of trapping (`nil`); the denominator is always
/// positive and the fraction always reduced.
struct Fraction: Sendable, Equatable {
    private(set) var numerator: Int128
    private(set) var denominator: Int128

    /// Zero.
    static let zero = Fraction(checkedNumerator: 0, denominator: 1)

    /// Creates `numerator / denominator` (the denominator must be positive), reduced.
    init(checkedNumerator numerator: Int128, denominator: Int128) {
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        if divisor > 1 {
            self.numerator = numerator / Int128(divisor)
            self.denominator = denominator / Int128(divisor)
        } else {
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// A whole number.
    init(_ integer: Int64) {
        self.init(checkedNumerator: Int128(integer), denominator: 1)
    }

    /// Whether the value is zero.
    var isZero: Bool { numerator == 0 }

    /// Whether the magnitude is larger than `bound` (a whole number).
    func exceeds(_ bound: Int64) -> Bool {
        // |n| / d > bound  ⇔  |n| > bound · d; the product is at most about 2^167, so compare
        // by division instead: |n| / d > bound, or equal quotient with a remainder.
        let (quotient, remainder) = numerator.magnitude.quotientAndRemainder(dividingBy: denominator.magnitude)
        let limit = UInt128(bound.magnitude)
        return quotient > limit || (quotient == limit && remainder > 0)
    }

    // MARK: - Arithmetic (nil on overflow)

    func adding(_ other: Fraction) -> Fraction? {
        let divisor = Int128(Self.gcd(denominator.magnitude, other.denominator.magnitude))
        let left = denominator / divisor
        let right = other.denominator / divisor
        guard let a = Self.multiply(numerator, right), let b = Self.multiply(other.numerator, left),
              let denominator = Self.multiply(self.denominator, right) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : Fraction(checkedNumerator: sum, denominator: denominator)
    }

    func subtracting(_ other: Fraction) -> Fraction? {
        guard let negated = other.negated() else { return nil }
        return adding(negated)
    }

    func multiplied(by other: Fraction) -> Fraction? {
        // Cross-reduce first so the products stay small.
        let first = Int128(Self.gcd(numerator.magnitude, other.denominator.magnitude))
        let second = Int128(Self.gcd(other.numerator.magnitude, denominator.magnitude))
        guard let numerator = Self.multiply(self.numerator / max(first, 1), other.numerator / max(second, 1)),
              let denominator = Self.multiply(self.denominator / max(second, 1), other.denominator / max(first, 1))
        else { return nil }
        return Fraction(checkedNumerator: numerator, denominator: denominator)
    }

    /// `self ÷ other`; `nil` on overflow. The caller checks for a zero divisor first.
    func divided(by other: Fraction) -> Fraction? {
        guard !other.isZero else { return nil }
        var reciprocalNumerator = other.denominator
        var reciprocalDenominator = other.numerator
        if reciprocalDenominator < 0 {
            guard let n = Self.negate(reciprocalNumerator), let d = Self.negate(reciprocalDenominator) else { return nil }
            reciprocalNumerator = n
            reciprocalDenominator = d
        }
        return multiplied(by: Fraction(checkedNumerator: reciprocalNumerator, denominator: reciprocalDenominator))
    }

    func negated() -> Fraction? {
        guard let numerator = Self.negate(numerator) else { return nil }
        return Fraction(checkedNumerator: numerator, denominator: denominator)
    }

    // MARK: - Rounding

    /// The value rounded to `scale` digits after the point; `nil` when the result is out of
    /// `WorksheetNumber`'s range.
    func rounded(scale: Int, _ rule: WorksheetField.Rounding) -> WorksheetNumber? {
        guard (0...WorksheetNumber.maximumScale).contains(scale),
              let scaled = Self.multiply(numerator, WorksheetNumber.powerOfTen(scale)) else { return nil }
        var (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator)
        switch rule {
        case .halfUp:
            // Halves go away from zero: |r| ≥ d − |r|.
            if remainder != 0, remainder.magnitude >= denominator.magnitude - remainder.magnitude {
                quotient += remainder < 0 ? -1 : 1
            }
        case .up:
            if remainder > 0 { quotient += 1 }
        case .down:
            if remainder < 0 { quotient -= 1 }
        }
        guard let units = Int64(exactly: quotient) else { return nil }
        return WorksheetNumber(units: units, scale: scale)
    }

    // MARK: - Helpers

    private static func multiply(_ lhs: Int128, _ rhs: Int128) -> Int128? {
        let (product, overflow) = lhs.multipliedReportingOverflow(by: rhs)
        return overflow ? nil : product
    }

    private static func negate(_ value: Int128) -> Int128? {
        let (result, overflow) = Int128(0).subtractingReportingOverflow(value)
        return overflow ? nil : result
    }

    static func gcd(_ lhs: UInt128, _ rhs: UInt128) -> UInt128 {
        var (a, b) = (lhs, rhs)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
