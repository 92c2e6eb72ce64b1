import ProgressKit

extension Strings {
    // MARK: - Names that clash with a learner's name already there

    /// A name that only looks like a learner's name already there (`аdmin` for `admin`).
    func nameLooksLike(_ name: String, suggestion: String) -> String {
        pick("这个名字和已有的学员“\(name)”看起来一样（里面有外文字母、全角字符或看不见的字符），容易认错人。请换一个名字，比如：\(suggestion)",
             "This name looks the same as the learner “\(name)” (look-alike letters from another script, full-width or invisible characters), so people would mix them up. Please choose another, e.g. “\(name) (east end)”.")
    }

    /// What the app says about a name that clashes with a learner's name already there.
    func nameClash(_ clash: NameClash) -> String {
        clash.isSameName ? nameTaken(clash.existing) : nameLooksLike(clash.existing, suggestion: clash.suggestion)
    }
}
