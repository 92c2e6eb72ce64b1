/// The ranges the numbers in a learner file can possibly have. A file edited by hand or by an
/// attacker may hold anything (`secondsSpent: 999999999999999999`, a negative box); numbers
/// outside these ranges are brought to the nearest end when the file is read, and the reader
/// is told which fields were (`LearnerRecord.clampNumbers()`), so that no sum or step overflows.
enum RecordLimits {
    /// The longest reading time of one lesson: ten years, in seconds.
    static let seconds = 0...315_360_000
    /// The farthest reading position (a line offset).
    static let position = 0...10_000_000
    /// A score in percent.
    static let score = 0...100
    /// A mistake-notebook box.
    static let box = 1...MistakeNotebook.lastBox
    /// Counts of wrong answers or wrong PINs.
    static let count = 0...1_000_000
    /// The index of a chosen answer (questions have a handful).
    static let choice = 0...999

    /// `value` brought into `range`; a change notes `field` in `changed`.
    static func clamp(_ value: Int, _ range: ClosedRange<Int>, _ field: String, _ changed: inout Set<String>) -> Int {
        guard !range.contains(value) else { return value }
        changed.insert(field)
        return min(range.upperBound, max(range.lowerBound, value))
    }
}
