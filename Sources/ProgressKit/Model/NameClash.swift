import UnicodeSkeleton

/// A name that would be taken for the name of a learner already there: the same name (spaces,
/// case and full-width forms aside), or one that only looks the same — Cyrillic `аdmin` for
/// `admin`, `ａｄｍｉｎ`, `ad​min` with a zero-width space, digits `0`/`1` for `o`/`l` (UTS #39
/// skeletons, shared with module ids). Different Chinese names never clash (`李叔` and
/// `李叔（东头）`), nor does a Han and Latin mix (`王芳A`) with a name it does not look like.
///
/// The new-learner screen, the instructor's rename and `cunxue learners add` all ask
/// `DisplayName.clash(of:with:)`, so they refuse the same names.
public struct NameClash: Sendable, Hashable {
    /// The name already there.
    public let existing: String
    /// Whether the two are the same name; false when they only look alike.
    public let isSameName: Bool

    /// A name that tells the new learner apart, to suggest: the existing name with a place
    /// after it, as a person would say it (`王芳（东头）`).
    public var suggestion: String { existing + "（东头）" }

    /// What to tell the person, for the command line (the app has its own words).
    public var message: BilingualText {
        if isSameName {
            return BilingualText(
                zh: "已经有一位学员叫“\(existing)”了。如果是同一个人，不用再添加；如果不是，请在名字后面加上能分开的字，比如：\(suggestion)",
                en: "There is already a learner called “\(existing)”. If it is the same person, there is no need to add them again; if not, add something to tell them apart, e.g. “\(existing) (east end)”.")
        }
        return BilingualText(
            zh: "这个名字和已有的学员“\(existing)”看起来一样（里面有外文字母、全角字符或看不见的字符），容易认错人。请换一个名字，比如：\(suggestion)",
            en: "This name looks the same as the learner “\(existing)” (it holds look-alike letters from another script, full-width or invisible characters), so people would mix them up. Please choose another, e.g. “\(existing) (east end)”.")
    }
}

extension DisplayName {
    /// What two names are compared by when deciding whether one would be taken for the other:
    /// the cleaned name without spaces, as its UTS #39 skeleton (NFKC, case folded, look-alike
    /// letters replaced by the Latin ones they are confused with).
    public static func lookAlikeKey(_ name: String) -> String {
        let clean = (try? sanitize(name)) ?? name
        return Skeleton.of(clean.filter { !$0.isWhitespace })
    }

    /// The first of `names` that `name` would be taken for, if any.
    /// - Parameters:
    ///   - name: the new name (or the new form of a renamed learner's name).
    ///   - names: the names of the other learners.
    /// - Returns: the clash, or nil when the name is free.
    public static func clash(of name: String, with names: some Sequence<String>) -> NameClash? {
        let key = lookAlikeKey(name)
        let same = comparisonKey(name)
        var lookAlike: NameClash?
        for existing in names {
            if comparisonKey(existing) == same { return NameClash(existing: existing, isSameName: true) }
            if lookAlike == nil, lookAlikeKey(existing) == key { lookAlike = NameClash(existing: existing, isSameName: false) }
        }
        return lookAlike
    }
}
