/// A number on a worksheet: what a learner typed into a `number` or `money` field, or what a
/// formula gave after rounding. Exact decimal, never binary floating point.
///
/// The value is `units / 10^scale`: `32.00` yuan is 3200 units at scale 2. Two numbers are equal
/// when their values are (`1.5 == 1.50`); `description` keeps the scale (`"1.50"`).
public struct WorksheetNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value times 10^`scale`.
    public let units: Int64
    /// Digits after the decimal point, 0 to `maximumScale`.
    public let scale: Int

    /// The most digits after the point a worksheet number has.
    public static let maximumScale = 6
    /// The largest magnitude a worksheet number (typed, or any step of a formula) may have:
    /// 1,000,000,000,000 (a million million yuan). Beyond it a formula says "too large".
    public static let bound: Int64 = 1_000_000_000_000

    /// Creates a number from its units and scale; `nil` when the scale is outside
    /// 0...`maximumScale` or the magnitude exceeds `bound`.
    public init?(units: Int64, scale: Int) {
        guard (0...Self.maximumScale).contains(scale) else { return nil }
        let limit = Int128(Self.bound) * Self.powerOfTen(scale)
        guard Int128(units).magnitude <= limit.magnitude else { return nil }
        self.units = units
        self.scale = scale
    }

    /// The number as written with its scale: `-12.50`, `7`, `0.6`.
    public var description: String {
        let digits = String(units.magnitude)
        let sign = units < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        return sign + padded.dropLast(scale) + "." + padded.suffix(scale)
    }

    /// The same value with trailing zeros after the point removed (`1.50` → `1.5`, `7.0` → `7`).
    public var normalized: WorksheetNumber {
        var units = units
        var scale = scale
        while scale > 0, units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        return WorksheetNumber(checkedUnits: units, scale: scale)
    }

    /// The same value written with exactly `scale` digits after the point, when no digit is
    /// lost (`1.5` at scale 2 is `1.50`); `nil` otherwise.
    public func withScale(_ newScale: Int) -> WorksheetNumber? {
        guard (0...Self.maximumScale).contains(newScale) else { return nil }
        if newScale >= scale {
            let factor = Self.powerOfTen(newScale - scale)
            let (product, overflow) = Int128(units).multipliedReportingOverflow(by: factor)
            guard !overflow, let units = Int64(exactly: product) else { return nil }
            return WorksheetNumber(units: units, scale: newScale)
        }
        let factor = Int64(Self.powerOfTen(scale - newScale))
        guard units % factor == 0 else { return nil }
        return WorksheetNumber(checkedUnits: units / factor, scale: newScale)
    }

    /// Whether the value is below zero.
    public var isNegative: Bool { units < 0 }

    /// Whether two numbers have the same value, whatever their scale (`1.5 == 1.50`).
    public static func == (lhs: WorksheetNumber, rhs: WorksheetNumber) -> Bool {
        lhs.scaledUnits(to: maximumScale) == rhs.scaledUnits(to: maximumScale)
    }

    /// Hashes the value (equal values hash alike, whatever their scale).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(scaledUnits(to: Self.maximumScale))
    }

    /// Whether `lhs` is smaller than `rhs`.
    public static func < (lhs: WorksheetNumber, rhs: WorksheetNumber) -> Bool {
        lhs.scaledUnits(to: maximumScale) < rhs.scaledUnits(to: maximumScale)
    }

    // MARK: - Internal

    /// Creates a number whose scale and bound the caller has checked.
    init(checkedUnits units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// The value as an exact fraction.
    var fraction: Fraction {
        Fraction(checkedNumerator: Int128(units), denominator: Self.powerOfTen(scale))
    }

    /// The value times 10^`target` (`target` ≥ `scale`), exact in 128 bits.
    private func scaledUnits(to target: Int) -> Int128 {
        Int128(units) * Self.powerOfTen(target - scale)
    }

    /// 10^`exponent` for 0 ≤ exponent ≤ 30.
    static func powerOfTen(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<max(0, min(exponent, 30)) { result *= 10 }
        return result
    }
}
