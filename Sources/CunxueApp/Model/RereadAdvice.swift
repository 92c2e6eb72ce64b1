import LessonKit

/// Which lessons to read again after missing questions of a module quiz. A module quiz does not
/// say which lesson each question comes from, so each missed question is matched to the lesson
/// that shares the most two-character pieces with its question and right answers (in the
/// language the course was written in): "保证金" in a question finds the lesson about 保证金.
enum RereadAdvice {
    /// The lessons of `module` that teach what `missed` asked, in lesson order, at most `limit`.
    /// - Parameter lessonPieces: the `pieces` of each lesson's title and body, in lesson order
    ///   (`Library.rereadPieces(of:)`).
    static func lessons(for missed: [Question], in module: Module, lessonPieces: [Set<String>], limit: Int = 3) -> [Lesson] {
        var chosen = Set<Int>()
        for question in missed {
            let content = question.content.original
            let wanted = pieces(content.headingText + " " + content.answers.filter(\.isCorrect).map(\.plainText).joined(separator: " "))
            let scores = lessonPieces.map { $0.intersection(wanted).count }
            if let best = scores.indices.max(by: { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }),
               scores[best] > 0 {
                chosen.insert(best)
            }
        }
        return chosen.sorted().prefix(limit).filter(module.lessons.indices.contains).map { module.lessons[$0] }
    }

    /// Every two neighbouring letters or ideographs of `text` (punctuation and spaces break it),
    /// lower-cased.
    static func pieces(_ text: String) -> Set<String> {
        var result = Set<String>()
        var previous: Character?
        for character in text.lowercased() {
            guard character.isLetter || character.isNumber else { previous = nil; continue }
            if let previous { result.insert(String([previous, character])) }
            previous = character
        }
        return result
    }
}
