import Foundation
import Glibc

/// Reads PINs typed by the instructor: from a terminal without echo (Ctrl-C or Ctrl-D cancels,
/// Backspace works), else one line a PIN from standard input, so it can be scripted.
struct PINPrompt {
    /// Why nothing was read.
    enum Cancel: Error {
        /// Ctrl-C, Ctrl-D, or the end of standard input.
        case cancelled
    }

    /// Whether standard input is a terminal.
    let isTerminal = isatty(STDIN_FILENO) == 1

    /// Shows `prompt` on standard error and reads one PIN.
    /// - Throws: `Cancel.cancelled`.
    func read(_ prompt: String) throws(Cancel) -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        guard isTerminal else {
            FileHandle.standardError.write(Data("\n".utf8))
            guard let line = readLine(strippingNewline: true) else { throw .cancelled }
            return line
        }
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            guard let line = readLine(strippingNewline: true) else { throw .cancelled }
            return line
        }
        var quiet = original
        quiet.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
        withUnsafeMutableBytes(of: &quiet.c_cc) { characters in
            characters[Int(VMIN)] = 1
            characters[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        var bytes: [UInt8] = []
        while true {
            var byte: UInt8 = 0
            let count = Glibc.read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { throw .cancelled }
            switch byte {
            case 0x0D, 0x0A:
                return String(decoding: bytes, as: UTF8.self)
            case 0x03:
                throw .cancelled
            case 0x04:
                if bytes.isEmpty { throw .cancelled }
            case 0x7F, 0x08:
                // Remove the last character, all its UTF-8 bytes.
                while let last = bytes.popLast(), last & 0xC0 == 0x80 {}
            default:
                if byte >= 0x20 { bytes.append(byte) }
            }
        }
    }
}
