import Foundation
import UnicodeSkeleton

/// How module ids are written, compared and checked.
///
/// An id is kept and compared in its canonical form: NFKC, case-folded, NFKC again (Unicode's
/// NFKC_Casefold, as UTS #31 asks of identifiers), so `Shop-Data` and full-width `ｓｈｏｐ-data`
/// are the id `shop-data`. An id that mixes scripts (Latin `a` and Cyrillic `а`) is refused, and
/// so is one whose UTS #39 skeleton matches another module's: it would look the same on every
/// screen and report but keep its own progress.
public enum ModuleID {
    /// The form an id is kept and compared in.
    /// - Parameter id: an id as written (in `module.md`, a folder name or `requires`).
    public static func canonical(_ id: String) -> String {
        Skeleton.canonical(id)
    }

    /// NFKC: full-width letters and digits become ASCII (`ｓｈｏｐ` → `shop`).
    static func compatibilityForm(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping
    }

    /// Whether a canonical id is well formed: letters of any script (no combining marks left
    /// over after NFKC), ASCII digits and `-`.
    /// - Parameter canonical: an id in canonical form.
    public static func isWellFormed(_ canonical: String) -> Bool {
        !canonical.isEmpty && canonical.unicodeScalars.allSatisfy { scalar in
            if scalar == "-" || ("0"..."9").contains(scalar) { return true }
            let category = scalar.properties.generalCategory
            return scalar.properties.isAlphabetic && category != .nonspacingMark && category != .enclosingMark
        }
    }

    /// Whether two ids (as written) are the same id.
    public static func same(_ lhs: String, _ rhs: String) -> Bool {
        lhs == rhs || canonical(lhs) == canonical(rhs)
    }

    // MARK: - Scripts and skeletons (shared with learner names: `UnicodeSkeleton`)

    /// The scripts an id's letters are told apart by.
    public typealias Script = UnicodeSkeleton.Script

    /// The scripts of an id's letters when they are a mix UTS #39 does not allow (see
    /// `Skeleton.mixedScripts`); `nil` for a single script or an allowed mix.
    /// - Parameter canonical: an id in canonical form.
    public static func mixedScripts(_ canonical: String) -> [Script]? {
        Skeleton.mixedScripts(canonical)
    }

    /// The script of a letter; `nil` for digits, `-`, marks and other characters common to all.
    static func script(of scalar: Unicode.Scalar) -> Script? {
        Skeleton.script(of: scalar)
    }

    /// The UTS #39 skeleton of an id (see `Skeleton.of`): two ids with one skeleton look alike.
    /// - Parameter id: an id, as written or canonical.
    public static func skeleton(_ id: String) -> String {
        Skeleton.of(id)
    }

    /// Where two ids of one length first differ: the 1-based position and the two characters;
    /// `nil` when their lengths differ. For messages.
    static func firstDifference(_ id: String, _ other: String) -> (position: Int, mine: Unicode.Scalar, theirs: Unicode.Scalar)? {
        let mine = Array(id.unicodeScalars)
        let theirs = Array(other.unicodeScalars)
        guard mine.count == theirs.count, let index = mine.indices.first(where: { mine[$0] != theirs[$0] }) else { return nil }
        return (index + 1, mine[index], theirs[index])
    }
}
