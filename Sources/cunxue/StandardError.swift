import Foundation
import ProgressKit

/// Writes lines to standard error, cleaned on the way out: a message may hold file names,
/// arguments or ids from files, so control, escape, bidi and zero-width characters never reach
/// the terminal (`SafeText.forTerminal`).
enum StandardError {
    /// Writes `line` and a newline.
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((SafeText.forTerminal(line) + "\n").utf8))
    }
}
