/// The reading place as the learner sees it, the same in the lesson list and in the reader:
/// "读到 38%". The place is kept in thousandths of the lesson, so it survives another window
/// size.
enum ReadingPlace {
    /// The place as a whole percentage, rounded down; a lesson not finished never shows 100.
    static func percent(_ thousandths: Int, finished: Bool) -> Int {
        let value = max(0, min(1000, thousandths)) / 10
        return finished ? value : min(99, value)
    }

    /// The place of a reader scrolled to line `scroll` of `maxScroll`, in thousandths.
    static func thousandths(scroll: Int, maxScroll: Int) -> Int {
        maxScroll > 0 ? Int((Double(scroll) * 1000 / Double(maxScroll)).rounded()) : 1000
    }
}
