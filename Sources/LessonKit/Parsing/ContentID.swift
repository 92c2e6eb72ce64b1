/// The rules for the ids an author may give a lesson (`id:` in its front matter) or a quiz
/// question (`id:` in its options block): what keeps learners' history when a file is renamed or
/// a heading reworded.
///
/// An id is any text of at most `maxLength` characters with something other than blanks in it,
/// trimmed; a lesson's id has no `/` (it is joined to the module's id with one). Control and
/// bidirectional characters never get this far (`FileReport.text` removes them).
enum ContentID {
    /// The longest id, in characters.
    static let maxLength = 200

    /// The id `text` names, trimmed, or `nil` when it is not one.
    /// - Parameters:
    ///   - text: the value as written.
    ///   - allowsSlash: whether `/` may appear (questions: yes; lessons: no).
    static func parse(_ text: String, allowsSlash: Bool) -> String? {
        let id = text.trimmed
        // By scalars: `/` followed by a combining mark is one `Character`, and not `/`.
        guard !id.isEmpty, id.count <= maxLength, !id.unicodeScalars.contains("\n") else { return nil }
        if !allowsSlash && (id.unicodeScalars.contains("/") || id.unicodeScalars.first == ".") { return nil }
        return id
    }
}
