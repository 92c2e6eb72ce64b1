extension Strings {
    // MARK: - Rehearsals (情景演练)

    var rehearsalMark: String { pick("情景演练", "Rehearsal") }
    var feedbackGood: String { pick("✓ 选对了", "✓ Right") }
    /// Above a `good` passage gone back to after a mistake (its praise was for an earlier choice).
    var chooseAgain: String { pick("再选一次：", "Choose again:") }
    var feedbackMistake: String { pick("✗ 选错了（记一次错）", "✗ Wrong (counted as a mistake)") }
    func secondsLeft(_ seconds: Int) -> String { pick("⏱ 还剩 \(seconds) 秒，快选！", "⏱ \(seconds) s left to choose") }
    /// The countdown held while the passage is read aloud.
    func secondsAfterReading(_ seconds: Int) -> String { pick("⏱ 读完后开始计时：\(seconds) 秒", "⏱ \(seconds) s to choose, from the end of the reading") }
    var viewerComments: String { pick("弹幕", "Viewer comments") }
    var endingPass: String { pick("结局：做得好，过关了！", "Ending: well done, you passed!") }
    var endingFail: String { pick("结局：这次没做好。", "Ending: this did not go well.") }
    func mistakesCount(_ count: Int) -> String {
        count == 0 ? pick("一次也没选错。", "No mistakes.") : pick("选错了 \(count) 次。", "\(count) mistake\(count == 1 ? "" : "s").")
    }
    var keyChoose: String { pick("选这个", "Pick") }
    var commentSeparator: String { pick("：", ": ") }
    var keyScrollText: String { pick("翻看", "Scroll") }
    var keyTryAgain: String { pick("再练一次", "Try again") }
    /// The home screen's module line: rehearsals passed of all.
    func rehearsalsPassed(_ passed: Int, _ total: Int) -> String { pick("演练 \(passed)/\(total) 通过", "rehearsals \(passed)/\(total) passed") }
    /// The short form, when the long one does not fit (English has none: an abbreviation would
    /// not be understood, and the line under the list counts them anyway).
    func rehearsalsPassedShort(_ passed: Int, _ total: Int) -> String {
        pick("演练 \(passed)/\(total)", rehearsalsPassed(passed, total))
    }
    /// The highlighted module's line under the home list.
    func rehearsalsSummary(_ progress: RehearsalProgress) -> String {
        pick("情景演练 \(progress.total) 个：练过 \(progress.tried) 个，通过 \(progress.passed) 个。",
             "\(progress.total) rehearsal\(progress.total == 1 ? "" : "s"): \(progress.tried) tried, \(progress.passed) passed.")
    }
    /// The results of a module quiz: the rehearsals still to pass, as a next step.
    func rehearsalsToPass(_ titles: [String]) -> String {
        pick("下一步：这个单元的情景演练还没通过：\(list(titles.map { "「\($0)」" }))。按 Esc 回到单元去练一练。",
             "Next: this module's rehearsal\(titles.count == 1 ? "" : "s") not passed yet: \(list(titles.map { "“\($0)”" })). Esc goes back to the module to practise.")
    }
    /// A rehearsal's row on the module page: tried, passed, and the mistakes of the best run.
    func rehearsalRecordDetail(_ r: RehearsalRecord) -> String {
        if r.finishedRuns == 0 { return r.inProgress ? pick("练到一半", "in progress") : pick("还没练", "not tried") }
        let mistakes = r.bestMistakes ?? 0
        let tries = pick("练了 \(r.finishedRuns) 次", "\(r.finishedRuns) tr\(r.finishedRuns == 1 ? "y" : "ies")")
        let errors = mistakes == 0 ? pick("没选错", "no mistakes") : pick("错 \(mistakes) 次", "\(mistakes) mistake\(mistakes == 1 ? "" : "s")")
        let verdict = r.passed ? pick("✓ 通过", "✓ passed") : pick("没通过", "not passed")
        return pick("\(verdict)，\(errors)（\(tries)）", "\(verdict), \(errors), \(tries)")
    }
    var speakChoices: String { pick("可以这样做：", "What you can do:") }

    var helpScenarioChoose: String { pick("选这一句（选了就不能改，想想再选）", "Choose this answer (it cannot be taken back)") }
}
