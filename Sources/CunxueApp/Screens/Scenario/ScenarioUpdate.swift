import Foundation
import LessonKit
import ProgressKit
import TerminalKit

extension ScenarioState: ScreenState {
    /// Opens `scenario`: resumes its unfinished run at the passage reached, or starts a new run.
    /// - Returns: the effect that saves a new run.
    static func open(_ scenario: Scenario, context: inout ScreenContext) -> [Effect] {
        let qualifiedID = scenario.qualifiedID
        if let run = context.record?.openScenarioRun(scenarioID: qualifiedID),
           scenario.story.passage(named: run.currentPassage) != nil {
            var state = ScenarioState(moduleID: scenario.moduleID, scenarioID: scenario.id, runID: run.id,
                                      passageName: run.currentPassage, mistakes: run.mistakes, shownAt: context.now)
            let previous = run.steps.dropLast().last.flatMap { scenario.story.passage(named: $0.passage) }
            state.cameBackAfterMistake = previous?.feedback == .mistake
            context.show(.scenario(state))
            return []
        }
        return start(scenario, context: &context)
    }

    /// Starts a new run of `scenario` at its start passage.
    static func start(_ scenario: Scenario, context: inout ScreenContext) -> [Effect] {
        guard let start = scenario.story.start else { return [] }
        let runID = context.random.identifier()
        let now = context.now
        context.show(.scenario(ScenarioState(moduleID: scenario.moduleID, scenarioID: scenario.id, runID: runID,
                                             passageName: start.name, mistakes: 0, shownAt: now)))
        return context.changeRecord {
            $0.insertOrMerge(ScenarioRun(id: runID, scenarioID: scenario.qualifiedID, moduleID: scenario.moduleID,
                                         startedAt: now, start: start.name))
        }
    }

    /// Chooses with number keys, ↑↓ and Enter; on a timed passage takes the last choice when time
    /// runs out; on an ending, 1 plays again; Esc goes back to the module page.
    mutating func update(_ input: ScreenInput, context: inout ScreenContext) -> [Effect] {
        guard let scenario = scenario(in: context.library), let passage = scenario.story.passage(named: passageName) else {
            context.show(.module(ModulePageState(moduleID: moduleID)))
            return []
        }
        switch input {
        case .key(.escape), .key(.backspace):
            context.show(.module(ModulePageState(moduleID: moduleID, scenarioID: scenarioID, in: context.library)))
            return []
        case .key(.pageDown), .key(.pageUp):
            let shown = self.passage(scenario, language: context.contentLanguage) ?? passage
            let layout = ScenarioView.Layout(self, shown, context, size: context.size)
            let step = max(1, layout.text.height - 1) * (input == .key(.pageUp) ? -1 : 1)
            scroll = max(0, min(layout.maxScroll, scroll + step))
            return []
        case .key(let key):
            if passage.isEnding {
                return key == .character("1") || key == .enter ? Self.start(scenario, context: &context) : []
            }
            switch ListKeys.apply(key, to: &selection, count: passage.choices.count, page: 9) {
            case .chose(let index): return take(passage.choices[index], in: scenario, timedOut: false, context: &context)
            case .moved, .ignored: return []
            }
        case .mouse(let action, _):
            _ = ListKeys.apply(action, to: &selection, count: passage.choices.count)
            return []
        case .result(.tick):
            guard let left = secondsLeft(passage, at: context.now), left == 0, let last = passage.timeoutChoice else { return [] }
            return take(last, in: scenario, timedOut: true, context: &context)
        case .result:
            return []
        }
    }

    /// Goes to the passage `choice` leads to and saves the step.
    private mutating func take(_ choice: ScenarioChoice, in scenario: Scenario, timedOut: Bool,
                               context: inout ScreenContext) -> [Effect] {
        guard let next = scenario.story.passage(named: choice.target) else { return [] }
        let isMistake = next.feedback == .mistake
        if isMistake { mistakes += 1 }
        cameBackAfterMistake = scenario.story.passage(named: passageName)?.feedback == .mistake
        passageName = next.name
        selection = 0
        scroll = 0
        shownAt = context.now
        isBeingRead = false  // what was read belonged to the passage left
        countdownFrom = nil
        let now = context.now
        let step = ScenarioRun.Step(passage: next.name, at: now, timedOut: timedOut)
        let ending = next.ending.map { $0 == .pass }
        return context.changeRecord {
            $0.updateScenarioRun(id: runID, at: now) { $0.take(step, isMistake: isMistake, ending: ending) }
        }
    }
}
