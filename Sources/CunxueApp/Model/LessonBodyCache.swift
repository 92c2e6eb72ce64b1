import LessonKit
import Synchronization

/// The bodies of the last few lessons read from disk, most recent last: laying a lesson out
/// again (a resize, the other language, the learner coming back to it) does not read its file
/// again. Shared by every copy of the `Library` that holds it, safe from any thread.
final class LessonBodyCache: Sendable {
    /// How many bodies are kept.
    let capacity: Int
    private let entries: Mutex<[(file: LessonBodyFile, body: Document)]>

    /// Creates an empty cache of `capacity` bodies (at least one).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        entries = Mutex([])
    }

    /// The body read from `file`: the kept one, else what `read` gives (kept when it is a body;
    /// a failure is not kept, so a file put right is read again next time).
    func body(of file: LessonBodyFile, read: () -> Result<Document, LessonBodyError>) -> Result<Document, LessonBodyError> {
        entries.withLock { entries in
            if let index = entries.firstIndex(where: { $0.file == file }) {
                let entry = entries.remove(at: index)
                entries.append(entry)
                return .success(entry.body)
            }
            let result = read()
            if case .success(let body) = result {
                entries.append((file, body))
                if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
            }
            return result
        }
    }

    /// The files whose bodies are kept, least recently used first.
    var files: [LessonBodyFile] {
        entries.withLock { $0.map(\.file) }
    }
}
