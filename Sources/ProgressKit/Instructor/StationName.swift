/// The name of a service station (`张庄服务站`), as `cunxue instructor set-station` keeps it and
/// the training report shows it in every row, so that merged county reports tell two learners
/// of the same name at two stations apart.
public enum StationName {
    /// The most characters a station name may have.
    public static let maximumLength = 30

    /// The cleaned name: control, bidi and invisible characters removed, whitespace made one
    /// space, trimmed, NFC-normalized (as learners' names are, see `DisplayName`).
    /// - Returns: the name, 1–30 characters.
    /// - Throws: `StationNameError` when nothing is left or it is too long.
    public static func sanitize(_ raw: String) throws(StationNameError) -> String {
        let kept = raw.precomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.isWhitespace || !SafeText.isRemoved($0) }
        let name = String(String.UnicodeScalarView(kept)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !name.isEmpty else { throw .empty }
        guard name.count <= maximumLength else { throw .tooLong(characters: name.count) }
        return name
    }
}

/// Why a station name cannot be used.
public enum StationNameError: Error, Sendable, Hashable {
    /// Nothing is left once invisible characters and spaces are removed.
    case empty
    /// More than `StationName.maximumLength` characters.
    case tooLong(characters: Int)

    /// What to tell the instructor.
    public var message: BilingualText {
        switch self {
        case .empty:
            return BilingualText(zh: "服务站名称不能为空，例如：cunxue instructor set-station 张庄服务站",
                                 en: "The station name is empty. For example: cunxue instructor set-station 张庄服务站")
        case .tooLong(let count):
            return BilingualText(zh: "服务站名称太长（\(count) 个字），最多 \(StationName.maximumLength) 个字，请改短一些。",
                                 en: "The station name is too long (\(count) characters); at most \(StationName.maximumLength). Please make it shorter.")
        }
    }
}
