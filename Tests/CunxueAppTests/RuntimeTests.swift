import Foundation
import Testing
import TerminalKit
@testable import CunxueApp

private final class RecordingPerformer: EffectPerformer {
    var performed: [Effect] = []
    func perform(_ effect: Effect) -> [Event] {
        performed.append(effect)
        if effect == .loadLearners {
            return [.learnersLoaded([LearnerSummary(id: "x", name: "王芳", hasPIN: false, lastActive: nil)])]
        }
        return []
    }
}

@Suite("Runtime")
struct RuntimeTests {
    @Test func loadsLearnersPaintsAndRestoresTheTerminal() {
        let terminal = MemoryTerminal(events: [.key(.down), .key(.control("c"))])
        let performer = RecordingPerformer()
        let runtime = Runtime(state: AppState(size: Size(width: 1, height: 1), language: .zh, now: testNow),
                              terminal: terminal, performer: performer, effects: .inline, clock: { testNow })
        runtime.run()
        #expect(performer.performed == [.loadLearners, .quit])  // quit reaches the performer, which lets go of locks
        #expect(terminal.isRestored)
        #expect(runtime.state.isFinished)
        #expect(runtime.state.size == Size(width: 80, height: 24))
        #expect(terminal.lastScreen?.text.contains("王芳") == true)
        #expect(runtime.state.signInSelection == 1)
    }

    @Test func theCourseIsLoadedRightAfterTheWelcomeIsPainted() {
        final class CoursePerformer: EffectPerformer {
            let terminal: MemoryTerminal
            var drawsBeforeLoading: Int?
            init(_ terminal: MemoryTerminal) { self.terminal = terminal }
            func perform(_ effect: Effect) -> [Event] {
                guard effect == .loadCourse else { return [] }
                drawsBeforeLoading = terminal.drawCount
                return [.libraryLoaded(bundledLibrary)]
            }
        }
        let terminal = MemoryTerminal(events: [.key(.control("c"))])
        let performer = CoursePerformer(terminal)
        let runtime = Runtime(state: AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow),
                              terminal: terminal, performer: performer, effects: .inline, clock: { testNow })
        runtime.run(afterFirstPaint: [.loadCourse])
        #expect(performer.drawsBeforeLoading == 1)
        #expect(runtime.state.library == bundledLibrary)
    }

    /// A key pressed while a slow effect runs is painted before that effect ends, and the app
    /// waits for the effect before it gives the terminal back.
    @Test func slowEffectsRunOffTheInputLoop() throws {
        final class GatedTerminal: Terminal, @unchecked Sendable {
            let size = Size(width: 80, height: 24)
            let supportsColor = true
            let gate: DispatchSemaphore
            var events: [InputEvent] = [.key(.down), .key(.control("c"))]
            var screens: [String] = []
            init(gate: DispatchSemaphore) { self.gate = gate }
            func draw(_ screen: Screen) { screens.append(screen.text) }
            func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
                guard !events.isEmpty else { return nil }
                let next = events.removeFirst()
                if next == .key(.control("c")) { gate.signal() }  // the course may load now
                return next
            }
            func restore() {}
            func suspend() {}
        }
        final class SlowPerformer: EffectPerformer, @unchecked Sendable {
            let gate: DispatchSemaphore
            var loadedCourse = false
            var waitedInVain = false
            init(gate: DispatchSemaphore) { self.gate = gate }
            func perform(_ effect: Effect) -> [Event] {
                switch effect {
                case .loadLearners:
                    return [.learnersLoaded([LearnerSummary(id: "x", name: "王芳", hasPIN: false, lastActive: nil)])]
                case .loadCourse:
                    // Run inline, this would block the input loop: the gate opens only after a key.
                    waitedInVain = gate.wait(timeout: .now() + 5) == .timedOut
                    loadedCourse = true
                    return [.libraryLoaded(bundledLibrary)]
                default:
                    return []
                }
            }
        }
        let gate = DispatchSemaphore(value: 0)
        let terminal = GatedTerminal(gate: gate)
        let performer = SlowPerformer(gate: gate)
        let runtime = Runtime(state: AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow),
                              terminal: terminal, performer: performer, effects: .background, clock: { testNow },
                              monotonic: MonotonicClock { 0 })  // a still clock: only the key changes the screen
        runtime.run(afterFirstPaint: [.loadCourse])
        // The Down key moved the highlight to "新学员" and was drawn while the course was still loading.
        #expect(terminal.screens.count >= 2)
        let afterDown = try #require(terminal.screens.dropFirst().first)
        #expect(afterDown != terminal.screens[0])
        #expect(!performer.waitedInVain)
        #expect(performer.loadedCourse)  // run() waited for it before returning
        #expect(runtime.state.isFinished)
    }

    @Test func suspendGoesToTheTerminal() {
        let terminal = MemoryTerminal(events: [.key(.control("z")), .key(.control("c"))])
        let runtime = Runtime(state: AppState(size: Size(width: 80, height: 24), language: .zh, now: testNow),
                              terminal: terminal, performer: RecordingPerformer(), effects: .inline, clock: { testNow })
        runtime.run()
        #expect(terminal.suspendCount == 1)
    }

    @Test func bundledCourseIsFoundWithoutConfiguration() {
        let dirs: Set<String> = ["/opt/cx/share/cunxue/Lessons", "/src/cunxue/Lessons"]
        let files: Set<String> = ["/src/cunxue/Package.swift"]
        func locate(_ exe: String, _ env: [String: String] = [:]) -> String? {
            BundledCourse.locate(executable: exe, environment: env, isDirectory: dirs.contains, isFile: files.contains)
        }
        #expect(locate("/opt/cx/bin/cunxue") == "/opt/cx/share/cunxue/Lessons")
        #expect(locate("/src/cunxue/.build/debug/cunxue") == "/src/cunxue/Lessons")
        #expect(locate("/elsewhere/bin/cunxue") == nil)
        #expect(locate("/opt/cx/bin/cunxue", ["CUNXUE_LESSONS": "/mnt/usb/Lessons"]) == "/mnt/usb/Lessons")
    }

    @Test("language from flag and locale", arguments: [
        (String?.none, ["LANG": "en_US.UTF-8"], UILanguage.en),
        ("zh", ["LANG": "en_US.UTF-8"], .zh),
        (nil, ["LANG": "zh_CN.UTF-8"], .zh),
        (nil, [:], .zh),
        ("en", [:], .en),
        (nil, ["LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"], .zh),
    ])
    func language(flag: String?, environment: [String: String], expected: UILanguage) {
        #expect(UILanguage.resolve(flag: flag, environment: environment) == expected)
    }
}
