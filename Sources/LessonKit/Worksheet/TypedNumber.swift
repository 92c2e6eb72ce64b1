/// Reads a number as a learner types it into a `number` or `money` field.
///
/// Accepted: digits with one decimal point (`.`, or `。` and `．` from a Chinese input method),
/// full-width digits, a leading `-` or `−`, commas between groups of three digits (`1,200`),
/// and around the number: `¥`/`￥` and 元/块/块钱 for money, the field's unit in any language
/// (`%`, 单, orders). Spaces around it are ignored.
enum TypedNumber {
    /// Why a typed text is not a number for the field.
    enum Problem: Error, Equatable {
        /// Not a number at all.
        case notANumber
        /// More digits after the point than the field allows (`allowed` is 0 for a whole number).
        case tooManyDecimals(allowed: Int)
        /// Beyond `WorksheetNumber.bound`.
        case tooLarge
    }

    /// The number in `text`, at the field's scale (money: always 2 digits; a number: as few as
    /// it needs, at most `scale`).
    /// - Parameters:
    ///   - text: what was typed (not empty after trimming).
    ///   - kind: `.money` or `.number`.
    ///   - scale: digits allowed after the point.
    ///   - units: the field's unit in each language, stripped when written after the number.
    static func read(_ text: String, kind: WorksheetField.Kind, scale: Int, units: [String]) -> Result<WorksheetNumber, Problem> {
        let scale = max(0, min(scale, 4))
        var scalars = Array(stripped(text, kind: kind, units: units).unicodeScalars.map(fold))
        var negative = false
        if let first = scalars.first, first == "-" || first == "\u{2212}" {
            negative = true
            scalars.removeFirst()
        }
        guard let parts = split(scalars) else { return .failure(.notANumber) }
        var fraction = parts.fraction
        while fraction.last == "0" { fraction.removeLast() }
        if fraction.count > scale { return .failure(.tooManyDecimals(allowed: scale)) }
        let integer = parts.integer.drop { $0 == "0" }
        if integer.count > 13 { return .failure(.tooLarge) }
        var units: Int64 = 0
        for digit in integer + fraction { units = units * 10 + Int64(digit.value - 48) }
        let targetScale = kind == .money ? 2 : fraction.count
        for _ in fraction.count..<max(fraction.count, targetScale) { units *= 10 }
        guard let number = WorksheetNumber(units: negative ? -units : units, scale: targetScale) else {
            return .failure(.tooLarge)
        }
        return .success(number)
    }

    /// The text without blanks around it, currency signs and units.
    private static func stripped(_ text: String, kind: WorksheetField.Kind, units: [String]) -> String {
        var result = text.trimmed
        var suffixes = units.map(\.trimmed).filter { !$0.isEmpty }
        if kind == .money { suffixes += ["块钱", "元", "块", "yuan", "RMB"] }
        for suffix in suffixes.sorted(by: { $0.count > $1.count }) where result.hasSuffix(suffix) {
            result = String(result.dropLast(suffix.count)).trimmed
            break
        }
        if kind == .money, let first = result.first, first == "¥" || first == "￥" {
            result = String(result.dropFirst()).trimmed
        }
        return result
    }

    /// Integer and fraction digits, or `nil` when the text is not digits with at most one point
    /// and well-placed group commas.
    private static func split(_ scalars: [Unicode.Scalar]) -> (integer: [Unicode.Scalar], fraction: [Unicode.Scalar])? {
        guard !scalars.isEmpty else { return nil }
        var integer: [Unicode.Scalar] = []
        var fraction: [Unicode.Scalar] = []
        var seenPoint = false
        var groupLengths: [Int] = [0]
        for scalar in scalars {
            if scalar == "." {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if scalar == ",", !seenPoint {
                groupLengths.append(0)
            } else if FormulaTokenizer.isDigit(scalar) {
                if seenPoint { fraction.append(scalar) } else { integer.append(scalar); groupLengths[groupLengths.count - 1] += 1 }
            } else {
                return nil
            }
        }
        if integer.isEmpty && fraction.isEmpty { return nil }
        if groupLengths.count > 1 {
            // 1,200 and 12,345,678: the first group 1–3 digits, every other exactly 3.
            guard (1...3).contains(groupLengths[0]), groupLengths.dropFirst().allSatisfy({ $0 == 3 }) else { return nil }
        }
        return (integer, fraction)
    }

    /// Full-width digits and signs as ASCII; `。` (the Chinese full stop) as a decimal point;
    /// `，` as a comma.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\u{3002}" { return "." }
        return FormulaTokenizer.fold(scalar)
    }
}
