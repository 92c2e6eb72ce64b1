import Foundation

/// Noticing an import (or `cunxue lessons remove`) made from the command line while the app
/// runs: every few seconds on the sign-in and home screens the app asks whether the lessons
/// stamp changed (`Effect.checkLessons`), and if so loads the course again with a notice. Never
/// in the middle of a lesson, quiz or rehearsal: there the check waits until the learner is back.
extension AppState {
    /// Seconds between two looks at the lessons stamp.
    static let lessonsCheckSeconds: TimeInterval = 5

    /// Whether the screen in front may have the course changed under it.
    var mayReloadLessons: Bool {
        guard overlay == nil else { return false }
        if case .home = route { return true }
        return route.isSignIn
    }

    /// `.checkLessons` when a look is due and the screen allows a reload.
    mutating func checkLessonsIfDue() -> [Effect] {
        guard let due = lessonsCheckDue, now >= due, mayReloadLessons else { return [] }
        lessonsCheckDue = now.addingTimeInterval(Self.lessonsCheckSeconds)
        return [.checkLessons]
    }

    /// The lessons changed on disk: loads the course again, with a notice (else waits for the next look).
    mutating func reloadChangedLessons() -> [Effect] {
        guard mayReloadLessons else { return [] }
        if case .home = route { route = .home(HomeState()) }  // the rows may have changed
        notice = Notice(.info) { $0.lessonsReloaded }
        return [.loadCourse]
    }
}
