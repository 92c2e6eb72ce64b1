/// Rounding that adds up: whole parts of a total shared out so that the parts sum to the
/// rounded total (the largest remainder method).
enum Apportion {
    /// `value ÷ divisor` rounded half up (value ≥ 0), without overflow.
    static func rounded(_ value: Int, _ divisor: Int) -> Int {
        let value = max(0, value)
        return value / divisor + (value % divisor >= divisor - value % divisor ? 1 : 0)
    }

    /// Each `values[i] ÷ divisor` rounded down, then one more to those with the largest
    /// remainders (ties: the earlier) until the parts sum to `total`.
    /// - Parameters:
    ///   - values: the exact amounts (≥ 0), e.g. seconds.
    ///   - divisor: the unit, e.g. 60 for minutes.
    ///   - total: the rounded total the parts must sum to; by default the sum rounded.
    static func parts(_ values: [Int], divisor: Int, total: Int? = nil) -> [Int] {
        let values = values.map { max(0, $0) }
        var parts = values.map { $0 / divisor }
        let sum = values.reduce(0) { $0.addingClamped($1) }
        let target = total ?? rounded(sum, divisor)
        var missing = target - parts.reduce(0) { $0.addingClamped($1) }
        let order = values.indices.filter { values[$0] % divisor > 0 }
            .sorted { (values[$0] % divisor, $1) > (values[$1] % divisor, $0) }
        for index in order where missing > 0 {
            parts[index] += 1
            missing -= 1
        }
        return parts
    }
}
