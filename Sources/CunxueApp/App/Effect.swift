import ProgressKit

/// I/O the app asks for. `update` only returns these; the Runtime performs them and may feed
/// events back.
public enum Effect: Sendable, Equatable {
    /// Read the list of learners again.
    case loadLearners
    /// Add a learner (with a PIN when given) and sign them in.
    case createLearner(name: String, pin: String?)
    /// Load and lock a learner's file and sign them in.
    case signIn(learnerID: String)
    /// Check a learner's PIN (slow on purpose) and record the try.
    case checkPIN(learnerID: String, pin: String)
    /// Save the signed-in learner's record, durably.
    case save(LearnerRecord)
    /// Release the signed-in learner's lock.
    case signOut(learnerID: String)
    /// Load the course (bundled, imported, `--lessons`).
    case loadCourse
    /// See whether the data directory's lessons changed since the course was loaded (an import
    /// or removal from the command line); answers `Event.lessonsChanged` when they did.
    case checkLessons
    /// Find out whether an instructor PIN has been set.
    case loadInstructorStatus
    /// Check the instructor PIN (slow on purpose) and record the try.
    case checkInstructorPIN(String)
    /// Read every learner's progress for the class table.
    case loadClass
    /// Remove a learner's PIN (they forgot it).
    case resetPIN(learnerID: String)
    /// Give a learner a new display name.
    case rename(learnerID: String, name: String)
    /// Move a learner's file to `removed/`.
    case remove(learnerID: String)
    /// Validate a folder and say what importing it would do.
    case previewImport(path: String)
    /// Import a folder into the data directory's lessons (replacing modules when asked).
    case runImport(path: String, replace: Bool)
    /// Find the folder a learner's worksheets are exported to by default (a USB stick when one
    /// is mounted, else the data directory's `exports/`); answers `Event.exportFolderSuggested`.
    case suggestExportFolder
    /// Write a learner's filled worksheets into a folder of their own inside `folder`, labels in
    /// `language`; answers `Event.sheetsExported` or a notice saying why not.
    case exportSheets(learnerID: String, folder: String, language: UILanguage)
    /// List the subfolders of a folder on a USB stick (nil: the sticks plugged in).
    case listFolders(path: String?)
    /// Check the current instructor PIN and, when right, set the new one.
    case changeInstructorPIN(current: String, new: String)
    /// Read `text` aloud with the station's speech engine, stopping what was being read; the end
    /// comes back as `Event.speechEnded`.
    case speak(text: String, language: UILanguage, rate: Int)
    /// Stop reading aloud.
    case stopSpeaking
    /// Stop the process as Ctrl-Z does, giving the terminal back until `fg`.
    case suspend
    /// Leave the app (after everything pending is saved).
    case quit
}
