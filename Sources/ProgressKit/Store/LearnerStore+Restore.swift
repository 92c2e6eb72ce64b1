import Foundation

/// Bringing back learners taken off the list (`cunxue learners restore`).
extension LearnerStore {
    /// A learner whose files are in `removed/`.
    public struct RemovedLearner: Sendable, Hashable {
        /// The learner (all their removed files merged).
        public var overview: LearnerOverview
        /// The file names in `removed/` that hold them.
        public var files: [String]
    }

    /// The learners in `removed/`, by name then id. Files that cannot be read are left out.
    /// - Throws: `StoreError` when `removed/` itself cannot be read.
    public func removedLearners() throws(StoreError) -> [RemovedLearner] {
        guard let folder = try removedFolder() else { return [] }
        return try readRemoved(in: folder).values
            .map { RemovedLearner(overview: LearnerOverview($0.record), files: $0.files) }
            .sorted { ($0.overview.displayName, $0.overview.id) < ($1.overview.displayName, $1.overview.id) }
    }

    /// Puts a removed learner back on the list: their files in `removed/` are merged into a new
    /// `learners/<id>.json` (written atomically, never over an existing file), then renamed
    /// `NAME.restored-<time>` in `removed/` (never deleted) so no report counts them twice.
    /// - Parameters:
    ///   - id: the learner.
    ///   - now: the current time.
    /// - Returns: the restored record and the names the removed files now have.
    /// - Throws: `StoreError.learnerNotFound` when `removed/` has no file of theirs,
    ///   `.learnerInUse` when a learner with this id is on the list or signed in, or an I/O error.
    public func restore(id: String, at now: Date) throws(StoreError) -> (record: LearnerRecord, keptAs: [String]) {
        guard LearnerID.isValid(id) else { throw .invalidLearnerID(id) }
        guard let removed = try removedFolder(), let found = try readRemoved(in: removed)[id] else {
            throw .learnerNotFound(id: id)
        }
        let lock = try self.lock(id: id, displayName: nil, at: now)
        defer { lock.release() }
        guard let data = try StoreFolder.open(path: directory.path, create: true),
              let learners = try data.subfolder("learners", create: true) else {
            throw .folderMissing(path: directory.learnersFolder.path)
        }
        let name = id + ".json"
        guard learners.entry(name) == nil, learners.entry(name + ".bak") == nil,
              try DurableFile.create(try Self.fileContents(of: found.record), named: name, in: learners) else {
            throw .learnerInUse(id: id, name: found.record.learner.displayName, holder: nil)
        }
        var kept: [String] = []
        for file in found.files {
            let newName = file + ".restored-" + Self.stamp(now)
            try removed.rename(file, to: newName)
            kept.append(newName)
        }
        try removed.sync()
        return (found.record, kept)
    }

    /// `removed/`, if there is one.
    private func removedFolder() throws(StoreError) -> StoreFolder? {
        guard let data = try StoreFolder.open(path: directory.path, create: false) else { return nil }
        return try data.subfolder("removed", create: false)
    }

    /// The readable learner files of `removed/` (`<id>.json`, `<id>-<time>.json` and their
    /// `.bak`), merged by learner id.
    private func readRemoved(in folder: StoreFolder) throws(StoreError) -> [String: (record: LearnerRecord, files: [String])] {
        var byID: [String: (record: LearnerRecord, files: [String])] = [:]
        for name in try folder.names().sorted() where name.utf8.first != UInt8(ascii: ".") && (name.hasSuffix(".json") || name.hasSuffix(".json.bak")) {
            guard folder.entry(name)?.kind == .regular,
                  let record = try? Self.readRecord(at: URL(fileURLWithPath: folder.path + "/" + name)),
                  name.hasPrefix(record.id + ".") || name.hasPrefix(record.id + "-") else { continue }
            if let existing = byID[record.id] {
                byID[record.id] = ((try? LearnerRecord.merge(existing.record, record)) ?? existing.record, existing.files + [name])
            } else {
                byID[record.id] = (record, [name])
            }
        }
        return byID
    }
}
