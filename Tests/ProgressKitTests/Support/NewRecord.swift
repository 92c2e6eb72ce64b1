import Foundation
@testable import ProgressKit

/// A new learner's record: 王芳 (`wangfang01`) unless told otherwise, created at `createdAt`.
func newLearnerRecord(id: String = "wangfang01", name: String = "王芳", createdAt: Date = TestTime.t0) throws -> LearnerRecord {
    LearnerRecord(learner: try Learner(id: id, displayName: name, createdAt: createdAt))
}
