import LessonKit
/// Subfolders of a folder on a USB stick, as the performer read them (never through a link).
public struct FolderListing: Sendable, Equatable {
    /// The folder listed; nil for the list of USB sticks.
    public var path: String?
    /// Its subfolders by name, sorted; for the list of sticks, the sticks' full paths.
    public var folders: [String]
    /// Whether the folder holds lessons (`module.md` in it or in one of its subfolders).
    public var hasLessons: Bool
    /// Whether there were more folders than listed.
    public var truncated: Bool
    /// Whether the folder could not be read (the stick pulled out, no permission, outside the
    /// sticks).
    public var failed: Bool

    /// Creates a listing.
    public init(path: String?, folders: [String], hasLessons: Bool = false, truncated: Bool = false, failed: Bool = false) {
        self.path = path
        self.folders = folders
        self.hasLessons = hasLessons
        self.truncated = truncated
        self.failed = failed
    }
}

/// Choosing the folder to import on a USB stick with ↑↓ and Enter, one level at a time.
public struct FolderPickerState: Sendable, Equatable {
    /// The folder shown; nil for the list of USB sticks.
    public var path: String?
    /// The stick `path` is on (where Backspace goes back to the list of sticks).
    public var stick: String?
    /// What the folder holds.
    public var listing: FolderListing?
    /// The highlighted row.
    public var selection = 0
    /// The row to highlight when the listing awaited arrives (the folder just left).
    var pendingSelection: String?

    /// A picker waiting for the list of sticks.
    public init() {}

    /// A row of the picker.
    public enum Row: Sendable, Equatable {
        /// Import the folder shown.
        case useThis
        /// A subfolder (a name; a full path on the list of sticks).
        case folder(String)
    }

    /// The rows: "import this folder" first inside a stick, then the subfolders.
    public var rows: [Row] {
        let folders = (listing?.folders ?? []).map(Row.folder)
        return path == nil ? folders : [.useThis] + folders
    }

    /// Whether a listing is awaited.
    public var isLoading: Bool { listing?.path != path || listing == nil }

    /// What a key asks of the instructor screen.
    public enum Action: Sendable, Equatable {
        /// Nothing beyond moving.
        case none
        /// List this folder (nil: the sticks).
        case list(String?)
        /// Preview importing this folder.
        case use(String)
        /// Type a path instead.
        case type
        /// Back to the menu.
        case close
    }

    /// The folder one level up (nil: the list of sticks).
    var parent: String? {
        guard let path, path != stick else { return nil }
        let cut = ScalarText.parentPath(path)
        return cut.isEmpty ? nil : cut
    }
}
