import Foundation

/// A learner as lists show them (sign-in screen, `cunxue learners list`).
public struct LearnerOverview: Sendable, Hashable, Identifiable {
    /// The learner's id.
    public var id: String
    /// The learner's name.
    public var displayName: String
    /// Whether signing in asks for a PIN.
    public var hasPIN: Bool
    /// When the learner was added.
    public var createdAt: Date
    /// When they last did anything, nil if never.
    public var lastActiveAt: Date?
    /// The number of quiz attempts, finished or not.
    public var attemptCount: Int
    /// The number of finished attempts.
    public var finishedAttemptCount: Int
    /// The interface language the learner chose, if any.
    public var preferredLanguage: String?
    /// The quizzes with a passed attempt (which of them are module quizzes, the course knows).
    public var passedQuizIDs: Set<String>
    /// The module the learner read in or answered in last, nil if none.
    public var lastModuleID: String?

    /// The overview of a record.
    public init(_ record: LearnerRecord) {
        id = record.id
        displayName = record.learner.displayName
        hasPIN = record.learner.hasPIN
        createdAt = record.learner.createdAt
        lastActiveAt = record.learner.lastActiveAt
        attemptCount = record.attempts.count
        finishedAttemptCount = record.attempts.lazy.filter(\.isFinished).count
        preferredLanguage = record.learner.preferredLanguage
        passedQuizIDs = Set(record.attempts.lazy.filter { $0.passed == true }.map(\.quizID))
        lastModuleID = record.lastModuleID
    }
}

/// All learners in a data directory, and what went wrong reading some of them.
public struct LearnerListing: Sendable, Hashable {
    /// The learners, most recently active first (never active last, then by name).
    public var learners: [LearnerOverview]
    /// Files set aside, restored or skipped while listing.
    public var warnings: [StoreWarning]

    /// Creates a listing.
    public init(learners: [LearnerOverview], warnings: [StoreWarning]) {
        self.learners = learners
        self.warnings = warnings
    }

    /// The learners whose id is `nameOrID`, else those whose name is `nameOrID` (sanitized the
    /// same way names are). Two learners may share a name: then more than one comes back.
    public func matching(_ nameOrID: String) -> [LearnerOverview] {
        let byID = learners.filter { $0.id == nameOrID }
        if !byID.isEmpty { return byID }
        guard let name = try? DisplayName.sanitize(nameOrID) else { return [] }
        return learners.filter { $0.displayName == name }
    }
}

/// A learner's record as loaded, with what the store had to repair.
public struct LoadedRecord: Sendable, Hashable {
    /// The record.
    public var record: LearnerRecord
    /// Repairs made while loading (show them to the person).
    public var warnings: [StoreWarning]

    /// Creates a loaded record.
    public init(record: LearnerRecord, warnings: [StoreWarning]) {
        self.record = record
        self.warnings = warnings
    }
}
