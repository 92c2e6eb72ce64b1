import LessonKit

/// The loaded course and its lookup tables. Immutable while the app runs; held by reference so
/// that comparing app states (done every frame) does not walk the whole course.
public final class Library: Sendable, Equatable {
    /// The course, as loaded.
    public let course: Course
    let index: CourseIndex

    /// Wraps `course`.
    public init(_ course: Course) {
        self.course = course
        self.index = CourseIndex(course)
    }

    /// Modules in course order.
    public var modules: [Module] { course.modules }

    /// The module with `id`.
    public func module(_ id: String) -> Module? { course.module(id: id) }

    public static func == (lhs: Library, rhs: Library) -> Bool { lhs === rhs }
}
